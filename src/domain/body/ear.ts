/**
 * The outer ear (auricle) of the drawn skin, left side (x ≥ 0; the body is mirrored about x = 0).
 *
 * The ear is laid out in its own frame: `u` runs back along the ear from its front edge, `v` up
 * its long axis and `w` out of its outer face. Its front edge is attached to the side of the head
 * at `EAR_ROOT`, in front of and level with the ear canal. From there the ear stands off the
 * head by `EAR_FLARE` (the cephalo-auricular angle is about 20–30° in adults) and its long axis
 * leans back by `EAR_TILT` (about 15–20°, roughly parallel to the bridge of the nose).
 *
 * Its parts, in that frame: a thin cartilage plate; the helix, a rolled rim from its crus over
 * the top and down the back into the lobule; the antihelix, a ridge inside the helix that
 * divides at the top into its two crura; the tragus in front of the canal; the lobule; and the
 * concha, the bowl in front of the antihelix that leads into the canal. Sizes follow adult
 * surface anatomy: about 60 mm long and 33 mm wide overall.
 *
 * Only the drawn skin has this ear; the body the muscles are laid out under keeps a plain
 * ellipsoid (`details.ts`), so no muscle moves with it.
 */
import type { Vec3 } from '../vec3';
import { smoothstep } from './curve';
import { type Dist, ellipsoid, smin, smoothChain, ssub } from './distance';

/** The front edge of the ear where it joins the head, in front of the canal (model frame, metres). */
export const EAR_ROOT: Vec3 = [0.0718, 1.618, -0.0046];
/** How far the ear stands off the side of the head, radians. */
const EAR_FLARE = (25 * Math.PI) / 180;
/** How far the ear's long axis leans back, radians. */
const EAR_TILT = (15 * Math.PI) / 180;
/** From the root back to the middle of the ear along `u`, metres. */
const ROOT_TO_CENTRE = 0.017;

/** The ear frame's axes in the model frame: back, up and out. */
const AXES = (() => {
  const [sf, cf, st, ct] = [Math.sin(EAR_FLARE), Math.cos(EAR_FLARE), Math.sin(EAR_TILT), Math.cos(EAR_TILT)];
  // Flared: the back of the ear swings out about the vertical through the root.
  const back: Vec3 = [sf, 0, -cf];
  const out: Vec3 = [cf, 0, sf];
  // Tilted in its own plane: the top leans back.
  const u: Vec3 = [ct * back[0], -st, ct * back[2]];
  const v: Vec3 = [st * back[0], ct, st * back[2]];
  return { u, v, w: out };
})();

/** The middle of the ear (the frame's origin), model frame. */
const CENTRE: Vec3 = [
  EAR_ROOT[0] + ROOT_TO_CENTRE * AXES.u[0],
  EAR_ROOT[1] + ROOT_TO_CENTRE * AXES.u[1],
  EAR_ROOT[2] + ROOT_TO_CENTRE * AXES.u[2],
];

/** A model-frame point in the ear's frame (u back, v up, w out; metres). */
export function toEar(p: Vec3): Vec3 {
  const d: Vec3 = [p[0] - CENTRE[0], p[1] - CENTRE[1], p[2] - CENTRE[2]];
  const dot = (a: Vec3) => d[0] * a[0] + d[1] * a[1] + d[2] * a[2];
  return [dot(AXES.u), dot(AXES.v), dot(AXES.w)];
}

/** A point of the ear's frame in the model frame. */
export function fromEar(q: Vec3): Vec3 {
  const { u, v, w } = AXES;
  return [
    CENTRE[0] + q[0] * u[0] + q[1] * v[0] + q[2] * w[0],
    CENTRE[1] + q[0] * u[1] + q[1] * v[1] + q[2] * w[1],
    CENTRE[2] + q[0] * u[2] + q[1] * v[2] + q[2] * w[2],
  ];
}

/**
 * A rim through a few points with a radius at each, densified along a Catmull-Rom spline (points
 * and radii alike) so the smooth chain bends gently instead of kinking at each given point.
 */
function rim(points: readonly Vec3[], radii: readonly number[], perLink: number): Dist {
  const at = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))] as Vec3;
  const rad = (i: number) => radii[Math.max(0, Math.min(radii.length - 1, i))] as number;
  const spline = (a: number, b: number, c: number, d: number, t: number) =>
    0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t * t + (3 * b - a - 3 * c + d) * t * t * t);
  const dense: Vec3[] = [];
  const denseRadii: number[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    for (let k = 0; k < perLink; k++) {
      const t = k / perLink;
      const p = [0, 1, 2].map((a) =>
        spline(at(i - 1)[a] as number, at(i)[a] as number, at(i + 1)[a] as number, at(i + 2)[a] as number, t),
      ) as unknown as Vec3;
      dense.push(p);
      denseRadii.push(spline(rad(i - 1), rad(i), rad(i + 1), rad(i + 2), t));
    }
  }
  dense.push(at(points.length - 1));
  denseRadii.push(rad(radii.length - 1));
  return smoothChain(dense, denseRadii);
}

/** Points of the helix in the ear frame (metres), from its crus at the front round to the lobule. */
const HELIX: readonly Vec3[] = [
  [-0.0085, 0.002, 0.0015],
  [-0.0125, 0.011, 0.001],
  [-0.011, 0.0215, 0.0005],
  [-0.003, 0.0285, 0],
  [0.006, 0.027, 0],
  [0.0125, 0.0195, 0],
  [0.015, 0.008, 0],
  [0.0145, -0.003, 0],
  [0.0115, -0.0125, 0.0005],
  [0.007, -0.0185, 0.0005],
];
const HELIX_RADII = [0.0014, 0.0021, 0.0028, 0.0032, 0.0032, 0.0031, 0.0029, 0.0025, 0.002, 0.0014];

