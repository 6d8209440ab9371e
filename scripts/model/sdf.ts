/**
 * Signed distance functions (negative inside) for building bones and muscles, and their
 * bounding boxes. Shapes are combined with smooth unions so meshes come out organic.
 */

import { boxAround, boxGap } from '../../src/domain/body/details';
import { chain } from '../../src/domain/body/distance';
import { add, catmullRom, cross, dot, normalize, scale, sub, type Vec3 } from './vec';

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

/**
 * A flat plate: the polygon `outline` (points near one plane, in order round its edge, concave
 * corners allowed) thickened to half-thickness `t`, every edge rounded with radius `t`. The plane
 * is the outline's best fit (Newell's normal through its centroid); the points are projected on it.
 */
export function plate(outline: readonly Vec3[], t: number): Sdf {
  const n = outline.length;
  const centre = scale(
    outline.reduce<Vec3>((s, p) => add(s, p), [0, 0, 0]),
    1 / n,
  );
  let normal: Vec3 = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const a = outline[i] as Vec3;
    const b = outline[(i + 1) % n] as Vec3;
    normal = add(normal, [(a[1] - b[1]) * (a[2] + b[2]), (a[2] - b[2]) * (a[0] + b[0]), (a[0] - b[0]) * (a[1] + b[1])]);
  }
  normal = normalize(normal);
  const e1 = normalize(sub(outline[0] as Vec3, centre));
  const e2 = cross(normal, e1);
  const flat = outline.map((p) => {
    const q = sub(p, centre);
    return [dot(q, e1), dot(q, e2)] as const;
  });
  return {
    f: (x, y, z) => {
      const q: Vec3 = [x - centre[0], y - centre[1], z - centre[2]];
      const u = dot(q, e1);
      const v = dot(q, e2);
      const w = dot(q, normal);
      // Signed distance to the polygon in its plane (even-odd crossings give the sign).
      let d2 = Infinity;
      let inside = false;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const [ax, ay] = flat[i] as readonly [number, number];
        const [bx, by] = flat[j] as readonly [number, number];
        const ex = bx - ax;
        const ey = by - ay;
        const wx = u - ax;
        const wy = v - ay;
        const h = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
        d2 = Math.min(d2, (wx - ex * h) ** 2 + (wy - ey * h) ** 2);
        if (ay > v !== by > v && u < (ex * (v - ay)) / ey + ax) inside = !inside;
      }
      const inPlane = inside ? -Math.sqrt(d2) : Math.sqrt(d2);
      const across = Math.abs(w);
      if (inPlane <= 0) return Math.max(inPlane, across - t);
      return Math.hypot(inPlane, across) - t;
    },
    ...boxAround(outline, t),
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
  return {
    f: (x, y, z) => {
      let d1 = Infinity;
      let d2 = Infinity;
      for (let i = 0; i < fs.length; i++) {
        if (boxGap(shapes[i] as Sdf, x, y, z) > d2) continue;
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

/**
 * One section of a {@link loft}: a rounded rectangle centred on `c`, `w` half-wide and `h`
 * half-high, its corners rounded by `r`; its height runs along `up` (default +Y), made square to
 * the loft.
 */
export interface LoftSection {
  readonly c: Vec3;
  readonly w: number;
  readonly h: number;
  readonly r: number;
  readonly up?: Vec3;
}

/** `perSpan` sections for each span between two sections: centres on a Catmull-Rom curve, sizes linear. */
function resample(sections: readonly LoftSection[], perSpan: number): LoftSection[] {
  if (perSpan <= 1) return [...sections];
  const centres = catmullRom(
    sections.map((s) => s.c),
    perSpan,
  );
  return centres.map((c, i) => {
    const j = Math.min(sections.length - 2, Math.floor(i / perSpan));
    const t = i / perSpan - j;
    const a = sections[j] as LoftSection;
    const b = sections[j + 1] as LoftSection;
    const ua = a.up ?? [0, 1, 0];
    const ub = b.up ?? [0, 1, 0];
    const mix = (p: number, q: number) => p + (q - p) * t;
    return {
      c,
      w: mix(a.w, b.w),
      h: mix(a.h, b.h),
      r: mix(a.r, b.r),
      up: [mix(ua[0], ub[0]), mix(ua[1], ub[1]), mix(ua[2], ub[2])],
    };
  });
}

/**
 * A solid lofted through rounded-rectangle sections (`perSpan` > 1 rounds the path through them):
 * between each two sections a prism whose section moves and changes size linearly (its frame from
 * the two sections' `up`), mitred to its neighbours and capped flat at the loft's ends; the union
 * of those pieces. A distance estimate, exact on the section planes.
 */
export function loft(input: readonly LoftSection[], perSpan = 1): Sdf {
  const sections = resample(input, perSpan);
  const dirs = sections.slice(1).map((b, i) => normalize(sub(b.c, (sections[i] as LoftSection).c)));
  const pieces = sections.slice(1).map((b, i) => {
    const a = sections[i] as LoftSection;
    const d = sub(b.c, a.c);
    const len = Math.hypot(d[0], d[1], d[2]);
    const n = dirs[i] as Vec3;
    const ua = a.up ?? [0, 1, 0];
    const ub = b.up ?? [0, 1, 0];
    const up: Vec3 = [ua[0] + ub[0], ua[1] + ub[1], ua[2] + ub[2]];
    const e1 = normalize(sub(up, scale(n, dot(up, n))));
    // The planes that end the piece: square to it at the loft's ends, mitred between pieces.
    const start = i === 0 ? n : normalize(add(dirs[i - 1] as Vec3, n));
    const end = i === dirs.length - 1 ? n : normalize(add(n, dirs[i + 1] as Vec3));
    return { a, b, d, len, n, e1, e2: cross(n, e1), start, end };
  });
  return {
    f: (x, y, z) => {
      let best = Infinity;
      for (const { a, b, d, len, n, e1, e2, start, end } of pieces) {
        const px = x - a.c[0];
        const py = y - a.c[1];
        const pz = z - a.c[2];
        const s = px * n[0] + py * n[1] + pz * n[2];
        const t = Math.min(1, Math.max(0, s / len));
        const qx = px - d[0] * t;
        const qy = py - d[1] * t;
        const qz = pz - d[2] * t;
        const u = Math.abs(qx * e2[0] + qy * e2[1] + qz * e2[2]);
        const v = Math.abs(qx * e1[0] + qy * e1[1] + qz * e1[2]);
        const w = a.w + (b.w - a.w) * t;
        const h = a.h + (b.h - a.h) * t;
        const r = Math.min(a.r + (b.r - a.r) * t, w, h);
        const ox = u - (w - r);
        const oy = v - (h - r);
        const sd = Math.hypot(Math.max(ox, 0), Math.max(oy, 0)) + Math.min(Math.max(ox, oy), 0) - r;
        const cap = Math.max(
          -(px * start[0] + py * start[1] + pz * start[2]),
          (px - d[0]) * end[0] + (py - d[1]) * end[1] + (pz - d[2]) * end[2],
        );
        const dd = Math.min(Math.max(sd, cap), 0) + Math.hypot(Math.max(sd, 0), Math.max(cap, 0));
        if (dd < best) best = dd;
      }
      return best;
    },
    ...boxAround(
      sections.map((s) => s.c),
      Math.max(...sections.map((s) => Math.hypot(s.w, s.h))),
    ),
  };
}

/**
 * Smooth union of every shape, each blended in over `k` in turn. Unlike {@link union}, which
 * blends only the two nearest, its value inside is the deepest shape's (within the blend), so a
 * cut into it ({@link carve}) meets an even solid.
 */
export function blend(shapes: readonly Sdf[], k: number): Sdf {
  const fs = shapes.map((s) => s.f);
  const lo = (i: 0 | 1 | 2) => Math.min(...shapes.map((s) => s.min[i])) - k / 4;
  const hi = (i: 0 | 1 | 2) => Math.max(...shapes.map((s) => s.max[i])) + k / 4;
  const min: Vec3 = [lo(0), lo(1), lo(2)];
  const max: Vec3 = [hi(0), hi(1), hi(2)];
  return {
    f: (x, y, z) => {
      let d = Infinity;
      for (let i = 0; i < fs.length; i++) {
        // A shape farther than d + k cannot change the blend.
        if (boxGap(shapes[i] as Sdf, x, y, z) > d + k) continue;
        d = smin(d, (fs[i] as Sdf['f'])(x, y, z), k);
      }
      return d;
    },
    min,
    max,
  };
}

/** `shape` with `holes` cut out of it, each cut's edge rounded over `k`. */
export function carve(shape: Sdf, holes: readonly Sdf[], k: number): Sdf {
  return {
    ...shape,
    f: (x, y, z) => {
      let d = shape.f(x, y, z);
      for (const hole of holes) {
        const lo = hole.min;
        const hi = hole.max;
        // Far outside a hole's box the cut cannot reach the shape.
        if (x < lo[0] - k || y < lo[1] - k || z < lo[2] - k || x > hi[0] + k || y > hi[1] + k || z > hi[2] + k)
          continue;
        d = -smin(-d, hole.f(x, y, z), k);
      }
      return d;
    },
  };
}
