/**
 * The skin's shape has no crease where two of its pieces meet (issue #11: shading lines on the
 * skin). A crease in the skin's distance is a sudden turn of its normal, which the skin's stored
 * normals (its distance gradient) carry into the shading as a line, whatever the mesh:
 *
 * - where a lofted segment ends and its rounded cap begins (the arc on the shoulder where the
 *   shoulder segment ends; rings round the neck's base and the groin);
 * - where the palm's loft ends (a jump in the distance, by up to 90° in the normal, round the
 *   wrist and across the knuckles);
 * - at the joints of a chain of shapes whose radius changes (the brow ridge);
 * - in the fold between the upper lid and the brow, once sharper than the skin's triangles.
 *
 * Each check walks across one such place in steps of 0.05 mm and finds the skin along fixed rays
 * (by bisection on `skinDistance`), so the points are the same skin on each side of it.
 */
import { describe, expect, it } from 'vitest';
import { skinDistance } from '../../../src/domain/body/envelope';

/** A point or direction (mutable, unlike the domain's `Vec3`). */
type Vec3 = [number, number, number];

const f = (p: Vec3) => skinDistance(p, 1);

function normal(p: Vec3): Vec3 {
  const e = 1e-5;
  const g = [0, 1, 2].map((k) => {
    const a: Vec3 = [...p];
    const b: Vec3 = [...p];
    a[k] = (p[k] as number) + e;
    b[k] = (p[k] as number) - e;
    return (f(a) - f(b)) / (2 * e);
  });
  const l = Math.hypot(g[0] as number, g[1] as number, g[2] as number) || 1;
  return [(g[0] as number) / l, (g[1] as number) / l, (g[2] as number) / l];
}

function angle(a: Vec3, b: Vec3): number {
  return (Math.acos(Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])) * 180) / Math.PI;
}

/** Where the ray from `o` (inside the body) along unit `d` first leaves it, or undefined. */
function skinAlong(o: Vec3, d: Vec3, reach = 0.25): Vec3 | undefined {
  const at = (t: number): Vec3 => [o[0] + d[0] * t, o[1] + d[1] * t, o[2] + d[2] * t];
  if (f(o) >= 0) return undefined;
  let lo = 0;
  let hi = 0;
  for (let t = 0.001; t <= reach; t += 0.001) {
    if (f(at(t)) >= 0) {
      hi = t;
      break;
    }
    lo = t;
  }
  if (hi === 0) return undefined;
  for (let it = 0; it < 40; it++) {
    const m = (lo + hi) / 2;
    if (f(at(m)) < 0) lo = m;
    else hi = m;
  }
  return at((lo + hi) / 2);
}

/** Unit directions round the axis `k` (0 = x, 1 = y, 2 = z), `n` of them. */
function ring(k: 0 | 1 | 2, n: number): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * (i + 0.5)) / n;
    const d: Vec3 = [0, 0, 0];
    d[(k + 1) % 3] = Math.cos(a);
    d[(k + 2) % 3] = Math.sin(a);
    out.push(d);
  }
  return out;
}

/** Planes this far apart: a crease turns the normal by its full angle between two of them, a smooth bend by little. */
const STEP = 0.00005;

/**
 * The sharpest turn of the skin's normal between neighbouring planes `STEP` apart across
 * [from, to] on axis `k`: on each plane, the skin where rays from `centre` (moved onto the plane)
 * along `dirs` leave the body; the turn is between the hits of the same ray on two neighbouring
 * planes. Degrees, and where.
 */
function sharpestAcross(k: 0 | 1 | 2, from: number, to: number, centre: Vec3, dirs: readonly Vec3[]) {
  let worst = 0;
  let where = '';
  const previous: (Vec3 | undefined)[] = dirs.map(() => undefined);
  for (let a = from; a <= to + 1e-9; a += STEP) {
    const o: Vec3 = [...centre];
    o[k] = a;
    dirs.forEach((d, i) => {
      const p = skinAlong(o, d);
      const n = p ? normal(p) : undefined;
      const before = previous[i];
      if (p && n && before) {
        const turn = angle(before, n);
        if (turn > worst) {
          worst = turn;
          where = p.map((c) => c.toFixed(4)).join(', ');
        }
      }
      previous[i] = n;
    });
  }
  return { worst, where };
}

/** A turn of this much over 0.05 mm is a crease: a smooth skin that turns so fast is a tube under 3 mm across. */
const CREASE = 2;

