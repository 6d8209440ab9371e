/**
 * The body's first frame, drawn before React, the panels and the clinical content are loaded.
 *
 * The entry runs this as soon as three.js has arrived: it makes the 3D view's canvas and renderer
 * in the page's static shell (index.html), loads the chosen body's file, merges the skin and draws
 * it once, lit and framed as the 3D view frames the whole body. Then the app mounts, and the 3D
 * view takes the canvas, the renderer and the built model over (BodyCanvas, BodyScene) instead
 * of making its own, so nothing is loaded, merged or allocated twice and the picture does not
 * change. None of this imports React or the clinical content (tests/app/architecture.test.ts
 * checks it): evaluating those, about 150 ms of main-thread work on the bench's machine, now
 * follows the first frame instead of preceding it (docs/budgets.md, issue 13).
 */
import {
  ACESFilmicToneMapping,
  DirectionalLight,
  HemisphereLight,
  PCFSoftShadowMap,
  PerspectiveCamera,
  Scene,
  type WebGLRenderer,
} from 'three';
import type { BodyId } from '../domain/body/bodyId';
import { useExplorer } from '../store/explorerStore';
import { type AnatomyModel, paintSkin } from './anatomyModel';
import {
  CAMERA_LENS,
  framingPosition,
  sphereOfBox,
  viewAspect,
  viewDirection,
  WHOLE_BODY_FRAMING,
} from './cameraViews';
import { aimKeyLight, FILL_LIGHT, KEY_LIGHT_INTENSITY } from './lighting';
import { loadAnatomyModel } from './loadAnatomy';
import { createSteadyRenderer } from './steadyRenderer';

/** What the first frame leaves for the 3D view to take over. */
export interface HeadStart {
  /** The body whose file was loaded. */
  readonly body: BodyId;
  /** The view's element (`canvas-home`): the app moves it into the 3D view's place. */
  readonly home: HTMLDivElement;
  /** The element the canvas fills (`body-canvas`, inside `home`), which the 3D view observes. */
  readonly host: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly renderer: WebGLRenderer;
  /**
   * The body, built as the 3D view builds it (skin merged, muscles and bones deferred) and
   * painted at rest. Rejects when the file cannot be loaded or read; the 3D view reports it.
   */
  readonly model: Promise<AnatomyModel>;
  /**
   * True once the first frame is drawn (and marked); false when the model failed or has no skin
   * to draw, and the 3D view draws (and marks) the first frame itself.
   */
  readonly drawn: Promise<boolean>;
  /**
   * Set when the 3D view that took these over is removed (after an error, say): its renderer is
   * disposed then, and a view mounted later makes its own.
   */
  retired: boolean;
}

/** The range of pixel ratios the 3D view asks R3F for (its `dpr`): the device's, within 1–2. */
export const VIEW_DPR: readonly [number, number] = [1, 2];

/** The pixel ratio R3F picks from `VIEW_DPR` for a device pixel ratio (as its `dpr` range does). */
export function viewPixelRatio(devicePixelRatio: number): number {
  return Math.min(Math.max(VIEW_DPR[0], devicePixelRatio || 1), VIEW_DPR[1]);
}

/**
 * Start the first frame in `place` (the static shell's `.canvas-place`). Returns null, having
 * left the page as it was, when there is no place or no WebGL: the 3D view then starts as it
 * would without a head start, and says why it cannot draw.
 */
export function startHeadStart(body: BodyId, place: Element | null): HeadStart | null {
  if (!place) return null;
  const home = document.createElement('div');
  home.className = 'canvas-home';
  const host = document.createElement('div');
  host.className = 'body-canvas';
  const canvas = document.createElement('canvas');
  host.append(canvas);
  home.append(host);
  place.append(home);
  let renderer: WebGLRenderer;
  try {
    // The 3D view's renderer, as BodyCanvas asks R3F for it (R3F then sets the tone mapping and
    // the size again, to the same values: the steady renderer keeps the drawing buffer).
    renderer = createSteadyRenderer({ canvas, antialias: true, alpha: true, powerPreference: 'high-performance' });
  } catch {
    home.remove();
    return null;
  }
  // As R3F sets them for the view (`shadows: false` still sets the soft type): both are part of a
  // shader program's key, and any difference would compile the skin's program a second time.
  renderer.toneMapping = ACESFilmicToneMapping;
  renderer.shadowMap.type = PCFSoftShadowMap;
  const rect = host.getBoundingClientRect();
  renderer.setPixelRatio(viewPixelRatio(window.devicePixelRatio));
  renderer.setSize(rect.width, rect.height);

  const { setLoad } = useExplorer.getState();
  const model = loadAnatomyModel(body, (progress) => {
    if (useExplorer.getState().load.phase === 'model') setLoad({ phase: 'model', progress });
  }).then((m) => {
    paintSkin(m, () => 'rest');
    return m;
  });
  const drawn = model.then(
    (m) =>
      new Promise<boolean>((resolve) => {
        requestAnimationFrame(() => {
          const done = drawFirstFrame(renderer, m, rect.width, rect.height);
          // The body is on screen: the app mounts without a progress bar over it, and with its
          // panels (which wait for the body's first frame).
          if (done) setLoad({ phase: 'ready', progress: 1 });
          resolve(done);
        });
      }),
    () => false,
  );
  return { body, home, host, canvas, renderer, model, drawn, retired: false };
}

/**
 * Draw the body once, framed and lit as the 3D view shows it at rest, and mark the frame. Returns
 * false, drawing nothing, for a model without skin (the 3D view then shows it itself).
 */
function drawFirstFrame(renderer: WebGLRenderer, model: AnatomyModel, width: number, height: number): boolean {
  const aspect = viewAspect(width, height);
  const camera = new PerspectiveCamera(CAMERA_LENS.fov, aspect, CAMERA_LENS.near, CAMERA_LENS.far);
  const box = model.kinds.region?.box;
  if (!box) return false;
  const sphere = sphereOfBox(
    [box.min.x, box.min.y, box.min.z],
    [box.max.x, box.max.y, box.max.z],
    WHOLE_BODY_FRAMING.minRadius,
  );
  const view = useExplorer.getState().view;
  camera.position.set(
    ...framingPosition(sphere, viewDirection(view), CAMERA_LENS.fov, aspect, WHOLE_BODY_FRAMING.margin),
  );
  camera.lookAt(...sphere.centre);
  camera.updateMatrixWorld();
  const scene = new Scene();
  scene.add(new HemisphereLight(FILL_LIGHT.sky, FILL_LIGHT.ground, FILL_LIGHT.intensity));
  const key = new DirectionalLight('#ffffff', KEY_LIGHT_INTENSITY);
  aimKeyLight(key, camera.position);
  scene.add(key);
  scene.add(model.group);
  renderer.render(scene, camera);
  renderer.getContext().finish?.();
  performance.mark('myotrace:first-model-frame');
  // The 3D view adds the group to its own scene; until then it belongs to none.
  scene.remove(model.group);
  return true;
}
