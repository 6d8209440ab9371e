/**
 * Signed distances for the skin's surface detail (`details.ts`, `ear.ts`) and the generator's
 * tubes: smooth union and subtraction, chains of round cones and ellipsoids. Pure functions of
 * metres in the model frame.
 */
import type { Vec3 } from '../vec3';

/** Signed distance (approximate, negative inside), metres. */
export type Dist = (x: number, y: number, z: number) => number;

/** Smooth minimum of two distances, blended over `k` metres (polynomial). */
export function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

/** Smooth subtraction: a minus b, blended over `k` metres. */
export function ssub(a: number, b: number, k: number): number {
  return -smin(-a, b, k);
}

/**
 * The distance to a chain of round cones through points with a radius at each (exact per link;
 * the radius is interpolated along each link). The generator's tubes (`scripts/model/sdf.ts`);
 * the skin's detail uses {@link smoothChain}.
 */
export function chain(points: readonly Vec3[], radii: readonly number[]): Dist {
  const links: { a: Vec3; ab: Vec3; len2: number; ra: number; rb: number }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as Vec3;
    const b = points[i + 1] as Vec3;
    const ab: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const len2 = Math.max(ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2], 1e-14);
    links.push({ a, ab, len2, ra: radii[i] as number, rb: radii[i + 1] as number });
  }
  return (x, y, z) => {
    let best = Number.POSITIVE_INFINITY;
    for (const s of links) {
      const px = x - s.a[0];
      const py = y - s.a[1];
      const pz = z - s.a[2];
      let t = (px * s.ab[0] + py * s.ab[1] + pz * s.ab[2]) / s.len2;
      t = t < 0 ? 0 : Math.min(t, 1);
      const dx = px - s.ab[0] * t;
      const dy = py - s.ab[1] * t;
      const dz = pz - s.ab[2] * t;
      const d = Math.sqrt(dx * dx + dy * dy + dz * dz) - (s.ra + (s.rb - s.ra) * t);
      if (d < best) best = d;
    }
    return best;
  };
}

/**
 * The distance to a chain of round cones like {@link chain}, but each link the exact hull of the
 * spheres at its two ends (a cone tangent to both): its surface is smooth where the cone meets
 * the end spheres, so a link whose radius changes leaves no crease round the skin at its joints
 * (as `chain`'s interpolated radius does, where the distance switches from the cone to the
 * sphere). With `blend`, neighbouring links are blended over that distance (metres), so where the
 * chain bends, its inner side has a fillet instead of the crease where two links cross. Used for
 * the face on the drawn skin; tubes keep `chain`.
 */
export function smoothChain(points: readonly Vec3[], radii: readonly number[], blend = 0): Dist {
  const links: { a: Vec3; dir: Vec3; len: number; ra: number; rb: number; sin: number; cos: number }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as Vec3;
    const b = points[i + 1] as Vec3;
    const len = Math.max(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]), 1e-9);
    const ra = radii[i] as number;
    const rb = radii[i + 1] as number;
    // The tangent cone's slope: its outward normal leans back towards a by `sin`.
    const sin = Math.max(-0.999, Math.min(0.999, (ra - rb) / len));
    links.push({
      a,
      dir: [(b[0] - a[0]) / len, (b[1] - a[1]) / len, (b[2] - a[2]) / len],
      len,
      ra,
      rb,
      sin,
      cos: Math.sqrt(1 - sin * sin),
    });
  }
  return (x, y, z) => {
    let best = Number.POSITIVE_INFINITY;
    for (const s of links) {
      // The point in the link's half-plane: u along the axis from a, v away from it.
      const px = x - s.a[0];
      const py = y - s.a[1];
      const pz = z - s.a[2];
      const u = px * s.dir[0] + py * s.dir[1] + pz * s.dir[2];
      const v = Math.sqrt(Math.max(px * px + py * py + pz * pz - u * u, 0));
      // Where the point's foot falls along the tangent line, from its touching point on a's
      // sphere (0) to the one on b's (len · cos): before, a's sphere is nearest; after, b's.
      const along = u * s.cos - v * s.sin;
      const d =
        along <= 0
          ? Math.hypot(u, v) - s.ra
          : along >= s.len * s.cos
            ? Math.hypot(u - s.len, v) - s.rb
            : u * s.sin + v * s.cos - s.ra;
      best = blend > 0 && best !== Number.POSITIVE_INFINITY ? smin(best, d, blend) : Math.min(best, d);
    }
    return best;
  };
}

/** Axis-aligned ellipsoid (first-order distance estimate, good near the surface). */
export function ellipsoid(c: Vec3, r: Vec3): Dist {
  return (x, y, z) => {
    const a = (x - c[0]) / r[0];
    const b = (y - c[1]) / r[1];
    const e = (z - c[2]) / r[2];
    const k0 = Math.sqrt(a * a + b * b + e * e);
    const k1 = Math.sqrt((a / r[0]) ** 2 + (b / r[1]) ** 2 + (e / r[2]) ** 2);
    if (k1 < 1e-12) return -Math.min(r[0], r[1], r[2]);
    return (k0 * (k0 - 1)) / k1;
  };
}
