/**
 * Fuzzing the parsers of a person's own model: the mapping file, the glTF/GLB reader, its geometry
 * reader and the node mapping. 10,000 random and mutated inputs each: no exception, and a normalised result.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MUSCLE_IDS, REGION_IDS } from '../../src/domain/ids';
import { readGltfGeometry } from '../../src/model/gltfGeometry';
import { type ModelNode, readGltf } from '../../src/model/gltfJson';
import { type MappedPart, type MappingEntry, mapModel, parseModelMapping } from '../../src/model/mapModel';
import { makeFuzzer } from '../support/fuzz';
import { makeBoxesGlb } from './ownModelFixture';

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz_:,.=&#%{}[]"\\ -0123456789LR\u0000\u00e9\u{1F600}<>/()'];
const { rand, pick, randomString, mutate } = makeFuzzer(20261206, ALPHABET);

/** The same for bytes. */
function mutateBytes(b: Uint8Array): Uint8Array {
  const out = Array.from(b);
  const edits = 1 + Math.floor(rand() * 6);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(rand() * (out.length + 1));
    const op = rand();
    if (op < 0.25) out.splice(i, 1 + Math.floor(rand() * 8));
    else if (op < 0.45) out.splice(i, 0, Math.floor(rand() * 256));
    else if (op < 0.6) out.length = Math.floor(rand() * out.length);
    else out[Math.min(i, out.length - 1)] = Math.floor(rand() * 256);
  }
  return Uint8Array.from(out);
}

const SIDES = ['left', 'right', 'midline'];

function expectPart(p: MappedPart | MappingEntry) {
  expect(['muscle', 'region', 'bone']).toContain(p.kind);
  if (p.kind === 'muscle') expect(MUSCLE_IDS as readonly string[]).toContain(p.id);
  if (p.kind === 'region') expect(REGION_IDS as readonly string[]).toContain(p.id);
  if (p.kind === 'bone') expect(p.id).toMatch(/^[a-z][a-z0-9_]{0,63}$/);
  if (p.side !== undefined) expect(SIDES).toContain(p.side);
}

const VALID_MAPPING = JSON.stringify({
  'Mesh.001': { muscleId: 'deltoid', side: 'left' },
  arm: { kind: 'muscle', muscleId: 'biceps_brachii', side: 'right' },
  skin: { regionId: 'outer_elbow', side: 'right' },
  bone: { boneId: 'humerus', side: 'left' },
});

describe('fuzzing the mapping-file parser', () => {
  it('survives 10,000 random and mutated files with a normalised result', () => {
    for (let i = 0; i < 10000; i++) {
      const input = i % 3 === 0 ? randomString(160) : mutate(VALID_MAPPING);
      const r = parseModelMapping(input);
      expect(Array.isArray(r.problems)).toBe(true);
      if (r.error) expect(r.entries.size).toBe(0);
      for (const e of r.entries.values()) expectPart(e);
      // Normalised: writing the entries back and reading them again gives the same entries.
      const again = parseModelMapping(
        JSON.stringify(
          Object.fromEntries(
            [...r.entries].map(([k, e]) => [
              k,
              { kind: e.kind, [`${e.kind}Id`]: e.id, ...(e.side ? { side: e.side } : {}) },
            ]),
          ),
        ),
      );
      if (r.entries.size) expect(again.entries).toEqual(r.entries);
    }
  });
});

let glb: Uint8Array;
beforeAll(async () => {
  glb = await makeBoxesGlb();
});