/** The antihelix, from the antitragus above the lobule up to where it divides, then its two crura. */
const ANTIHELIX: readonly Vec3[] = [
  [0.004, -0.0115, 0.0012],
  [0.008, -0.003, 0.0014],
  [0.0085, 0.0065, 0.0014],
  [0.005, 0.0135, 0.0012],
  [-0.001, 0.0195, 0.001],
];
const ANTIHELIX_RADII = [0.0025, 0.0026, 0.0025, 0.0022, 0.0017];
const INFERIOR_CRUS: readonly Vec3[] = [
  [0.006, 0.0115, 0.0012],
  [0.0, 0.0125, 0.0011],
  [-0.0055, 0.0125, 0.0009],
];
const INFERIOR_CRUS_RADII = [0.002, 0.0018, 0.0014];

/**
 * A slab in the ear's plane (frame coordinates in, metres out): the ellipse of semi-axes `a` (u)
 * and `b` (v) drawn `half` thick either side of w = 0, its edge rounded by `round`. Unlike an
 * ellipsoid it keeps its thickness out to the edge, so the plate under the helix is not thinner
 * than the skin's grid (2.5 mm) can mesh: thinned to 3 mm there, its two faces were meshed as one
 * and the rim's top showed a dark fleck.
 */
function slab(a: number, b: number, half: number, round: number): Dist {
  const [ea, eb] = [a - round, b - round];
  return (u, v, w) => {
    const k0 = Math.hypot(u / ea, v / eb);
    const k1 = Math.hypot(u / (ea * ea), v / (eb * eb));
    const inPlane = k1 < 1e-12 ? -Math.min(ea, eb) : (k0 * (k0 - 1)) / k1;
    const across = Math.abs(w) - (half - round);
    return Math.hypot(Math.max(inPlane, 0), Math.max(across, 0)) + Math.min(Math.max(inPlane, across), 0) - round;
  };
}

/** The ear's parts in its own frame, blended into one distance (frame coordinates in, metres out). */
const PARTS: Dist = (() => {
  const plate = slab(0.0145, 0.027, 0.003, 0.002);
  const helix = rim(HELIX, HELIX_RADII, 4);
  const antihelix = rim(ANTIHELIX, ANTIHELIX_RADII, 3);
  const inferiorCrus = rim(INFERIOR_CRUS, INFERIOR_CRUS_RADII, 3);
  const tragus = ellipsoid([-0.0125, -0.0045, 0.003], [0.004, 0.0052, 0.0022]);
  const lobule = ellipsoid([0.003, -0.0205, 0.0004], [0.0075, 0.0075, 0.0032]);
  const concha = ellipsoid([-0.003, -0.003, 0.0052], [0.0068, 0.0085, 0.0056]);
  return (u, v, w) => {
    let d = smin(plate(u, v, w), helix(u, v, w), 0.002);
    d = smin(d, antihelix(u, v, w), 0.003);
    d = smin(d, inferiorCrus(u, v, w), 0.0025);
    d = smin(d, lobule(u, v, w), 0.004);
    d = smin(d, tragus(u, v, w), 0.004);
    return ssub(d, concha(u, v, w), 0.0025);
  };
})();

/**
 * How far the upper ear is cupped out from the plane of its root, metres: a real auricle is not
 * flat but curls outward toward the top of the helix, which leaves a groove of air between the
 * helix and the scalp above the ear. Nothing moves below the crus of the helix (v ≤ 0.006).
 */
const CUP = 0.003;

/** Signed distance to the left outer ear (metres, negative inside) at a model-frame point. */
export function earDistance(x: number, y: number, z: number): number {
  const [u, v, w] = toEar([x, y, z]);
  return PARTS(u, v, w - CUP * smoothstep(0.006, 0.028, v));
}

/** How wide the blend that joins the ear to the head is at its root (metres). */
export const EAR_ROOT_BLEND = 0.006;
/** … and where the ear stands free of the head: the top and back of the helix, the lobule's back. */
const EAR_FREE_BLEND = 0.0015;

/**
 * The width of the blend between the ear and the head at a model-frame point: wide along the
 * ear's root (its front edge, from the crus of the helix down past the tragus), narrow where the
 * auricle stands free, so the skin does not web the top of the helix to the scalp.
 */
export function earBlend(x: number, y: number, z: number): number {
  const [u, v] = toEar([x, y, z]);
  const root = (1 - smoothstep(-0.009, -0.002, u)) * (1 - smoothstep(0.012, 0.02, v));
  return EAR_FREE_BLEND + (EAR_ROOT_BLEND - EAR_FREE_BLEND) * root;
}

/**
 * Named points of the left ear (model frame), for tests and landmarks: the back of the helix at
 * the ear's widest, the helix where it rises over the top (in front of its highest point), and
 * the floor of the concha.
 */
export const EAR_POINTS = {
  helixBack: fromEar([0.015, 0.008, 0]),
  helixTop: fromEar([-0.003, 0.024, 0.002]),
  conchaFloor: fromEar([-0.003, -0.003, 0]),
} as const;

/** The corners of the box the ear fits in (model frame, its cupped top included), for bounding it. */
export const EAR_CORNERS: readonly Vec3[] = [-1, 1].flatMap((a) =>
  [-1, 1].flatMap((b) =>
    [-1, 1].map((c) => fromEar([a * 0.019 + 0.0005, b * 0.0315 - 0.0005, c * 0.0065 + (c > 0 ? CUP : 0)])),
  ),
);
