import { describe, expect, it } from 'vitest';
import { clearTriangles, layerByDepth } from '../../scripts/model/layering';
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
    const before = radii(shallow.positions);
    const moved = layerByDepth([
      { mesh: deep, depth: 0.004 },
      { mesh: shallow, depth: 0.0025 },
    ]);
    expect(moved).toBeGreaterThan(0);
    expect(radii(shallow.positions)).toEqual(before);
    for (const r of radii(deep.positions)) expect(r).toBeLessThan(0.005 - 0.0009);
  });

  it('moves a deeper muscle that pokes through the shallower one, up to a few millimetres, under it', () => {
    const shallow = slipTube(axis, 0.005, 12);
    // Coaxial and 2.5 mm wider: drawn, the deeper muscle would show over the shallower one.
    const deep = slipTube(axis, 0.0075, 12);
    layerByDepth([
      { mesh: deep, depth: 0.004 },
      { mesh: shallow, depth: 0.0025 },
    ]);
    // At least half a millimetre under it (pushed across the tube's flat facets, not radially).
    for (const r of radii(deep.positions)) expect(r).toBeLessThan(0.005 - 0.0005);
    // Further out than that, it is another muscle beside this one, not on it: left alone.
    const wide = slipTube(axis, 0.011, 12);
    const before = Float32Array.from(wide.positions);
    const onSide = (_: number, i: number) => {
      const y = before[i - (i % 3) + 1] as number;
      return y >= 0.001 && y <= 0.099;
    };
    layerByDepth([
      { mesh: wide, depth: 0.004 },
      { mesh: slipTube(axis, 0.005, 12), depth: 0.0025 },
    ]);
    expect(wide.positions.filter(onSide)).toEqual(before.filter(onSide));
  });

  it('lifts the shallower muscle off the deeper one where the long triangles of the deeper one still meet it', () => {
    // A deeper flat sheet of two long triangles under a finely divided shallower tube's underside:
    // moving the sheet's four corners cannot clear the tube's vertices between them.
    const shallow = slipTube(axis, 0.005, 12);
    const y0 = -0.01;
    const y1 = 0.11;
    const deep = {
      positions: new Float32Array([-0.01, y0, -0.0049, 0.01, y0, -0.0049, 0.01, y1, -0.0049, -0.01, y1, -0.0049]),
      normals: new Float32Array(12),
      indices: new Uint32Array([0, 2, 1, 0, 3, 2]),
    };
    layerByDepth([
      { mesh: deep, depth: 0.004 },
      { mesh: shallow, depth: 0.0025 },
    ]);
    // Its corners lie beyond reach of the tube and stay; the tube's side vertices end at least
    // half a millimetre off the sheet (its lowest ones lifted off it, outwards).
    expect(deep.positions[2]).toBeCloseTo(-0.0049, 6);
    const p = shallow.positions;
    const sheetZ = deep.positions[2] as number;
    let lowest = 0;
    for (let v = 0; v < p.length; v += 3) {
      if ((p[v + 1] as number) < 0.001 || (p[v + 1] as number) > 0.099) continue;
      expect(Math.abs((p[v + 2] as number) - sheetZ)).toBeGreaterThan(0.0005 - 1e-6);
      lowest = Math.min(lowest, p[v + 2] as number);
    }
    expect(lowest).toBeLessThan(-0.0055);
  });

  it('moves the deeper face from under the middle of a shallower triangle that lies on it, however far its corners', () => {
    /** A flat square (two triangles) at height z, facing +z or, turned over, −z. */
    const square = (half: number, z: number, up = true) => ({
      positions: new Float32Array([-half, -half, z, half, -half, z, half, half, z, -half, half, z]),
      normals: new Float32Array(12),
      indices: new Uint32Array(up ? [0, 1, 2, 0, 2, 3] : [0, 2, 1, 0, 3, 2]),
    });
    // A sheet 0.3 mm over a larger one: the middles of its two triangles lie on the deeper face.
    const shallow = square(0.02, 0.0003);
    const deep = square(0.05, 0);
    const before = Float32Array.from(shallow.positions);
    expect(clearTriangles(shallow, deep)).toBeGreaterThan(0);
    expect(Array.from(shallow.positions)).toEqual(Array.from(before));
    // Under each middle (±6.7 mm from the centre) the deeper surface is now 0.6 mm down; it
    // moved straight down, not sideways.
    const d = deep.positions;
    const heightAt = (x: number, y: number) => {
      // The deeper square's triangle under (x, y): (0, 1, 2) below the diagonal, (0, 2, 3) above.
      const [a, b, c] = (y <= x ? [0, 1, 2] : [0, 2, 3]).map((v) => 3 * v) as [number, number, number];
      const [ax, ay, az, bx, by, bz, cx, cy, cz] = [a, a + 1, a + 2, b, b + 1, b + 2, c, c + 1, c + 2].map(
        (i) => d[i]!,
      );
      const den = (by! - cy!) * (ax! - cx!) + (cx! - bx!) * (ay! - cy!);
      const wa = ((by! - cy!) * (x - cx!) + (cx! - bx!) * (y - cy!)) / den;
      const wb = ((cy! - ay!) * (x - cx!) + (ax! - cx!) * (y - cy!)) / den;
      return wa * az! + wb * bz! + (1 - wa - wb) * cz!;
    };
    for (const [x, y] of [
      [0.0067, -0.0067],
      [-0.0067, 0.0067],
    ] as const) {
      expect(0.0003 - heightAt(x, y)).toBeGreaterThan(0.0006 - 1e-6);
    }
    for (let i = 0; i < d.length; i += 3) {
      expect(Math.abs(d[i]!)).toBeCloseTo(0.05, 6);
      expect(Math.abs(d[i + 1]!)).toBeCloseTo(0.05, 6);
    }
    // Two sheets touching face to face (normals opposed) hide their contact: left alone.
    const under = square(0.05, 0, false);
    const kept = Float32Array.from(under.positions);
    expect(clearTriangles(square(0.02, 0.0003), under)).toBe(0);
    expect(Array.from(under.positions)).toEqual(Array.from(kept));
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
