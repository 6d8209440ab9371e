/**
 * A small hook for the end-to-end tests and the benchmark: `window.__myotrace`, in test builds
 * only (`vite build --mode test`; a production build leaves this module out, and
 * `scripts/checkBundle.ts` checks it). It reads the scene (projection, painted roles, renderer
 * figures, pick timing, frame and upload counters) and waits for the view to come to rest; it
 * changes nothing, except `fail` (an error in the 3D view, to check the panels stay) and
 * `seedQuizzes` (so that a quiz replays).
 */
import { type Camera, Raycaster, type Scene, Vector2, Vector3, type WebGLRenderer } from 'three';
import type { Vec3 } from '../domain/types';
import { useExplorer } from '../store/explorerStore';
import { useModel } from '../store/modelStore';
import { type AnatomyModel, type PaintedRole, paintedRoles } from './anatomyModel';
import type { PartKind } from './anatomyParts';
import { pickAt } from './PointerPicking';
import type { SceneBridge } from './sceneBridge';
import { showOf } from './studyPaint';

export interface MyoTraceTestHook {
  /** Test only: make the 3D view throw while rendering, as a bug would (the panels must stay). */
  fail(message: string): void;
  /**
   * Which of MyoTrace's bodies this hook's model is ('male' or 'female'), or null for a model from
   * the device (the hook is installed again for each model shown).
   */
  body(): string | null;
  /** The top of the loaded body's skin above the floor, metres (its stature), or null without skin. */
  stature(): number | null;
  /** The WebGL renderer string (e.g. "... SwiftShader ..."). */
  renderer(): string;
  /** A model-frame point in client pixels (null when behind the camera). */
  project(p: Vec3): { x: number; y: number } | null;
  /** A point on a part's surface that faces the camera, near its middle (model frame), or null. */
  surfacePoint(kind: PartKind, id: string, side: string): Vec3 | null;
  /** The highlight role painted on each muscle node. */
  roles(): PaintedRole[];
  /** Draw calls and triangles of the last frame and the number of shader programs. */
  stats(): { calls: number; triangles: number; programs: number };
  /** Mean milliseconds per pick ray over `n` rays through skin points in view, and how many hit. */
  timePicks(n: number): { msPerRay: number; hitRate: number };
  /** Parts per kind in the loaded model. */
  counts(): Record<string, number>;
  /**
   * Client pixels (whole) of a point of a muscle that a click there, or a pixel off, would pick now
   * (what is drawn and in front), near the muscle's middle; null when no such point is in view.
   */
  musclePoint(id: string, side: string): { x: number; y: number } | null;
  /**
   * Client pixels (whole) of a point of a skin region that a click there, or a pixel off, would
   * select now (no highlighted muscle in front of it), near the region's middle; null when no such
   * point is in view.
   */
  regionPoint(id: string, side: string): { x: number; y: number } | null;
  /** Client pixels of a muscle's centre (the mean of its vertices), whether drawn or not; null if behind. */
  muscleCentre(id: string, side: string): { x: number; y: number } | null;
  /**
   * Resolves once the view is at rest: the work after the first frame done (muscles and bones
   * merged), no camera move under way or planned, every paint drawn, and
   * no frame drawn for `quietFrames` animation frames in a row (default 3). Resolves false after
   * `timeoutMs` (default 15 s) if it never comes to rest.
   */
  idle(quietFrames?: number, timeoutMs?: number): Promise<boolean>;
  /**
   * Counters since the body was mounted: frames drawn, paints that changed something, colour
   * buffer uploads and their ranges.
   */
  counters(): { frames: number; paints: number; colourUploads: number; colourRanges: number };
  /** Whether the camera is moving or about to move. */
  cameraBusy(): boolean;
  /** The kinds merged so far (without merging any), and those merged when the first model frame was drawn. */
  merged(): { now: string[]; atFirstFrame: string[] | null; warming: boolean };
  /**
   * Turn the camera about its target by `degrees` per frame for `frames` frames (as a drag would)
   * and give the time between drawn frames, in ms.
   */
  orbitFrames(frames: number, degrees?: number): Promise<number[]>;
  /**
   * Ask for the given view preset (the camera's animated move) and give the time between the
   * frames drawn until the camera is at rest, in ms.
   */
  flyFrames(view: 'front' | 'back' | 'left' | 'right'): Promise<number[]>;
  /** The seed of the next quiz (then seed + 1, …), so that a quiz replays; null for random seeds. */
  seedQuizzes(seed: number | null): void;
  /** What is drawn: skin, bones, and each muscle node (solid, ghost or hidden). */
  visibility(): { skin: string; bones: string; muscles: { name: string; id: string; side: string; show: string }[] };
}

declare global {
  interface Window {
    __myotrace?: MyoTraceTestHook;
  }
}

