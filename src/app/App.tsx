/**
 * The composition root: the workspace (DOM panels) with the 3D view slotted in. Both are loaded
 * lazily; the shell shows at once. The share link is read before the panels first render.
 */
import { lazy, Suspense, useEffect } from 'react';
import { CanvasErrorBoundary } from './CanvasErrorBoundary';

const Workspace = lazy(() => import('../ui/Workspace'));
const BodyCanvas = lazy(() => import('../scene/BodyCanvas'));

function ShellLoading() {
  return (
    <div className="shell-loading" role="status">
      <span className="brand-mark" aria-hidden="true" />
      <p>Loading MyoTrace…</p>
    </div>
  );
}

function CanvasSlot() {
  return (
    <CanvasErrorBoundary>
      <Suspense fallback={null}>
        <BodyCanvas />
      </Suspense>
    </CanvasErrorBoundary>
  );
}

export function App() {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    import('./shareLinkSync').then((m) => {
      if (!cancelled) stop = m.startShareLinkSync();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return (
    <Suspense fallback={<ShellLoading />}>
      <Workspace canvas={<CanvasSlot />} />
    </Suspense>
  );
}
