/**
 * Camera presets and framing, as plain numbers (model frame: metres, +X the subject's left,
 * +Y up, +Z the front of the body).
 */
import type { Vec3 } from '../domain/types';
import type { ViewPreset } from '../store/shareLink';

/** Direction from the target to the camera for each preset. `left` looks at the subject's left side. */
export function viewDirection(view: ViewPreset): Vec3 {
  switch (view) {
    case 'front':
      return [0, 0.06, 1];
    case 'back':
      return [0, 0.06, -1];
    case 'left':
      return [1, 0.06, 0];
    case 'right':
      return [-1, 0.06, 0];
  }
}

/** The 3D view's lens: vertical field of view (degrees) and clipping planes. */
export const CAMERA_LENS = { fov: 32, near: 0.05, far: 30 } as const;

/**
 * How the whole body is framed when nothing is highlighted: the skin's bounding sphere (at least
 * `minRadius`) fills the view with `margin`. The 3D view and the first frame drawn before it
 * (headStart.ts) frame the body alike, so the view does not jump when the one hands over.
 */
export const WHOLE_BODY_FRAMING = { minRadius: 0.14, margin: 1.04 } as const;

/** The width/height ratio the camera uses for a view of this size (kept off the degenerate). */
export function viewAspect(width: number, height: number): number {
  return Math.max(0.2, width / Math.max(1, height));
}

/**
 * Where a camera of vertical field of view `fovDeg` and `aspect` stands to frame a sphere from the
 * direction `dir` (target → camera, any length) with `margin`.
 */
export function framingPosition(
  sphere: { readonly centre: Vec3; readonly radius: number },
  dir: Vec3,
  fovDeg: number,
  aspect: number,
  margin: number,
): Vec3 {
  const d = fitDistance(sphere.radius, fovDeg, aspect, margin);
  const n = normalise(dir);
  const c = sphere.centre;
  return [c[0] + n[0] * d, c[1] + n[1] * d, c[2] + n[2] * d];
}

/** The whole body's bounding sphere, for framing before the model is known. */
export const BODY_SPHERE = { centre: [0, 0.875, 0] as Vec3, radius: 0.9 };

/**
 * The camera distance at which a sphere of `radius` fills the view with a margin, for a
 * perspective camera of vertical field of view `fovDeg` and width/height `aspect`.
 */
export function fitDistance(radius: number, fovDeg: number, aspect: number, margin = 1.08): number {
  const v = (fovDeg * Math.PI) / 360;
  const h = Math.atan(Math.tan(v) * aspect);
  const half = Math.min(v, h);
  return (radius * margin) / Math.sin(half);
}

/** A box's centre and the radius of its bounding sphere, with a floor so tiny parts are not over-zoomed. */
export function sphereOfBox(min: Vec3, max: Vec3, minRadius = 0.12): { centre: Vec3; radius: number } {
  const centre: Vec3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  const r = Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2;
  return { centre, radius: Math.max(minRadius, r) };
}

/** Normalise a vector (zero stays zero). */
export function normalise(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]);
  return l === 0 ? v : [v[0] / l, v[1] / l, v[2] / l];
}

/** Smooth 0..1 easing for camera moves. */
export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x * x * (3 - 2 * x);
}

/** A camera move's end: where the camera will be and what it will look at. */
export interface MoveEnd {
  readonly toPos: Vec3;
  readonly toTarget: Vec3;
}

/**
 * The direction the camera looks from (target → camera), taken at the end of the move under way
 * if there is one: a new framing planned mid-turn then starts from the view the user asked for,
 * not from wherever the turn happened to be.
 */
export function headingDirection(position: Vec3, target: Vec3, move: MoveEnd | null): Vec3 {
  const [p, t] = move ? [move.toPos, move.toTarget] : [position, target];
  return [p[0] - t[0], p[1] - t[1], p[2] - t[2]];
}
