/**
 * The long tendons of the fingers and toes reach the phalanges they move, each along its own
 * digit: the deep flexors and the extensors to the distal phalanges, the split superficial flexors
 * to the middle phalanges and no further, and nothing webbed across the gaps between the digits.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FINGERS, TOES } from '../../src/domain/body/details';
import type { Vec3 } from '../../src/domain/types';
import { loadModel, type ModelMesh, meshVertices } from './loadModel';

let meshes: ModelMesh[] = [];
beforeAll(async () => {
  meshes = await loadModel();
}, 60000);

type Digit = (typeof FINGERS)[number];

const vertices = (name: string): Vec3[] => meshVertices(meshes, name);

/** A point on a digit's axis at joint parameter `at` (0 the knuckle, 1 the next joint, …) and the radius there. */
function along(d: Digit, at: number): { p: Vec3; r: number } {
  const i = Math.min(d.joints.length - 2, Math.floor(at));
  const f = at - i;
  const a = d.joints[i] as Vec3;
  const b = d.joints[i + 1] as Vec3;
  const ra = d.radii[i] as number;
  const rb = d.radii[i + 1] as number;
  return { p: [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f], r: ra + (rb - ra) * f };
}

/** Joint parameter of the point of the digit's axis nearest to v, and v's distance from the axis. */
function onDigit(d: Digit, v: Vec3): { at: number; off: number } {
  let best = { at: 0, off: Number.POSITIVE_INFINITY };
  for (let i = 0; i + 1 < d.joints.length; i++) {
    const a = d.joints[i] as Vec3;
    const b = d.joints[i + 1] as Vec3;
    const ab: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const l2 = ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2;
    const t = ((v[0] - a[0]) * ab[0] + (v[1] - a[1]) * ab[1] + (v[2] - a[2]) * ab[2]) / l2;
    const c = Math.max(0, Math.min(1, t));
    const off = Math.hypot(v[0] - a[0] - ab[0] * c, v[1] - a[1] - ab[1] * c, v[2] - a[2] - ab[2] * c);
    // Before the knuckle (t < 0 on the first bone) the point is not on the digit.
    const at = i === 0 && t < 0 ? t : i + c;
    if (off < best.off) best = { at, off };
  }
  return best;
}

/** How far along its digits a muscle's vertices reach: the largest joint parameter within the digit's flesh. */
function reach(muscle: string, digit: Digit): number {
  let most = Number.NEGATIVE_INFINITY;
  for (const v of vertices(`${muscle}.left`)) {
    const { at, off } = onDigit(digit, v);
    if (at >= 0 && off <= along(digit, Math.max(0, at)).r) most = Math.max(most, at);
  }
  return most;
}

const LESSER_TOES = TOES.slice(1);

describe('tendons of the fingers and toes', () => {
  it('the deep finger flexor and the finger extensor reach the distal phalanx of each finger', () => {
    for (const finger of FINGERS) {
      expect(reach('flexor_digitorum_profundus', finger), finger.name).toBeGreaterThan(2.1);
      expect(reach('extensor_digitorum', finger), finger.name).toBeGreaterThan(2.1);
    }
  });

  it('the superficial finger flexor reaches the middle phalanx and stops before the last joint', () => {
    for (const finger of FINGERS) {
      const r = reach('flexor_digitorum_superficialis', finger);
      expect(r, finger.name).toBeGreaterThan(1.2);
      expect(r, finger.name).toBeLessThan(2);
    }
  });

  it('the long toe flexor and extensor reach the last phalanx of toes 2–5; the short flexor the middle one', () => {
    for (const toe of LESSER_TOES) {
      expect(reach('flexor_digitorum_longus', toe), toe.name).toBeGreaterThan(1.5);
      expect(reach('extensor_digitorum_longus', toe), toe.name).toBeGreaterThan(1.5);
      const short = reach('flexor_digitorum_brevis', toe);
      expect(short, toe.name).toBeGreaterThan(1.05);
      expect(short, toe.name).toBeLessThan(1.4);
    }
  });

  it('webs nothing across the gaps: past the knuckles every tendon vertex lies in a digit', () => {
    const cases: [string, readonly Digit[]][] = [
      ['flexor_digitorum_profundus', FINGERS],
      ['flexor_digitorum_superficialis', FINGERS],
      ['extensor_digitorum', FINGERS],
      ['flexor_digitorum_longus', LESSER_TOES],
      ['extensor_digitorum_longus', LESSER_TOES],
      ['flexor_digitorum_brevis', LESSER_TOES],
    ];
    for (const [muscle, digits] of cases) {
      const stray: string[] = [];
      for (const v of vertices(`${muscle}.left`)) {
        const near = digits.map((d) => ({ d, ...onDigit(d, v) }));
        // Past the middle of the proximal phalanx of the nearest digit (the muscles' own tendon ends
        // stop before it) …
        const nearest = near.reduce((a, b) => (b.off < a.off ? b : a));
        if (nearest.at < 0.5) continue;
        // … a vertex must be inside that digit's flesh, not between two digits.
        if (nearest.off > along(nearest.d, nearest.at).r) stray.push(`${nearest.d.name} at ${nearest.at.toFixed(2)}`);
      }
      expect(stray, muscle).toEqual([]);
    }
  });
});
