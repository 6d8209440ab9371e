/**
 * Catches an error inside the 3D view's own React root (which the page's error boundaries cannot
 * see) and hands it to the canvas component, which throws it where the app's boundary catches it:
 * the 3D view gives way to a notice and the panels keep working.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  onError(error: unknown): void;
  children: ReactNode;
}

export class SceneErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
