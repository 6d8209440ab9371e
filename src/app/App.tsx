/**
 * The composition root: the workspace (DOM panels) with the 3D view slotted in. Both are loaded
 * lazily (their chunks are requested at once, side by side). The 3D view starts first, in a shell
 * with the workspace's geometry; the workspace is evaluated and rendered once the body's first
 * frame is drawn (or the view fails, or after a wait) and the page's work is restored, and the 3D
 * view's element moves into it without being remounted. The share link is read as soon as its small
 * chunk arrives, then the work and the quiz progress kept on the device.
 */
import { type ComponentType, lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { HeadStart } from '../scene/headStart';
import { useExplorer } from '../store/explorerStore';
import { LoadProgress } from '../ui/LoadProgress';
import { CanvasErrorBoundary } from './CanvasErrorBoundary';
import { Shell } from './Shell';

const Workspace = lazy(() => import('../ui/Workspace'));
/** The 3D view's chunk, requested as soon as this module runs; remembered once it arrives. */
type BodyCanvasView = ComponentType<{ start: HeadStart | null }>;
let loadedBodyCanvas: BodyCanvasView | null = null;
const bodyCanvas = import('../scene/BodyCanvas').then((m) => {
  loadedBodyCanvas = m.default;
  return m.default;
});

/**
 * The lazily loaded 3D view, mounted in the same commit as the panels when its chunk is already
 * there (a Suspense boundary would throttle the reveal and delay the first model frame).
 */
function LazyBodyCanvas({ start }: { start: HeadStart | null }) {
  const [View, setView] = useState<BodyCanvasView | null>(() => loadedBodyCanvas);
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
  return View ? <View start={start} /> : null;
}

/** How long the workspace waits for the body's first frame at most. */
const WORKSPACE_WAIT_MS = 2500;

/** Whether the workspace may load: the body's first frame is drawn, the view failed, or the wait is over. */
function useWorkspaceReady(): boolean {
  const drawn = useExplorer((s) => s.load.phase === 'ready' || s.load.phase === 'error');
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const id = window.setTimeout(() => setWaited(true), WORKSPACE_WAIT_MS);
    return () => window.clearTimeout(id);
  }, []);
  return drawn || waited;
}

/**
 * Where the 3D view is shown: moves the view's element (`home`) into this place. The view is
 * rendered once, through a portal into `home`, so moving it from the shell into the workspace
 * keeps its WebGL context and scene.
 */
function CanvasPlace({ home }: { home: HTMLElement }) {
  const place = useCallback(
    (el: HTMLDivElement | null) => {
      if (el && home.parentNode !== el) el.appendChild(home);
    },
    [home],
  );
  return <div className="canvas-place" ref={place} />;
}

/** The app; `start` is the body's first frame (canvas, renderer, model) drawn before it mounted, if any. */
export function App({ start = null }: { start?: HeadStart | null }) {
  // The panels first render the work the page opens with: the link's, or else the work kept on the
  // device. (Rendered before it, they showed an empty selection for a moment, and the region list
  // stayed open as it is for no selection, or not, depending on which chunk came first.)
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopSaved: (() => void) | undefined;
    let stopQuiz: (() => void) | undefined;
    let cancelled = false;
    const started = import('./shareLinkSync')
      .then((m) => {
        if (!cancelled) stop = m.startShareLinkSync();
        // The work kept on the device is picked up once the link has been applied.
        return import('./savedWorkSync');
      })
      .then((m) => {
        if (!cancelled) stopSaved = m.startSavedWorkSync();
      });
    // Should a sync fail to load, the panels still come, with what the store holds.
    const show = () => {
      if (!cancelled) setRestored(true);
    };
    started.then(show, show);
    started
      .then(() => import('./quizProgressSync'))
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
  const [home] = useState(() => {
    if (start) return start.home;
    const el = document.createElement('div');
    el.className = 'canvas-home';
    return el;
  });
  const workspaceReady = useWorkspaceReady();
  const shell = <Shell canvas={<CanvasPlace home={home} />} progress={<LoadProgress />} />;
  return (
    <>
      {createPortal(
        <CanvasErrorBoundary>
          <LazyBodyCanvas start={start} />
        </CanvasErrorBoundary>,
        home,
      )}
      {workspaceReady && restored ? (
        <Suspense fallback={shell}>
          <Workspace canvas={<CanvasPlace home={home} />} />
        </Suspense>
      ) : (
        shell
      )}
    </>
  );
}
