/**
 * The composition root: the workspace (DOM panels) with the 3D view slotted in. Both are loaded
 * lazily (their chunks are requested at once, side by side); the shell shows meanwhile. The share
 * link is read as soon as its small chunk arrives, then the work and the quiz progress kept on the
 * device.
 */
import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { CanvasErrorBoundary } from './CanvasErrorBoundary';

const Workspace = lazy(() => import('../ui/Workspace'));
/** The 3D view's chunk, requested as soon as this module runs; remembered once it arrives. */
let loadedBodyCanvas: ComponentType | null = null;
const bodyCanvas = import('../scene/BodyCanvas').then((m) => {
  loadedBodyCanvas = m.default;
  return m.default;
});

/**
 * The lazily loaded 3D view, mounted in the same commit as the panels when its chunk is already
 * there (a Suspense boundary would throttle the reveal and delay the first model frame).
 */
function LazyBodyCanvas() {
  const [View, setView] = useState<ComponentType | null>(() => loadedBodyCanvas);
  const [error, setError] = useState<unknown>(null);
  if (error) throw error;
  useEffect(() => {
    if (View) return;
    let alive = true;
    bodyCanvas.then(
      (c) => alive && setView(() => c),
      (e: unknown) => alive && setError(e),
    );
    return () => {
      alive = false;
    };
  }, [View]);
  return View ? <View /> : null;
}

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
      <LazyBodyCanvas />
    </CanvasErrorBoundary>
  );
}

export function App() {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopSaved: (() => void) | undefined;
    let stopQuiz: (() => void) | undefined;
    let cancelled = false;
    import('./shareLinkSync')
      .then((m) => {
        if (!cancelled) stop = m.startShareLinkSync();
        // The work kept on the device is picked up once the link has been applied.
        return import('./savedWorkSync');
      })
      .then((m) => {
        if (!cancelled) stopSaved = m.startSavedWorkSync();
        return import('./quizProgressSync');
      })
      .then((m) => {
        if (!cancelled) stopQuiz = m.startQuizProgressSync();
      });
    return () => {
      cancelled = true;
      stop?.();
      stopSaved?.();
      stopQuiz?.();
    };
  }, []);
  return (
    <Suspense fallback={<ShellLoading />}>
      <Workspace canvas={<CanvasSlot />} />
    </Suspense>
  );
}
