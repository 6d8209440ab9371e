/**
 * The wrist reads smooth (issue #11): where the forearm's loft meets the hand's palm, the skin
 * ran in a groove round the wrist with dark notches in it (the palm's distance jumped where its
 * loft began, and the forearm's loft bent where a long span met a short one). Measured on the
 * decoded file, as a person sees it: the skin's distance from the wrist's axis, along rays all
 * round each wrist at every millimetre of its height, never dips below the mean of its values
 * 3 mm above and below by more than a smooth wrist's waist and the triangles' chords allow.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_IDS, type BodyId } from '../../src/domain/body/bodyId';
import { BODY_PROFILES } from '../../src/domain/body/profiles';
import { warpPoint } from '../../src/domain/body/warp';
import { loadModel, MODEL_PATHS } from './loadModel';

type Vec3 = [number, number, number];

/** The reference body's left wrist: its axis from the forearm's end to the heel of the hand. */
const AXIS = { x: 0.25, z: -0.031, yFrom: 0.84, yTo: 0.895 };
/** Rays round the wrist, and how many millimetres above and below a height its dip is taken over. */
const RAYS = 72;
const SPAN = 3;
/**
 * The deepest dip allowed, metres: the groove was about 1 mm deep over 3 mm either side; the
 * smooth wrist's waist on the thumb side (the hollow between the forearm and the base of the
 * thumb) is under 0.4 mm.
 */
const MAX_DIP = 0.0005;
/** The skin regions of the forearm, wrist and hand (a ray never reaches the thigh beside them). */
const LIMB = /forearm|wrist|hand|palm|thumb|finger/;

interface Triangles {
  /** Corners, 9 numbers a triangle. */
  corners: number[];
}

/** The skin triangles within `pad` of the wrist's box on one side (`sx` = ±1), as one list. */
function wristTriangles(
  meshes: readonly { positions: Float32Array; indices: Uint32Array }[],
  box: { min: Vec3; max: Vec3 },
): Triangles {
  const corners: number[] = [];
  for (const m of meshes) {
    for (let t = 0; t < m.indices.length; t += 3) {
      const c = [0, 1, 2].map((k) => 3 * m.indices[t + k]!);
      const inside = c.some((o) =>
        [0, 1, 2].every((k) => m.positions[o + k]! >= box.min[k]! && m.positions[o + k]! <= box.max[k]!),
      );
      if (inside) for (const o of c) corners.push(m.positions[o]!, m.positions[o + 1]!, m.positions[o + 2]!);
    }
  }
  return { corners };
}

/** How far along unit `d` from `o` the ray meets the triangles first (Möller–Trumbore), or undefined. */
function hit(tris: Triangles, o: Vec3, d: Vec3): number | undefined {
  const c = tris.corners;
  let best: number | undefined;
  for (let i = 0; i < c.length; i += 9) {
    const e1 = [c[i + 3]! - c[i]!, c[i + 4]! - c[i + 1]!, c[i + 5]! - c[i + 2]!];
    const e2 = [c[i + 6]! - c[i]!, c[i + 7]! - c[i + 1]!, c[i + 8]! - c[i + 2]!];
    const p = [d[1] * e2[2]! - d[2] * e2[1]!, d[2] * e2[0]! - d[0] * e2[2]!, d[0] * e2[1]! - d[1] * e2[0]!];
    const det = e1[0]! * p[0]! + e1[1]! * p[1]! + e1[2]! * p[2]!;
    if (Math.abs(det) < 1e-14) continue;
    const s = [o[0] - c[i]!, o[1] - c[i + 1]!, o[2] - c[i + 2]!];
    const u = (s[0]! * p[0]! + s[1]! * p[1]! + s[2]! * p[2]!) / det;
    if (u < 0 || u > 1) continue;
    const q = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
    const v = (d[0] * q[0]! + d[1] * q[1]! + d[2] * q[2]!) / det;
    if (v < 0 || u + v > 1) continue;
    const t = (e2[0]! * q[0]! + e2[1]! * q[1]! + e2[2]! * q[2]!) / det;
    if (t > 0 && (best === undefined || t < best)) best = t;
  }
  return best;
}