export function installTestHook(
  model: AnatomyModel,
  gl: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  bridge: SceneBridge,
  invalidate: () => void,
  fail: (message: string) => void = () => undefined,
): () => void {
  /** Times between drawn frames while `step` runs once per animation frame and returns true. */
  const frameTimes = (step: () => boolean): Promise<number[]> =>
    new Promise((resolve) => {
      const out: number[] = [];
      let lastFrames = bridge.frames;
      let lastTime = -1;
      const tick = (now: number) => {
        if (bridge.frames !== lastFrames) {
          if (lastTime >= 0) out.push(now - lastTime);
          lastTime = now;
          lastFrames = bridge.frames;
        }
        if (step()) requestAnimationFrame(tick);
        else resolve(out);
      };
      requestAnimationFrame(tick);
    });
  /**
   * A whole client pixel on a part that a click there would pick, and its eight neighbours too (a
   * click lands on whole pixels, and a sliver of a part one pixel wide is missed a pixel off):
   * tried from the part's vertices facing the camera, nearest its middle first.
   */
  const clickablePoint = (kind: 'muscle' | 'region', id: string, side: string): { x: number; y: number } | null => {
    const merged = model.kinds[kind];
    const part = merged?.parts.find((p) => p.id === id && p.side === side);
    if (!merged || !part) return null;
    const pos = merged.geometry.attributes.position!;
    const nor = merged.geometry.attributes.normal!;
    const canvas = gl.domElement;
    const r = canvas.getBoundingClientRect();
    const v = new Vector3();
    const n = new Vector3();
    const candidates: { score: number; i: number }[] = [];
    for (let i = part.vertexStart; i < part.vertexStart + part.vertexCount; i++) {
      v.fromBufferAttribute(pos, i);
      n.fromBufferAttribute(nor, i);
      const facing = n.dot(camera.position.clone().sub(v).normalize());
      if (facing > 0.1) candidates.push({ score: facing - v.distanceTo(part.centroid) * 4, i });
    }
    candidates.sort((a, b) => b.score - a.score);
    const raycaster = new Raycaster();
    const picks = (x: number, y: number) => {
      const hit = pickAt(model, raycaster, camera, canvas, x, y);
      return (kind === 'muscle' ? hit.muscle?.part : hit.region?.part) === part;
    };
    for (const c of candidates.slice(0, 400)) {
      v.fromBufferAttribute(pos, c.i).project(camera);
      if (Math.abs(v.x) > 0.98 || Math.abs(v.y) > 0.98 || v.z > 1) continue;
      const x = Math.round(r.left + ((v.x + 1) / 2) * r.width);
      const y = Math.round(r.top + ((1 - v.y) / 2) * r.height);
      let all = true;
      for (let k = 0; k < 9 && all; k++) all = picks(x + (k % 3) - 1, y + Math.floor(k / 3) - 1);
      if (all) return { x, y };
    }
    return null;
  };
  const shownBody = useModel.getState().info?.body ?? null;
  const hook: MyoTraceTestHook = {
    fail,
    // The body this hook's model is (reported as shown before the hook is installed), so a test that
    // sees the new body talks to the new model's hook.
    body: () => shownBody,
    stature() {
      const skin = model.kinds.region;
      if (!skin) return null;
      skin.geometry.computeBoundingBox();
      return skin.geometry.boundingBox?.max.y ?? null;
    },
    idle(quietFrames = 3, timeoutMs = 15_000) {
      const end = performance.now() + timeoutMs;
      return new Promise((resolve) => {
        let last = bridge.frames;
        let quiet = 0;
        const tick = () => {
          if (bridge.warming || bridge.cameraBusy || bridge.frames !== last) quiet = 0;
          else quiet++;
          last = bridge.frames;
          if (quiet >= quietFrames) resolve(true);
          else if (performance.now() > end) resolve(false);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    counters: () => ({
      frames: bridge.frames,
      paints: bridge.paints,
      colourUploads: bridge.colourUploads,
      colourRanges: bridge.colourRanges,
    }),
    cameraBusy: () => bridge.cameraBusy,
    merged: () => ({
      now: (['region', 'muscle', 'bone'] as const).filter(
        (k) => !model.deferred.has(k) && Object.getOwnPropertyDescriptor(model.kinds, k) !== undefined,
      ),
      atFirstFrame: bridge.firstFrameKinds ? [...bridge.firstFrameKinds] : null,
      warming: bridge.warming,
    }),
    orbitFrames(frames, degrees = 2) {
      const target = bridge.target ?? new Vector3(0, 0.9, 0);
      const axis = new Vector3(0, 1, 0);
      const angle = (degrees * Math.PI) / 180;
      let left = frames + 1;
      return frameTimes(() => {
        if (left-- <= 0) return false;
        camera.position.sub(target).applyAxisAngle(axis, angle).add(target);
        camera.lookAt(target);
        invalidate();
        return true;
      });
    },
    flyFrames(view) {
      useExplorer.getState().setView(view);
      let started = false;
      const end = performance.now() + 10_000;
      return frameTimes(() => {
        started ||= bridge.cameraBusy;
        return (!started || bridge.cameraBusy) && performance.now() < end;
      });
    },
    seedQuizzes: (seed) => useExplorer.getState().setQuizSeed(seed),
    renderer() {
      const ctx = gl.getContext();
      const ext = ctx.getExtension('WEBGL_debug_renderer_info');
      return String(ctx.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : ctx.RENDERER));
    },
    project(p) {
      const v = new Vector3(...p).project(camera);
      if (v.z > 1) return null;
      const r = gl.domElement.getBoundingClientRect();
      return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
    },
    surfacePoint(kind, id, side) {
      const merged = model.kinds[kind];
      const part = merged?.parts.find((p) => p.id === id && p.side === side);
      if (!merged || !part) return null;
      const pos = merged.geometry.attributes.position!;
      const nor = merged.geometry.attributes.normal!;
      const toCam = new Vector3();
      const n = new Vector3();
      const v = new Vector3();
      const raycaster = new Raycaster();
      let best: { score: number; p: Vec3 } | null = null;
      for (let i = part.vertexStart; i < part.vertexStart + part.vertexCount; i++) {
        v.fromBufferAttribute(pos, i);
        n.fromBufferAttribute(nor, i);
        toCam.copy(camera.position).sub(v).normalize();
        const facing = n.dot(toCam);
        if (facing < 0.15) continue;
        const score = facing - v.distanceTo(part.centroid) * 4;
        if (best && score <= best.score) continue;
        // Keep only points the camera sees directly (first skin hit is this part).
        const ndc = v.clone().project(camera);
        raycaster.setFromCamera(new Vector2(ndc.x, ndc.y), camera);
        const hit = model.picker.first(raycaster.ray, kind);
        if (hit?.part !== part) continue;
        best = { score, p: [v.x, v.y, v.z] };
      }
      return best?.p ?? null;
    },
    roles: () => paintedRoles(model),
    stats() {
      gl.render(scene, camera);
      return {
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        programs: gl.info.programs?.length ?? 0,
      };
    },
    timePicks(n) {
      const skin = model.kinds.region;
      if (!skin) return { msPerRay: Number.NaN, hitRate: 0 };
      model.picker.prepare('region');
      // Rays through skin vertices spread over the whole body, as a person would point.
      const pos = skin.geometry.attributes.position!;
      const stride = Math.max(1, Math.floor(pos.count / n));
      const v = new Vector3();
      const rays = [];
      for (let i = 0; rays.length < n && i < pos.count * 2; i += stride) {
        v.fromBufferAttribute(pos, i % pos.count).project(camera);
        if (Math.abs(v.x) > 1 || Math.abs(v.y) > 1) continue;
        const raycaster = new Raycaster();
        raycaster.setFromCamera(new Vector2(v.x, v.y), camera);
        rays.push(raycaster.ray);
      }
      // Timer resolution is coarse, so time the batch and divide.
      let hits = 0;
      const t0 = performance.now();
      for (const ray of rays) if (model.picker.first(ray, 'region')) hits++;
      return {
        msPerRay: (performance.now() - t0) / Math.max(1, rays.length),
        hitRate: hits / Math.max(1, rays.length),
      };
    },
    counts() {
      const out: Record<string, number> = {};
      for (const [k, m] of Object.entries(model.kinds)) out[k] = m.parts.length;
      return out;
    },
    musclePoint(id, side) {
      return clickablePoint('muscle', id, side);
    },
    regionPoint(id, side) {
      return clickablePoint('region', id, side);
    },
    muscleCentre(id, side) {
      const part = model.kinds.muscle?.parts.find((p) => p.id === id && p.side === side);
      return part ? hook.project([part.centroid.x, part.centroid.y, part.centroid.z]) : null;
    },
    visibility() {
      const study = model.study;
      const shown = (m: { visible: boolean } | undefined) => (m?.visible ? 'solid' : 'hidden');
      return {
        skin: study ? study.view.skin : shown(model.meshes.region),
        bones: study ? study.view.bones : shown(model.meshes.bone),
        muscles: (model.kinds.muscle?.parts ?? []).map((p) => ({
          name: p.name,
          id: p.id,
          side: p.side,
          show: study ? showOf(study, p) : model.meshes.muscle?.visible ? 'solid' : 'hidden',
        })),
      };
    },
  };
  window.__myotrace = hook;
  return () => {
    if (window.__myotrace === hook) delete window.__myotrace;
  };
}
