import { describe, expect, it } from 'vitest';
import { edgeCheck } from '../../scripts/model/meshOps';
import { digitSlip, digitSlips, slipTube } from '../../scripts/model/tendonSlips';
import type { Vec3 } from '../../src/domain/types';

/** A straight finger hanging down (−y), radius 9 → 7 mm, like the skin's (palm facing +z). */
const finger = {
  joints: [
    [0, 0, 0],
    [0, -0.04, 0],
    [0, -0.065, 0],
    [0, -0.08, 0],
  ] as Vec3[],
  radii: [0.009, 0.008, 0.0075, 0.007],
};

describe('tendon slips', () => {
  it('lays a slip on the asked face of the digit, the given depth under its surface', () => {
    const [a, b] = digitSlip(finger, [0, 0, 1], 0.003, [{ at: 0 }, { at: 1 }]) as [Vec3, Vec3];
    expect(a[2]).toBeCloseTo(0.006, 6);
    expect(b[1]).toBeCloseTo(-0.04, 6);
    expect(b[2]).toBeCloseTo(0.005, 6);
    // Turned 90° about the axis: to the side, not the palm.
    const [c] = digitSlip(finger, [0, 0, 1], 0.003, [{ at: 0, turn: 90 }]) as [Vec3];
    expect(Math.abs(c[0])).toBeCloseTo(0.006, 6);
    expect(c[2]).toBeCloseTo(0, 6);
  });

  it('gives a split tendon two slips per digit, turned each way, each starting at the insertion', () => {
    const start: Vec3 = [0, 0.01, 0.004];
    const slips = digitSlips([start], [finger], [0, 0, 1], 0.003, [{ at: 1, turn: 40 }], true);
    expect(slips).toHaveLength(2);
    expect(slips[0]?.[0]).toEqual(start);
    expect(slips[0]?.[1]?.[0]).toBeCloseTo(-(slips[1]?.[1]?.[0] as number), 9);
    expect(() => digitSlips([start, start], [finger], [0, 0, 1], 0.003, [{ at: 1 }])).toThrow();
  });

  it('sweeps a closed tube of the given radius, all tendon, its fibre along the path', () => {
    const path: Vec3[] = [
      [0, 0, 0],
      [0, -0.02, 0.002],
      [0, -0.04, 0.004],
    ];
    const tube = slipTube(path, 0.001);
    expect(edgeCheck(tube.indices).unmatched).toBe(0);
    const f = tube.fibres as Float32Array;
    for (let v = 0; v < tube.positions.length / 3; v++) {
      expect(f[4 * v + 3]).toBe(1);
      expect(Math.hypot(f[4 * v] as number, f[4 * v + 1] as number, f[4 * v + 2] as number)).toBeCloseTo(1, 5);
      expect(f[4 * v + 1] as number).toBeLessThan(-0.9);
    }
    // Side vertices lie on the tube's surface: 1 mm from the straight path's axis (x = 0 plane).
    const x = tube.positions[0] as number;
    const z = tube.positions[2] as number;
    expect(Math.hypot(x, z)).toBeCloseTo(0.001, 4);
  });
});
