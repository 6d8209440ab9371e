import { beforeAll, describe, expect, it } from 'vitest';
import { MUSCLE_SHAPES } from '../../scripts/model/data/shapes';
import { mirrorMesh } from '../../scripts/model/meshOps';
import type { MuscleShape } from '../../scripts/model/muscleShape';
import { fibreField, tendonWeight } from '../../scripts/model/muscles';
import type { Vec3 } from '../../scripts/model/vec';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import { loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

/** int8 rounding moves each component by at most 0.5/127: the length by under 1%. */
const UNIT_TOLERANCE = 0.01;

describe.each(BODY_IDS)('fibre attribute of the %s model file', (body) => {
  let meshes: ModelMesh[] = [];
  beforeAll(async () => {
    meshes = await loadModel(MODEL_PATHS[body]);
  }, 60000);

  const muscles = () => meshes.filter((m) => m.extras.kind === 'muscle');

  it('gives every muscle vertex a unit fibre direction, and nothing else a fibre', () => {
    expect(muscles().length).toBeGreaterThan(100);
    for (const m of muscles()) {
      const f = m.fibres;
      expect(f, m.name).toBeDefined();
      expect(f!.length, m.name).toBe((m.positions.length / 3) * 4);
      for (let i = 0; i < f!.length; i += 4) {
        const l = Math.hypot(f![i] as number, f![i + 1] as number, f![i + 2] as number);
        if (Math.abs(l - 1) > UNIT_TOLERANCE) expect.fail(`${m.name} vertex ${i / 4}: |fibre| = ${l}`);
      }
    }
    for (const m of meshes.filter((x) => x.extras.kind !== 'muscle')) expect(m.fibres, m.name).toBeUndefined();
  });

  it('weighs tendon within [0, 1]; muscles have both tendon and belly', () => {
    let withTendon = 0;
    for (const m of muscles()) {
      const f = m.fibres!;
      let tendon = 0;
      let belly = 0;
      for (let i = 3; i < f.length; i += 4) {
        const w = f[i] as number;
        if (w < 0 || w > 1) expect.fail(`${m.name}: tendon weight ${w}`);
        if (w > 0.9) tendon++;
        if (w < 0.1) belly++;
      }
      expect(belly, m.name).toBeGreaterThan(f.length / 4 / 20);
      if (tendon > 0) withTendon++;
    }
    expect(withTendon).toBeGreaterThan(muscles().length * 0.8);
  });

  it('runs along the muscle, and mirrors with it', () => {
    const mean = (m: ModelMesh): Vec3 => {
      const f = m.fibres!;
      const s = [0, 0, 0];
      for (let i = 0; i < f.length; i += 4) for (let k = 0; k < 3; k++) s[k] = (s[k] as number) + (f[i + k] as number);
      const [x, y, z] = s as [number, number, number];
      const l = Math.hypot(x, y, z);
      return [x / l, y / l, z / l];
    };
    const byName = (n: string) => meshes.find((m) => m.name === n)!;
    // The biceps runs down the arm: from the shoulder blade to the forearm.
    const biceps = mean(byName('biceps_brachii.left'));
    expect(biceps[1]).toBeLessThan(-0.9);
    const right = mean(byName('biceps_brachii.right'));
    expect(right[0]).toBeCloseTo(-biceps[0], 2);
    expect(right[1]).toBeCloseTo(biceps[1], 2);
    expect(right[2]).toBeCloseTo(biceps[2], 2);
  });
});

describe('fibre field of the generator', () => {
  const shape: MuscleShape = {
    ...(MUSCLE_SHAPES[0] as MuscleShape),
    thickness: 0.01,
    tendon: [0.1, 0.2],
  };
  const path = {
    points: Array.from({ length: 11 }, (_, i): Vec3 => [0, 1 - i * 0.02, 0]),
    radii: Array.from({ length: 11 }, () => 0.01),
  };

  it('weighs the tendons of the radius profile 1 and the belly 0', () => {
    expect(tendonWeight(shape, 0)).toBe(1);
    expect(tendonWeight(shape, 1)).toBe(1);
    expect(tendonWeight(shape, 0.5)).toBe(0);
    expect(tendonWeight(shape, 0.05)).toBeGreaterThan(0.95);
    expect(tendonWeight(shape, 0.85)).toBeGreaterThan(0.95);
    expect(tendonWeight({ ...shape, tendon: [0, 0.2] }, 0)).toBe(0);
  });

  it('points each vertex along the nearest fibre, from origin to insertion', () => {
    const positions = new Float32Array([0.01, 0.99, 0, 0, 0.9, -0.01, 0.01, 0.81, 0]);
    const f = fibreField(positions, shape, [path]);
    for (let v = 0; v < 3; v++) {
      expect(f[4 * v]).toBeCloseTo(0, 6);
      expect(f[4 * v + 1]).toBeCloseTo(-1, 6);
    }
    expect(f[3]).toBeGreaterThan(0.95);
    expect(f[7]).toBe(0);
    expect(f[11]).toBeGreaterThan(0.95);
  });

  it('flips x of the fibre when the mesh is mirrored', () => {
    const mesh = {
      positions: new Float32Array([0.1, 0, 0]),
      normals: new Float32Array([1, 0, 0]),
      indices: new Uint32Array([0, 0, 0]),
      fibres: new Float32Array([0.6, 0.8, 0, 0.5]),
    };
    expect([...mirrorMesh(mesh).fibres!]).toEqual([...new Float32Array([-0.6, 0.8, 0, 0.5])]);
  });
});
