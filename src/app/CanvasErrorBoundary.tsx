/**
 * Keeps the app usable when the 3D view cannot start (no WebGL, a failed chunk): the panels
 * and the region list work on their own.
 */
import { Component, type ReactNode } from 'react';
import { useExplorer } from '../store/explorerStore';

interface Props {
  children: ReactNode;
}

export class CanvasErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    useExplorer.getState().setLoad({ phase: 'error', progress: 0, message });
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="canvas-fallback" role="note">
          <p>The 3D view could not start on this device.</p>
          <p>Everything works from the list: choose where it hurts in the panel.</p>
        </div>
      );
    }
    return this.props.children;
  }
}
