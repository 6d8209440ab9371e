/**
 * Keeps the app usable when the 3D view cannot start (no WebGL, a failed chunk) or fails later
 * (an error inside the view): the panels and the region list work on their own, and the view can
 * be tried again.
 */
import { Component, type ReactNode } from 'react';
import { useExplorer } from '../store/explorerStore';

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
  message: string;
  /** Whether the view had drawn the body before it failed. */
  started: boolean;
}

export class CanvasErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, started: false, message: '' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    const message = error instanceof Error ? error.message : String(error);
    return { failed: true, started: useExplorer.getState().load.phase === 'ready', message };
  }

  override componentDidCatch(error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    useExplorer.getState().setLoad({ phase: 'error', progress: 0, message, caught: true });
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="canvas-fallback" role="note">
          <p>
            {this.state.started ? 'The 3D view stopped after an error.' : 'The 3D view could not start on this device.'}
          </p>
          <p>Everything works from the list: choose where it hurts in the panel.</p>
          {this.state.message ? <p className="hint">Reason: {this.state.message}</p> : null}
          <button
            type="button"
            className="button"
            onClick={() => this.setState({ failed: false, started: false, message: '' })}
          >
            Try the 3D view again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
