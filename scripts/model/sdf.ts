/**
 * Signed distance functions (negative inside) for building bones and muscles, and their
 * bounding boxes. Shapes are combined with smooth unions so meshes come out organic.
 */

import { boxAround, chain } from '../../src/domain/body/details';
import { cross, dot, sub, type Vec3 } from './vec';

/** A bounded signed distance function. */
export interface Sdf {
  readonly f: (x: number, y: number, z: number) => number;
  readonly min: Vec3;
  readonly max: Vec3;
}

/** Sphere. */
export function sphere(c: Vec3, r: number): Sdf {
  return {
    f: (x, y, z) => Math.hypot(x - c[0], y - c[1], z - c[2]) - r,
    ...boxAround([c], r),
  };
}

/**
 * Ellipsoid with axes along the given orthonormal basis (default: world axes). Uses the
 * standard first-order distance estimate, good near the surface.
 */
export function ellipsoid(c: Vec3, r: Vec3, basis?: readonly [Vec3, Vec3, Vec3]): Sdf {
  const [u, v, w] = basis ?? [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  const R = Math.max(r[0], r[1], r[2]);
  return {
    f: (x, y, z) => {
      const d: Vec3 = [x - c[0], y - c[1], z - c[2]];
      const a = dot(d, u) / r[0];
      const b = dot(d, v) / r[1];
      const e = dot(d, w) / r[2];
      const k0 = Math.hypot(a, b, e);
      const k1 = Math.hypot(a / r[0], b / r[1], e / r[2]);
      if (k1 < 1e-12) return -Math.min(r[0], r[1], r[2]);
      return (k0 * (k0 - 1)) / k1;
    },
    ...boxAround([c], R),
  };
}

/**
 * A tube through points with a radius at each point (a chain of round cones). Radii are
 * linearly interpolated along each segment.
 */
export function tube(points: readonly Vec3[], radii: readonly number[]): Sdf {
  return { f: chain(points, radii), ...boxAround(points, Math.max(...radii)) };
}

/** A flat triangle thickened to a slab of half-thickness `t` (rounded edges). */
export function slab(a: Vec3, b: Vec3, c: Vec3, t: number): Sdf {
  const ba = sub(b, a);
  const cb = sub(c, b);
  const ac = sub(a, c);
  const nor = cross(ba, ac);
  const nn = dot(nor, nor);
  return {
    f: (x, y, z) => {
      const p: Vec3 = [x, y, z];
      const pa = sub(p, a);
      const pb = sub(p, b);
      const pc = sub(p, c);
      const s =
        Math.sign(dot(cross(ba, nor), pa)) + Math.sign(dot(cross(cb, nor), pb)) + Math.sign(dot(cross(ac, nor), pc));
      let d2: number;
      if (s < 2) {
        const e = (v: Vec3, q: Vec3) => {
          const h = Math.min(1, Math.max(0, dot(v, q) / dot(v, v)));
          const r: Vec3 = [v[0] * h - q[0], v[1] * h - q[1], v[2] * h - q[2]];
          return dot(r, r);
        };
        d2 = Math.min(e(ba, pa), e(cb, pb), e(ac, pc));
      } else {
        const q = dot(nor, pa);
        d2 = (q * q) / nn;
      }
      return Math.sqrt(d2) - t;
    },
    ...boxAround([a, b, c], t),
  };
}

/** Polynomial smooth minimum with blend radius k. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

/**
 * Smooth union of shapes. Only the two nearest shapes are blended at any point, so where many
 * shapes meet (fibre bundles converging on a tendon) the blend cannot pile up into a blob.
 */
export function union(shapes: readonly Sdf[], k = 0): Sdf {
  const grow = k / 4;
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const s of shapes) {
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i] as number, (s.min[i] as number) - grow);
      max[i] = Math.max(max[i] as number, (s.max[i] as number) + grow);
    }
  }
  const fs = shapes.map((s) => s.f);
  // Each shape is only evaluated near its own box; far away it cannot be among the nearest two.
  const boxes = shapes.map((s) => [s.min, s.max] as const);
  return {
    f: (x, y, z) => {
      let d1 = Infinity;
      let d2 = Infinity;
      for (let i = 0; i < fs.length; i++) {
        const [lo, hi] = boxes[i] as readonly [Vec3, Vec3];
        const ox = Math.max(lo[0] - x, 0, x - hi[0]);
        const oy = Math.max(lo[1] - y, 0, y - hi[1]);
        const oz = Math.max(lo[2] - z, 0, z - hi[2]);
        if (Math.sqrt(ox * ox + oy * oy + oz * oz) > d2) continue;
        const v = (fs[i] as Sdf['f'])(x, y, z);
        if (v < d1) {
          d2 = d1;
          d1 = v;
        } else if (v < d2) d2 = v;
      }
      return d2 === Infinity ? d1 : smin(d1, d2, k);
    },
    min,
    max,
  };
}

/** Numerical gradient (unnormalised) of an SDF. */
export function gradient(f: Sdf['f'], x: number, y: number, z: number, h = 2e-4): Vec3 {
  return [
    (f(x + h, y, z) - f(x - h, y, z)) / (2 * h),
    (f(x, y + h, z) - f(x, y - h, z)) / (2 * h),
    (f(x, y, z + h) - f(x, y, z - h)) / (2 * h),
  ];
}
