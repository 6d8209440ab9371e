/**
 * The model files carry the skin's muscle relief: the male skin rises over the pectoral, biceps,
 * calf, vastus medialis and the erector spinae's lumbar columns, and the female skin over the same bellies by about half as much
 * (softer relief). Read from the files' skin vertices: how far outside the lofted body each lies
 * (the female's brought back to the reference frame through her warp).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyDistance } from '../../src/domain/body/envelope';
import { BODY_PROFILES } from '../../src/domain/body/profiles';
import { unwarpPoint } from '../../src/domain/body/warp';
import type { Vec3 } from '../../src/domain/vec3';
import { loadModel, MODEL_PATHS } from './loadModel';

/** Boxes (reference frame, left side) over each belly; the female breast covers the pectoral's. */
const BELLIES: Readonly<Record<string, readonly [Vec3, Vec3]>> = {
  pectoral: [
    [0.02, 1.26, 0.0],
    [0.17, 1.42, 0.1],
  ],
  biceps: [
    [0.19, 1.18, -0.03],
    [0.245, 1.34, 0.03],
  ],
  calf: [
    [0.045, 0.33, -0.11],
    [0.135, 0.47, -0.05],
  ],
  vastus_medialis: [
    [0.03, 0.53, -0.01],
    [0.08, 0.61, 0.05],
  ],
  erector_spinae: [
    [0.015, 1.0, -0.16],
    [0.06, 1.2, -0.1],
  ],
};

/** The largest lift of the skin over the lofted body within each box, metres. */
async function lifts(body: 'male' | 'female'): Promise<Record<string, number>> {
  const out: Record<string, number> = Object.fromEntries(Object.keys(BELLIES).map((k) => [k, 0]));
  for (const m of await loadModel(MODEL_PATHS[body])) {
    if (m.extras.kind !== 'region' || m.extras.side !== 'left') continue;
    for (let v = 0; v < m.positions.length / 3; v++) {
      const q: Vec3 = [m.positions[3 * v]!, m.positions[3 * v + 1]!, m.positions[3 * v + 2]!];
      const p = body === 'male' ? q : unwarpPoint(BODY_PROFILES.female, q);
      for (const [name, [lo, hi]] of Object.entries(BELLIES)) {
        if (p.some((c, k) => c < lo[k]! || c > hi[k]!)) continue;
        out[name] = Math.max(out[name]!, bodyDistance(p));
      }
    }
  }
  return out;
}

describe('muscle relief in the model files', () => {
  let male: Record<string, number> = {};
  let female: Record<string, number> = {};
  beforeAll(async () => {
    male = await lifts('male');
    female = await lifts('female');
  }, 60000);

  it.each(Object.keys(BELLIES))('the male skin rises over the %s', (name) => {
    expect(male[name]).toBeGreaterThan(0.003);
  });

  it.each(['biceps', 'calf', 'vastus_medialis', 'erector_spinae'])(
    'the female skin rises about half as much over the %s',
    (name) => {
      const ratio = female[name]! / male[name]!;
      expect(ratio).toBeGreaterThan(0.3);
      expect(ratio).toBeLessThan(0.7);
    },
  );
});
