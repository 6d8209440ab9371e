/**
 * The foot's loft (details.ts) on the drawn skin runs one smooth curve through its sections: eased
 * span by span, its height stood still at every section and the back of the foot read as a stack
 * of bands across it (issue #11). The plain body, which the muscles and bones are laid out under,
 * keeps its steps, so no muscle moves.
 */
import { describe, expect, it } from 'vitest';
import { bodyDistance } from '../../../src/domain/body/envelope';

/** Height of the top of the skin (metres) over the point (x, z) of the floor. */
function topOf(x: number, z: number, smooth: boolean): number {
  let inside = 0;
  let outside = 0.15;
  for (let i = 0; i < 40; i++) {
    const mid = (inside + outside) / 2;
    if (bodyDistance([x, mid, z], smooth) < 0) inside = mid;
    else outside = mid;
  }
  return inside;
}

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
