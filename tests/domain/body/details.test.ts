/**
 * The foot's loft and the palm's (details.ts) on the drawn skin run one smooth curve through their
 * sections (the palm's from the knuckles to its widest section): eased span by span, the height
 * stood still at every section and the back of the foot and of the hand read as a stack of bands
 * across them (issue #11). The plain body, which the muscles and bones are laid out under,
 * keeps its steps, so no muscle moves.
 */
import { describe, expect, it } from 'vitest';
import { bodyDistance } from '../../../src/domain/body/envelope';
import type { Vec3 } from '../../../src/domain/vec3';

/**
 * Where the skin is crossed between a point inside it and one outside that differ only in
 * coordinate `axis` (metres; bisection, to well under a micrometre).
 */
function crossing(at: Vec3, axis: 1 | 2, inside: number, outside: number, smooth: boolean): number {
  const p: [number, number, number] = [...at];
  for (let i = 0; i < 40; i++) {
    const mid = (inside + outside) / 2;
    p[axis] = mid;
    if (bodyDistance(p, smooth) < 0) inside = mid;
    else outside = mid;
  }
  return inside;
}

/** Height of the top of the skin (metres) over the point (x, z) of the floor. */
const topOf = (x: number, z: number, smooth: boolean) => crossing([x, 0, z], 1, 0, 0.15, smooth);

/** Slope of the top of the foot along its length at z (rise per metre forward). */
const slopeAt = (z: number, smooth: boolean) => (topOf(0.1, z + 0.004, smooth) - topOf(0.1, z - 0.004, smooth)) / 0.008;

describe('the back of the foot', () => {
  it('falls steadily from the instep to the toes on the drawn skin, with no step at the loft’s sections', () => {
    // The sole loft's sections at z = 0 and 0.055 m: the top of the foot still falls there.
    for (const z of [0, 0.055]) expect(slopeAt(z, true), `z ${z}`).toBeLessThan(-0.25);
    // …and all along, it only falls.
    let previous = topOf(0.1, -0.03, true);
    for (let z = -0.02; z <= 0.09; z += 0.01) {
      const h = topOf(0.1, z, true);
      expect(h, `z ${z.toFixed(2)}`).toBeLessThan(previous);
      previous = h;
    }
  });

  it('keeps the plain body’s loft as it was (the steps the check finds)', () => {
    expect(slopeAt(0, false)).toBeGreaterThan(-0.15);
  });
});

/** Where the back of the hand lies (z, metres; the palm faces +z) at the point (x, y). */
const backOf = (x: number, y: number, smooth: boolean) => crossing([x, y, 0], 2, -0.03, -0.08, smooth);

describe('the back of the hand', () => {
  it('keeps rising toward the knuckles at the palm loft’s middle section (y 0.776 m) on the drawn skin', () => {
    const slope = (smooth: boolean) => (backOf(0.254, 0.779, smooth) - backOf(0.254, 0.773, smooth)) / 0.006;
    // The back comes forward (z grows) toward the knuckles, below; on the plain body it all but
    // stands still at the section (−0.041), on the drawn skin it does not (−0.082 when written).
    expect(slope(true)).toBeLessThan(-0.06);
    expect(slope(false)).toBeGreaterThan(-0.05);
  });
});