describe('fuzzing the glTF reader', () => {
  it('survives 10,000 random and mutated files with a clear answer', () => {
    let geometries = 0;
    const gltfText = new TextEncoder().encode(
      JSON.stringify({
        asset: { version: '2.0' },
        nodes: [
          { name: 'deltoid.left', mesh: 0, children: [1] },
          { name: 'Cube', mesh: 0 },
        ],
        buffers: [{ uri: 'data:application/octet-stream;base64,AAAA', byteLength: 3 }],
      }),
    );
    for (let i = 0; i < 10000; i++) {
      const kind = i % 4;
      const input =
        kind === 0
          ? new TextEncoder().encode(randomString(200))
          : kind === 1
            ? mutateBytes(gltfText)
            : kind === 2
              ? mutateBytes(glb)
              : Uint8Array.from({ length: Math.floor(rand() * 64) }, () => Math.floor(rand() * 256));
      const r = readGltf(input);
      if (!r.ok) {
        expect(typeof r.error).toBe('string');
        expect(r.error.length).toBeGreaterThan(10);
        continue;
      }
      expect(r.nodes.some((n) => n.hasMesh)).toBe(true);
      r.nodes.forEach((n, j) => {
        expect(typeof n.name).toBe('string');
        if (n.parent !== null) {
          expect(Number.isInteger(n.parent)).toBe(true);
          expect(n.parent).not.toBe(j);
          expect(n.parent).toBeLessThan(r.nodes.length);
        }
      });
      // The mapping of whatever was read is total too.
      const map = mapModel(r.nodes);
      expect(map.own).toHaveLength(r.nodes.length);
      // So is the geometry: a sentence, or triangles that stay inside their vertices.
      const g = readGltfGeometry(r, ['POSITION', 'NORMAL'], null);
      if (!g.ok) {
        expect(g.error).toMatch(/^This glTF file is damaged: .{8,}\.$/);
        continue;
      }
      geometries++;
      expect(g.geometry.nodes).toHaveLength(r.nodes.length);
      for (const n of g.geometry.nodes) {
        for (const p of n.primitives) {
          const vertices = p.attributes.POSITION!.array.length / 3;
          if (p.index) expect(Math.max(-1, ...p.index)).toBeLessThan(vertices);
        }
      }
    }
    // Some mutated files are still readable (an edit in a name, in padding), so both paths ran.
    expect(geometries).toBeGreaterThan(100);
  });
});

describe('fuzzing the node mapping', () => {
  const NAMES = ['deltoid.left', 'biceps_brachii.right', 'Diaphragm', 'left_temple', 'Cube', 'Deltoid_L', 'forehead'];
  const randomExtras = (): unknown => {
    const r = rand();
    if (r < 0.3) return undefined;
    if (r < 0.4) return randomString(20);
    if (r < 0.5) return [1, 2];
    return {
      kind: pick(['muscle', 'region', 'bone', 'x', 7]),
      [pick(['muscleId', 'regionId', 'boneId', 'id'])]: pick([...MUSCLE_IDS.slice(0, 5), 'temple', 'humerus', '', 3]),
      side: pick(['left', 'right', 'midline', 'L', 'up', undefined, null]),
    };
  };
  it('survives 10,000 random node lists with a normalised result', () => {
    for (let i = 0; i < 10000; i++) {
      const n = Math.floor(rand() * 8);
      const nodes: ModelNode[] = Array.from({ length: n }, () => ({
        name: rand() < 0.5 ? mutate(pick(NAMES)) : rand() < 0.5 ? pick(NAMES) : randomString(30),
        extras: randomExtras(),
        parent: rand() < 0.5 || n === 0 ? null : Math.floor(rand() * n),
        hasMesh: rand() < 0.8,
      }));
      const mapping = rand() < 0.3 ? parseModelMapping(mutate(VALID_MAPPING)) : undefined;
      const map = mapModel(nodes, mapping);
      expect(map.own).toHaveLength(n);
      for (const p of map.own) if (p) expectPart(p);
      for (const key of map.muscles) {
        const [id, side] = key.split('|');
        expect(MUSCLE_IDS as readonly string[]).toContain(id);
        expect(SIDES).toContain(side);
        expect(map.missing.some((m) => m.id === id && m.sides.includes(side as never))).toBe(false);
      }
      expect(new Set(map.unknown).size).toBe(map.unknown.length);
      // Normalised: mapping the same nodes again gives the same result.
      expect(mapModel(nodes, mapping)).toEqual(map);
    }
  });
});
