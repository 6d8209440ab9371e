import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { MUSCLE_SHAPES } from '../../scripts/model/data/shapes';
import { edgeCheck } from '../../scripts/model/meshOps';
import { BODY_IDS, type BodyId } from '../../src/domain/body/bodyId';
import { bodyDistanceOf } from '../../src/domain/body/bodyShape';
import { owningSegment, toLeft } from '../../src/domain/body/envelope';
import { BODY_PROFILES } from '../../src/domain/body/profiles';
import type { SegmentId } from '../../src/domain/body/segments';
import { unwarpPoint, warpPoint } from '../../src/domain/body/warp';
import { MUSCLE_IDS, REGION_IDS } from '../../src/domain/ids';
import { getMuscle, MUSCLES, REGIONS } from '../../src/domain/knowledgeBase';
import { regionAt } from '../../src/domain/regionAt';
import type { BodyArea, Vec3 } from '../../src/domain/types';
import { loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

function centroid(m: ModelMesh): Vec3 {
  let x = 0;
  let y = 0;
  let z = 0;
  const n = m.positions.length / 3;
  for (let i = 0; i < n; i++) {
    x += m.positions[3 * i] as number;
    y += m.positions[3 * i + 1] as number;
    z += m.positions[3 * i + 2] as number;
  }
  return [x / n, y / n, z / n];
}

/** Body segments a muscle of each area may have its centre in. */
const AREA_SEGMENTS: Record<BodyArea, SegmentId[]> = {
  head: ['head', 'neck'],
  neck: ['neck', 'head', 'trunk', 'shoulder'],
  // The upper trapezius's descending fibres cover the back of the neck from the occiput down.
  shoulder: ['trunk', 'shoulder', 'upper_arm', 'neck'],
  chest: ['trunk', 'shoulder'],
  arm: ['upper_arm', 'forearm'],
  forearm: ['forearm', 'upper_arm', 'hand'],
  hand: ['hand', 'thumb'],
  abdomen: ['trunk'],
  back: ['trunk', 'neck'],
  hip: ['trunk', 'thigh'],
  thigh: ['thigh', 'trunk', 'leg'],
  leg: ['leg', 'thigh', 'foot'],
  foot: ['foot', 'leg'],
};

/** Each body's meshes once loaded, for comparing the bodies at the end. */
const loaded = new Map<BodyId, ModelMesh[]>();

describe.each(BODY_IDS)('the %s body', (body) => {
  const MODEL_PATH = MODEL_PATHS[body];
  const profile = BODY_PROFILES[body];
  let meshes: ModelMesh[] = [];
  beforeAll(async () => {
    meshes = await loadModel(MODEL_PATH);
    loaded.set(body, meshes);
  }, 60000);

  const kind = (k: string) => meshes.filter((m) => m.extras.kind === k);

  describe('model file contract', () => {
    it('has a mesh for every knowledge-base muscle on the right sides, and nothing unknown', () => {
      const seen = new Set(kind('muscle').map((m) => `${m.extras.muscleId}.${m.extras.side}`));
      for (const muscle of MUSCLES) {
        const sides = muscle.bilateral ? ['left', 'right'] : ['midline'];
        for (const side of sides) expect(seen, `${muscle.id}.${side}`).toContain(`${muscle.id}.${side}`);
      }
      for (const m of kind('muscle')) {
        expect(MUSCLE_IDS as readonly unknown[], m.name).toContain(m.extras.muscleId);
        const muscle = getMuscle(m.extras.muscleId as (typeof MUSCLE_IDS)[number]);
        expect(muscle.bilateral ? ['left', 'right'] : ['midline']).toContain(m.extras.side);
      }
    });

    it('has skin for every region on the right sides, and nothing unknown', () => {
      const seen = new Set(kind('region').map((m) => `${m.extras.regionId}.${m.extras.side}`));
      for (const region of REGIONS) {
        for (const side of region.bilateral ? ['left', 'right'] : ['midline']) {
          expect(seen, `${region.id}.${side}`).toContain(`${region.id}.${side}`);
        }
      }
      for (const m of kind('region')) expect(REGION_IDS as readonly unknown[]).toContain(m.extras.regionId);
    });

    it('names every node readably and uniquely, and marks every mesh with its kind', () => {
      const names = meshes.map((m) => m.name);
      expect(new Set(names).size).toBe(names.length);
      for (const m of meshes) {
        expect(['muscle', 'bone', 'region']).toContain(m.extras.kind);
        expect(m.name).toMatch(/^[a-z0-9_]+(\.(left|right))?$/);
        expect(['left', 'right', 'midline']).toContain(m.extras.side);
      }
      expect(kind('bone').length).toBeGreaterThanOrEqual(30);
    });

    it('stays within the budgets: ≤ 200k triangles, ≤ 1.5 MB, ≤ 600 KB gzipped', () => {
      const tris = meshes.reduce((n, m) => n + m.indices.length / 3, 0);
      expect(tris).toBeLessThanOrEqual(200_000);
      expect(statSync(MODEL_PATH).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
      expect(gzipSync(readFileSync(MODEL_PATH), { level: 9 }).length).toBeLessThanOrEqual(600 * 1024);
    });
  });

  describe('model geometry', () => {
    it('has closed, consistently wound muscle and bone meshes', () => {
      const bad: string[] = [];
      for (const m of [...kind('muscle'), ...kind('bone')]) {
        const e = edgeCheck(m.indices);
        // Closed and oriented: every edge is used as often in one direction as in the other.
        // A few pinches (edges shared by four triangles where thin sheets touch) are tolerated.
        if (e.unmatched > 0 || e.nonManifold > Math.max(12, e.edges * 0.02)) bad.push(`${m.name} ${JSON.stringify(e)}`);
      }
      expect(bad).toEqual([]);
    });

    it('mirrors left and right within a millimetre', () => {
      const byName = new Map(meshes.map((m) => [m.name, m]));
      for (const left of meshes.filter((m) => m.extras.side === 'left' && m.extras.kind !== 'region')) {
        const right = byName.get(left.name.replace(/\.left$/, '.right'));
        expect(right, left.name).toBeDefined();
        if (!right) continue;
        expect(right.positions.length).toBe(left.positions.length);
        // Vertex order may differ (the writer reorders each mesh), so compare as point sets.
        const cell = 0.002;
        const grid = new Map<string, number[]>();
        const keyOf = (x: number, y: number, z: number) =>
          `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
        for (let i = 0; i < right.positions.length; i += 3) {
          const k = keyOf(
            right.positions[i] as number,
            right.positions[i + 1] as number,
            right.positions[i + 2] as number,
          );
          const list = grid.get(k) ?? [];
          list.push(i);
          grid.set(k, list);
        }
        let worst = 0;
        for (let i = 0; i < left.positions.length; i += 3) {
          const x = -(left.positions[i] as number);
          const y = left.positions[i + 1] as number;
          const z = left.positions[i + 2] as number;
          let best = Number.POSITIVE_INFINITY;
          for (let dx = -1; dx <= 1; dx++)
            for (let dy = -1; dy <= 1; dy++)
              for (let dz = -1; dz <= 1; dz++) {
                for (const j of grid.get(keyOf(x + dx * cell, y + dy * cell, z + dz * cell)) ?? []) {
                  best = Math.min(
                    best,
                    Math.hypot(
                      x - (right.positions[j] as number),
                      y - (right.positions[j + 1] as number),
                      z - (right.positions[j + 2] as number),
                    ),
                  );
                }
              }
          worst = Math.max(worst, best);
        }
        expect(worst, left.name).toBeLessThan(0.001);
      }
    });

    it('puts each muscle in its body segment, near the line between its attachments', () => {
      const shapes = new Map(MUSCLE_SHAPES.map((s) => [s.id, s]));
      const problems: string[] = [];
      for (const m of kind('muscle').filter((x) => x.extras.side !== 'right')) {
        const id = m.extras.muscleId as (typeof MUSCLE_IDS)[number];
        const c = centroid(m);
        const seg = owningSegment(toLeft(unwarpPoint(profile, c)).p).segment.id;
        if (!AREA_SEGMENTS[getMuscle(id).area].includes(seg)) problems.push(`${id}: centre in ${seg}`);
        const shape = shapes.get(id);
        if (!shape) continue;
        const mean = (line: readonly Vec3[]): Vec3 =>
          line.reduce<Vec3>(
            (a, p) => [a[0] + p[0] / line.length, a[1] + p[1] / line.length, a[2] + p[2] / line.length],
            [0, 0, 0],
          );
        if (shape.midline) continue;
        // The line between the attachments, through the points the muscle wraps around.
        const line = [mean(shape.from), ...(shape.via ?? []).map(mean), mean(shape.to)].map((p) =>
          warpPoint(profile, p),
        );
        let len = 0;
        let off = Number.POSITIVE_INFINITY;
        for (let i = 0; i + 1 < line.length; i++) {
          const a = line[i] as Vec3;
          const b = line[i + 1] as Vec3;
          const ab: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
          const l2 = ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2;
          len += Math.sqrt(l2);
          const t = Math.max(
            0,
            Math.min(1, ((c[0] - a[0]) * ab[0] + (c[1] - a[1]) * ab[1] + (c[2] - a[2]) * ab[2]) / (l2 || 1)),
          );
          off = Math.min(off, Math.hypot(c[0] - a[0] - ab[0] * t, c[1] - a[1] - ab[1] * t, c[2] - a[2] - ab[2] * t));
        }
        if (off > Math.max(0.03, 0.25 * len)) problems.push(`${id}: centre ${(off * 100).toFixed(1)} cm off its line`);
      }
      expect(problems).toEqual([]);
    });

    it('keeps every muscle under the skin', () => {
      const poking: string[] = [];
      for (const m of kind('muscle')) {
        let worst = -1;
        for (let i = 0; i < m.positions.length; i += 3) {
          worst = Math.max(
            worst,
            bodyDistanceOf(body, [
              m.positions[i] as number,
              m.positions[i + 1] as number,
              m.positions[i + 2] as number,
            ]),
          );
        }
        if (worst > 0.0005) poking.push(`${m.name} ${(worst * 1000).toFixed(1)} mm`);
      }
      expect(poking).toEqual([]);
    });

    it('agrees with regionAt on at least 98 % of sampled skin points', () => {
      let seed = 12345;
      const rand = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      // Points spread uniformly over the skin's area.
      const tris: { m: ModelMesh; t: number }[] = [];
      const cumulative: number[] = [];
      let area = 0;
      for (const m of kind('region')) {
        const P = m.positions;
        for (let t = 0; t < m.indices.length / 3; t++) {
          const [a, b, c] = [0, 1, 2].map((k) => 3 * (m.indices[3 * t + k] as number)) as [number, number, number];
          const u = [0, 1, 2].map((k) => (P[b + k] as number) - (P[a + k] as number));
          const v = [0, 1, 2].map((k) => (P[c + k] as number) - (P[a + k] as number));
          const cx = (u[1] as number) * (v[2] as number) - (u[2] as number) * (v[1] as number);
          const cy = (u[2] as number) * (v[0] as number) - (u[0] as number) * (v[2] as number);
          const cz = (u[0] as number) * (v[1] as number) - (u[1] as number) * (v[0] as number);
          area += Math.hypot(cx, cy, cz) / 2;
          tris.push({ m, t });
          cumulative.push(area);
        }
      }
      let total = 0;
      let agree = 0;
      for (let s = 0; s < 6000; s++) {
        const target = rand() * area;
        let lo = 0;
        let hi = cumulative.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((cumulative[mid] as number) < target) lo = mid + 1;
          else hi = mid;
        }
        const { m, t } = tris[lo] as { m: ModelMesh; t: number };
        let u = rand();
        let v = rand();
        if (u + v > 1) {
          u = 1 - u;
          v = 1 - v;
        }
        const p = [0, 1, 2].map((k) => {
          const a = m.positions[3 * (m.indices[3 * t] as number) + k] as number;
          const b = m.positions[3 * (m.indices[3 * t + 1] as number) + k] as number;
          const c = m.positions[3 * (m.indices[3 * t + 2] as number) + k] as number;
          return a + (b - a) * u + (c - a) * v;
        }) as unknown as Vec3;
        const hit = regionAt(p, body);
        total++;
        if (hit.regionId === m.extras.regionId && hit.side === m.extras.side) agree++;
      }
      expect(total).toBeGreaterThan(1000);
      expect(agree / total).toBeGreaterThanOrEqual(0.98);
    });
  });
});

describe('the two bodies', () => {
  const skinTop = (meshes: readonly ModelMesh[]) => {
    let top = 0;
    for (const m of meshes.filter((x) => x.extras.kind === 'region')) {
      for (let i = 1; i < m.positions.length; i += 3) top = Math.max(top, m.positions[i] as number);
    }
    return top;
  };

  it('have the same nodes (names and extras) and the same muscle and bone meshes', () => {
    const male = loaded.get('male') ?? [];
    const female = loaded.get('female') ?? [];
    expect(male.length).toBeGreaterThan(100);
    expect(female.map((m) => [m.name, m.extras])).toEqual(male.map((m) => [m.name, m.extras]));
    // Muscles and bones are the male ones moved; the skin gains triangles only under the breast contour.
    const tris = (meshes: ModelMesh[], kinds: string[]) =>
      meshes.filter((m) => kinds.includes(m.extras.kind as string)).map((m) => m.indices.length / 3);
    expect(tris(female, ['muscle', 'bone'])).toEqual(tris(male, ['muscle', 'bone']));
    const skin = (meshes: ModelMesh[]) => tris(meshes, ['region']).reduce((a, b) => a + b, 0);
    expect(skin(female)).toBeGreaterThan(skin(male));
    expect(skin(female)).toBeLessThan(skin(male) * 1.25);
  });

  it('stand at their own statures: the top of the skin at 1.75 m and 1.625 m', () => {
    expect(skinTop(loaded.get('male') ?? [])).toBeCloseTo(BODY_PROFILES.male.stature, 2);
    expect(skinTop(loaded.get('female') ?? [])).toBeCloseTo(BODY_PROFILES.female.stature, 2);
  });
});