/**
 * The deepest dip of the skin round one wrist: at each height (1 mm apart) and each of `RAYS`
 * directions round the axis, the skin's distance from the axis (a ray from 5 cm out, inward);
 * the dip is how far it lies under the mean of the same direction `SPAN` mm above and below.
 */
function deepestDip(tris: Triangles, body: BodyId, sx: 1 | -1): { dip: number; where: string } {
  const at = (y: number): Vec3 => {
    const p = warpPoint(BODY_PROFILES[body], [AXIS.x, y, AXIS.z]);
    return [sx * p[0], p[1], p[2]];
  };
  const heights: number[] = [];
  for (let y = AXIS.yFrom; y <= AXIS.yTo + 1e-9; y += 0.001) heights.push(y);
  let dip = 0;
  let where = '';
  for (let a = 0; a < RAYS; a++) {
    const th = (2 * Math.PI * (a + 0.5)) / RAYS;
    const d: Vec3 = [Math.cos(th), 0, Math.sin(th)];
    const r = heights.map((y) => {
      const c = at(y);
      const t = hit(tris, [c[0] + 0.05 * d[0], c[1], c[2] + 0.05 * d[2]], [-d[0], 0, -d[2]]);
      return t === undefined ? undefined : 0.05 - t;
    });
    for (let i = SPAN; i + SPAN < r.length; i++) {
      const [lo, mid, hi] = [r[i - SPAN], r[i], r[i + SPAN]];
      if (lo === undefined || mid === undefined || hi === undefined) continue;
      const depth = (lo + hi) / 2 - mid;
      if (depth > dip) {
        dip = depth;
        const c = at(heights[i]!);
        where = `(${(c[0] + mid * d[0]).toFixed(4)}, ${c[1].toFixed(4)}, ${(c[2] + mid * d[2]).toFixed(4)})`;
      }
    }
  }
  return { dip, where };
}

describe.each(BODY_IDS)('the wrists of the %s body', (body) => {
  const sides: Record<'left' | 'right', Triangles> = { left: { corners: [] }, right: { corners: [] } };
  beforeAll(async () => {
    const skin = (await loadModel(MODEL_PATHS[body])).filter(
      (m) => m.extras.kind === 'region' && LIMB.test(String(m.extras.regionId)),
    );
    const lo = warpPoint(BODY_PROFILES[body], [AXIS.x, AXIS.yFrom, AXIS.z]);
    const hi = warpPoint(BODY_PROFILES[body], [AXIS.x, AXIS.yTo, AXIS.z]);
    for (const [side, sx] of [
      ['left', 1],
      ['right', -1],
    ] as const) {
      const xs = [sx * (lo[0] - 0.07), sx * (lo[0] + 0.07)];
      sides[side] = wristTriangles(skin, {
        min: [Math.min(...xs), Math.min(lo[1], hi[1]) - 0.01, lo[2] - 0.07],
        max: [Math.max(...xs), Math.max(lo[1], hi[1]) + 0.01, lo[2] + 0.07],
      });
    }
  }, 60000);

  it('finds a groove pressed 2 mm into the wrist (the check can fail)', () => {
    const c = [...sides.left.corners];
    const y0 = warpPoint(BODY_PROFILES[body], [AXIS.x, 0.86, AXIS.z]);
    for (let i = 0; i < c.length; i += 3) {
      if (Math.abs(c[i + 1]! - y0[1]) > 0.002) continue;
      const dx = c[i]! - y0[0];
      const dz = c[i + 2]! - y0[2];
      const l = Math.hypot(dx, dz) || 1;
      c[i] = c[i]! - (0.002 * dx) / l;
      c[i + 2] = c[i + 2]! - (0.002 * dz) / l;
    }
    expect(deepestDip({ corners: c }, body, 1).dip).toBeGreaterThan(MAX_DIP);
  });

  it.each(['left', 'right'] as const)('has no groove round the %s wrist', (side) => {
    const { dip, where } = deepestDip(sides[side], body, side === 'left' ? 1 : -1);
    console.log(`${body} ${side}: deepest dip round the wrist ${(dip * 1000).toFixed(2)} mm at ${where}`);
    expect(dip, `${(dip * 1000).toFixed(2)} mm at ${where}`).toBeLessThan(MAX_DIP);
  });
});
