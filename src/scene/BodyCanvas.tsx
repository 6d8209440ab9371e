/**
 * The 3D view: a canvas with the body, lazy-loaded so the first chunk stays small. It talks to
 * the rest of the app only through the store.
 *
 * The renderer root is made with R3F's `createRoot` rather than `<Canvas>`: `<Canvas>` registers
 * the whole three.js namespace as JSX elements, which keeps all of three.js in the bundle. Here
 * only the few elements the scene uses are registered.
 *
 * When the entry has drawn the body's first frame before the app mounted (`start`, see
 * headStart.ts), the view takes that frame's element, canvas and renderer instead of making its
 * own, and the scene takes its model.
 */
import { createRoot, extend, type ReconcilerRoot } from '@react-three/fiber';
import { useInsertionEffect, useLayoutEffect, useRef, useState } from 'react';
import { DirectionalLight, Group, HemisphereLight } from 'three';
import { BodyScene } from './BodyScene';
import { ContextLossWatcher } from './ContextLossWatcher';
import { CAMERA_LENS } from './cameraViews';
import { type HeadStart, VIEW_DPR } from './headStart';
import { Lights } from './Lights';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { createSteadyRenderer } from './steadyRenderer';

extend({ DirectionalLight, Group, HemisphereLight });

function Scene({ start }: { start: HeadStart | null }) {
  return (
    <>
      <Lights />
      <ContextLossWatcher />
      <BodyScene start={start} />
    </>
  );
}

export default function BodyCanvas({ start: offered = null }: { start?: HeadStart | null }) {
  // The first frame's canvas and renderer serve one view: one mounted after it was removed makes its own.
  const [start] = useState(() => (offered && !offered.retired ? offered : null));
  const host = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (error) throw error;

  // Insertion-effect cleanups run only on final removal (not on StrictMode replays).
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
      if (start) {
        start.retired = true;
        start.host.remove();
      }
    },
    [start],
  );

  useLayoutEffect(() => {
    const div = start ? start.host : host.current;
    const canvas = start ? start.canvas : canvasRef.current;
    if (!div || !canvas) return;
    let alive = true;
    let rendered = false;
    const configure = async () => {
      const r = div.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return;
      if (!root.current) root.current = createRoot(canvas);
      await root.current.configure({
        gl: start
          ? start.renderer
          : (defaults) =>
              createSteadyRenderer({ ...defaults, antialias: true, alpha: true, powerPreference: 'high-performance' }),
        dpr: [...VIEW_DPR],
        frameloop: 'demand',
        camera: { ...CAMERA_LENS, position: [0, 0.98, 6] },
        size: { width: r.width, height: r.height, top: r.top, left: r.left },
      });
      if (alive && !rendered && root.current) {
        rendered = true;
        root.current.render(
          <SceneErrorBoundary onError={setError}>
            <Scene start={start} />
          </SceneErrorBoundary>,
        );
      }
    };
    const run = () => configure().catch((e: unknown) => alive && setError(e));
    run();
    const observer = new ResizeObserver(run);
    observer.observe(div);
    return () => {
      alive = false;
      observer.disconnect();
    };
  }, [start]);

  // With a first frame drawn, its element (inside the view's home) is the view's; nothing is added.
  if (start) return null;
  return (
    <div ref={host} className="body-canvas">
      <canvas ref={canvasRef} />
    </div>
  );
}
