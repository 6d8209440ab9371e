import { describe, expect, it } from 'vitest';
import { layerByDepth } from '../../scripts/model/layering';
import { underSkinMesh } from '../../scripts/model/skinFit';
import { slipTube } from '../../scripts/model/tendonSlips';
import type { Vec3 } from '../../src/domain/types';

const axis: Vec3[] = [
  [0, 0, 0],
  [0, 0.05, 0],
  [0, 0.1, 0],
];

/** Distance of each side vertex (caps left out) from the y axis. */
function radii(positions: Float32Array): number[] {
  const out: number[] = [];
  for (let v = 0; v < positions.length; v += 3) {
    const y = positions[v + 1] as number;
    if (y < 0.001 || y > 0.099) continue;
    out.push(Math.hypot(positions[v] as number, positions[v + 2] as number));
  }
  return out;
}

describe('layering muscles by depth', () => {
  it('moves the deeper of two coincident surfaces under the shallower one, and leaves the shallower', () => {
    const shallow = slipTube(axis, 0.005, 12);
    const deep = slipTube(axis, 0.005, 12);
    const before = Float32Array.from(shallow.positions);
    const moved = layerByDepth([
      { mesh: deep, depth: 0.004 },
      { mesh: shallow, depth: 0.0025 },
    ]);
    expect(moved).toBeGreaterThan(0);
    expect(shallow.positions).toEqual(before);
    for (const r of radii(deep.positions)) expect(r).toBeLessThan(0.005 - 0.0009);
  });

  it('leaves muscles alone that are apart', () => {
    const a = slipTube(axis, 0.005, 12);
    const b = slipTube(
      axis.map((p): Vec3 => [p[0] + 0.02, p[1], p[2]]),
      0.005,
      12,
    );
    expect(
      layerByDepth([
        { mesh: a, depth: 0.003 },
        { mesh: b, depth: 0.004 },
      ]),
    ).toBe(0);
  });
});

describe('keeping muscles under the skin mesh', () => {
  it('moves a vertex outside the skin, or just under it, to the margin under it', () => {
    const skin = slipTube(axis, 0.05, 32);
    const muscle = slipTube(axis, 0.0499, 32);
    const moved = underSkinMesh([{ mesh: muscle, mirrored: false }], skin, 0.0005);
    expect(moved).toBeGreaterThan(0);
    // The skin's facets cut inside its circle by up to r(1 − cos(π/32)) ≈ 0.24 mm.
    for (const r of radii(muscle.positions)) {
      expect(r).toBeLessThan(0.05 - 0.0005 + 1e-5);
      expect(r).toBeGreaterThan(0.05 - 0.0005 - 0.0003);
    }
    const deep = slipTube(
      [
        [0, 0.03, 0],
        [0, 0.07, 0],
      ],
      0.03,
      32,
    );
    expect(underSkinMesh([{ mesh: deep, mirrored: false }], skin, 0.0005)).toBe(0);
  });
});