describe('the skin has no crease where its pieces meet', () => {
  it.each([
    ['the shoulder segment’s end (the arc on the shoulder)', 0, 0.186, 0.194, [0.15, 1.422, -0.038], ring(0, 24)],
    ['the neck’s base, at the trunk’s upper end', 1, 1.466, 1.474, [0, 1.47, -0.045], ring(1, 24)],
    ['the groin, at the trunk’s lower end', 1, 0.831, 0.839, [0.05, 0.835, -0.028], ring(1, 24)],
    ['the wrist, where the palm begins', 1, 0.848, 0.862, [0.25, 0.855, -0.031], ring(1, 24)],
    ['the knuckles, where the palm ends', 1, 0.744, 0.752, [0.254, 0.748, -0.029], ring(1, 24)],
    [
      'the brow ridge, at its middle joint',
      0,
      0.024,
      0.036,
      [0.03, 1.648, 0.075],
      ring(0, 48).filter((d) => d[2] > 0.2 && d[1] > -0.2),
    ],
    // Round the forefoot, except straight out to the little toe's side, where the rays pass into
    // the clefts between the lesser toes (the fourth and little toes part from z ≈ 0.084).
    ['the toes, where the sole ends', 2, 0.084, 0.092, [0.104, 0.014, 0.088], ring(2, 24).filter((d) => d[0] < 0.9)],
  ] as const)('%s', (_name, k, from, to, centre, dirs) => {
    const { worst, where } = sharpestAcross(k, from, to, centre as Vec3, dirs);
    expect(worst, `turns ${worst.toFixed(1)}° over 0.05 mm at (${where})`).toBeLessThan(CREASE);
  });

  it('finds the crease of a loft that ends still narrowing (the check can fail)', () => {
    // A cone cut square where it is narrowing: the normal turns by the cone's slope at the rim.
    const cone = (p: Vec3) => Math.hypot(p[0], p[2]) - (0.05 - 0.2 * Math.max(0, Math.min(p[1], 0.1)));
    const n = (p: Vec3): Vec3 => {
      const e = 1e-5;
      const g = [0, 1, 2].map((k) => {
        const a: Vec3 = [...p];
        const b: Vec3 = [...p];
        a[k] = (p[k] as number) + e;
        b[k] = (p[k] as number) - e;
        return (cone(a) - cone(b)) / (2 * e);
      });
      const l = Math.hypot(g[0] as number, g[1] as number, g[2] as number);
      return [(g[0] as number) / l, (g[1] as number) / l, (g[2] as number) / l];
    };
    // Just inside and just beyond the end at y = 0.1, on the side of the cone.
    expect(angle(n([0.03, 0.0999, 0]), n([0.03, 0.1001, 0]))).toBeGreaterThan(CREASE);
  });

  it('has no fold sharper than the skin’s triangles between the upper lid and the brow', () => {
    // Up the face over the eye, in planes across the brow: the sharpest inward (concave) turn
    // of the normal per millimetre of skin. The convex ridge of the brow itself may turn fast.
    let worst = 0;
    let where = '';
    for (const x of [0.02, 0.025, 0.03, 0.035, 0.04, 0.045]) {
      const o: Vec3 = [x, 1.645, 0.05];
      let before: { p: Vec3; n: Vec3 } | undefined;
      for (let a = -40; a <= 70; a += 1) {
        const r = (a * Math.PI) / 180;
        const p = skinAlong(o, [0, Math.sin(r), Math.cos(r)]);
        if (!p) continue;
        const n = normal(p);
        if (before) {
          const dp: Vec3 = [p[0] - before.p[0], p[1] - before.p[1], p[2] - before.p[2]];
          const mm = Math.hypot(dp[0], dp[1], dp[2]) * 1000;
          const inward = (n[0] - before.n[0]) * dp[0] + (n[1] - before.n[1]) * dp[1] + (n[2] - before.n[2]) * dp[2] < 0;
          const rate = angle(before.n, n) / Math.max(mm, 0.05);
          if (inward && rate > worst) {
            worst = rate;
            where = p.map((c) => c.toFixed(4)).join(', ');
          }
        }
        before = { p, n };
      }
    }
    // Degrees per millimetre: the fold was 18.6°/mm, bridged by the face's 3–5 mm triangles
    // (light flecks under the brow); 10°/mm is a fold they follow.
    expect(worst, `${worst.toFixed(1)}°/mm at (${where})`).toBeLessThan(10);
  });
});
