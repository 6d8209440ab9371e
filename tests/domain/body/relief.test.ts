/**
 * The skin's muscle relief (`withRelief` in details.ts, `skinDistance` in envelope.ts): it only
 * ever raises the skin, by the body's share, and it raises it where the bellies lie.
 */
import { describe, expect, it } from 'vitest';
import { bodyDistance, skinDistance } from '../../../src/domain/body/envelope';
import { BODY_PROFILES } from '../../../src/domain/body/profiles';
import type { Vec3 } from '../../../src/domain/vec3';

/** How far outside the (smooth) lofted body the drawn skin lies along +z/−z from a point inside (metres). */
function rise(from: Vec3, dir: 1 | -1, relief: number): number {
  // March out to the drawn skin, then read the loft's distance there.
  let p: Vec3 = from;
  for (let i = 0; i < 4000 && skinDistance(p, relief) < 0; i++) p = [p[0], p[1], p[2] + dir * 5e-5];
  return bodyDistance(p, true);
}

describe('muscle relief of the skin', () => {
  it('never lowers the skin, and grows with the share of relief', () => {
    let seed = 3;
    const rnd = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 3000; i++) {
      const p: Vec3 = [rnd() * 0.6 - 0.3, rnd() * 1.75, rnd() * 0.3 - 0.15];
      const d = bodyDistance(p, true);
      expect(skinDistance(p, 0)).toBe(d);
      const half = skinDistance(p, 0.5);
      const full = skinDistance(p, 1);
      expect(half).toBeLessThanOrEqual(d + 1e-12);
      expect(full).toBeLessThanOrEqual(half + 1e-12);
    }
  });

  it.each([
    ['the pectoral, above its lower border', [0.07, 1.3, 0.0] as Vec3, 1 as const],
    ['the biceps', [0.216, 1.26, -0.03] as Vec3, 1 as const],
    ['the medial head of the gastrocnemius', [0.07, 0.39, -0.04] as Vec3, -1 as const],
    ['the vastus medialis', [0.06, 0.565, 0.0] as Vec3, 1 as const],
    ['the erector spinae beside the lumbar spine', [0.036, 1.08, -0.05] as Vec3, -1 as const],
  ])('raises the skin over %s, half as much on the female body', (_, from, dir) => {
    const male = rise(from, dir, BODY_PROFILES.male.relief);
    const female = rise(from, dir, BODY_PROFILES.female.relief);
    expect(male).toBeGreaterThan(0.002);
    expect(female / male).toBeGreaterThan(0.4);
    expect(female / male).toBeLessThan(0.6);
  });

  it('leaves the skin where no belly lies under it (the kneecap, the shin, the sternum, the spine)', () => {
    for (const [from, dir] of [
      [[0.09, 0.512, 0.0], 1],
      [[0.093, 0.3, -0.02], 1],
      [[0, 1.3, 0.0], 1],
      [[0, 1.08, -0.05], -1],
    ] as const) {
      expect(Math.abs(rise(from as Vec3, dir, 1))).toBeLessThan(2e-4);
    }
  });
});
