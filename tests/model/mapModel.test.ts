import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUSCLES } from '../../src/domain/knowledgeBase';
import { type ModelNode, readGltf } from '../../src/model/gltfJson';
import { mapModel, parseModelMapping, parseNodeName } from '../../src/model/mapModel';
import { MODEL_PATH } from './loadModel';
import { makeBoxesGlb, SAMPLE_BOXES } from './ownModelFixture';

const node = (name: string, extras?: unknown, parent: number | null = null, hasMesh = true): ModelNode => ({
  name,
  extras,
  parent,
  hasMesh,
});

describe('node names', () => {
  it('reads the common ways of naming a muscle and its side', () => {
    expect(parseNodeName('deltoid.left')).toEqual({ kind: 'muscle', id: 'deltoid', side: 'left' });
    expect(parseNodeName('Deltoid_L')).toEqual({ kind: 'muscle', id: 'deltoid', side: 'left' });
    expect(parseNodeName('biceps brachii (right)')).toEqual({ kind: 'muscle', id: 'biceps_brachii', side: 'right' });
    expect(parseNodeName('Biceps-Brachii.R.001')).toEqual({ kind: 'muscle', id: 'biceps_brachii', side: 'right' });
    expect(parseNodeName('left_temple')).toEqual({ kind: 'region', id: 'temple', side: 'left' });
    expect(parseNodeName('diaphragm')).toEqual({ kind: 'muscle', id: 'diaphragm' });
    expect(parseNodeName('Frontalis')).toEqual({ kind: 'muscle', id: 'frontalis' });
    expect(parseNodeName('Cube')).toBeNull();
    expect(parseNodeName('')).toBeNull();
  });
});

describe('mapping a model', () => {
  it('maps names, extras and a mapping file, strongest first', () => {
    const mapping = parseModelMapping(
      JSON.stringify({
        'Mesh 7': { muscleId: 'supinator', side: 'right' },
        'deltoid.left': { muscleId: 'teres_major' },
      }),
    );
    expect(mapping.problems).toEqual([]);
    const map = mapModel(
      [
        node('deltoid.left'),
        node('Mesh 7'),
        node('whatever', { kind: 'muscle', muscleId: 'anconeus', side: 'left' }),
        node('Cube'),
        node('diaphragm'),
      ],
      mapping,
    );
    expect(map.own).toEqual([
      { kind: 'muscle', id: 'teres_major', side: 'left' },
      { kind: 'muscle', id: 'supinator', side: 'right' },
      { kind: 'muscle', id: 'anconeus', side: 'left' },
      null,
      { kind: 'muscle', id: 'diaphragm', side: 'midline' },
    ]);
    expect(map.unknown).toEqual(['Cube']);
    expect([...map.muscles].sort()).toEqual([
      'anconeus|left',
      'diaphragm|midline',
      'supinator|right',
      'teres_major|left',
    ]);
    expect(map.missing.find((m) => m.id === 'teres_major')).toEqual({ id: 'teres_major', sides: ['right'] });
    expect(map.missing.find((m) => m.id === 'diaphragm')).toBeUndefined();
    expect(map.missing.find((m) => m.id === 'deltoid')).toEqual({ id: 'deltoid', sides: ['left', 'right'] });
  });

  it('gives a mesh the mapping of its nearest mapped ancestor, and survives a cycle', () => {
    const map = mapModel([
      node('deltoid.right', undefined, null, false),
      node('part a', undefined, 0),
      node('loop a', undefined, 3),
      node('loop b', undefined, 2),
    ]);
    expect(map.muscles).toEqual(['deltoid|right']);
    expect(map.unknown).toEqual(['loop a', 'loop b']);
  });

  it('needs a side for a paired structure', () => {
    const map = mapModel([node('deltoid'), node('x', { kind: 'muscle', muscleId: 'deltoid' })]);
    expect(map.muscles).toEqual([]);
    expect(map.unknown).toEqual(['deltoid', 'x']);
  });

  it('maps every node of MyoTrace’s own model and finds no muscle missing', () => {
    const r = readGltf(new Uint8Array(readFileSync(MODEL_PATH)));
    if (!r.ok) throw new Error(r.error);
    const map = mapModel(r.nodes);
    expect(map.unknown).toEqual([]);
    expect(map.missing).toEqual([]);
    expect(map.muscles.length).toBe(MUSCLES.reduce((n, m) => n + (m.bilateral ? 2 : 1), 0));
    expect(map.regionCount).toBeGreaterThan(50);
    expect(map.boneCount).toBeGreaterThan(20);
  });

  it('maps the sample boxes made in the test', async () => {
    const r = readGltf(await makeBoxesGlb());
    if (!r.ok) throw new Error(r.error);
    expect(r.nodes.map((n) => n.name)).toEqual(SAMPLE_BOXES.map((b) => b.name));
    const map = mapModel(r.nodes);
    expect([...map.muscles].sort()).toEqual(['biceps_brachii|right', 'deltoid|left']);
    expect(map.unknown).toEqual(['Cube']);
  });
});

describe('mapping files', () => {
  it('keeps good entries and names the bad ones', () => {
    const m = parseModelMapping(
      JSON.stringify({
        a: { muscleId: 'deltoid', side: 'left' },
        b: { regionId: 'temple', side: 'R' },
        c: { boneId: 'humerus', side: 'left', kind: 'bone' },
        d: { muscleId: 'wing' },
        e: { muscleId: 'deltoid', regionId: 'temple' },
        f: 'deltoid',
        g: { muscleId: 'deltoid', side: 'up' },
        h: { kind: 'region', muscleId: 'deltoid' },
        i: { boneId: '../etc' },
      }),
    );
    expect([...m.entries.keys()]).toEqual(['a', 'b', 'c']);
    expect(m.entries.get('b')).toEqual({ kind: 'region', id: 'temple', side: 'right' });
    expect(m.problems).toHaveLength(6);
    expect(m.problems.join(' ')).toContain('unknown muscle (wing)');
  });

  it('explains a file that is no mapping at all', () => {
    expect(parseModelMapping('').error).toMatch(/empty/);
    expect(parseModelMapping('{').error).toMatch(/not valid JSON/);
    expect(parseModelMapping('[1,2]').error).toMatch(/JSON object/);
    expect(parseModelMapping('"x"').error).toMatch(/JSON object/);
  });
});

describe('reading glTF files', () => {
  it('explains what is wrong with a file that cannot be used', async () => {
    const good = await makeBoxesGlb();
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array(), /empty/],
      [new TextEncoder().encode('hello, this is not a model'), /not a glTF/],
      [new TextEncoder().encode('{"asset":{"version":"1.0"}}'), /version 1\.0/],
      [new TextEncoder().encode('{"asset":{"version":"2.0"},"nodes":[{"name":"x"}]}'), /no meshes/],
      [
        new TextEncoder().encode(
          '{"asset":{"version":"2.0"},"buffers":[{"uri":"https://example.org/b.bin","byteLength":4}],"nodes":[{"mesh":0}]}',
        ),
        /refers to another file/,
      ],
      [
        new TextEncoder().encode(
          '{"asset":{"version":"2.0"},"extensionsRequired":["KHR_draco_mesh_compression"],"nodes":[{"mesh":0}]}',
        ),
        /KHR_draco_mesh_compression/,
      ],
      [
        // Copies of a mesh the reader would not make: refused rather than drawn once.
        new TextEncoder().encode(
          '{"asset":{"version":"2.0"},"extensionsRequired":["EXT_mesh_gpu_instancing"],"nodes":[{"mesh":0}]}',
        ),
        /EXT_mesh_gpu_instancing/,
      ],
      [good.slice(0, 16), /cut short/],
      [good.slice(0, good.length - 10), /cut short/],
    ];
    for (const [bytes, message] of cases) {
      const r = readGltf(bytes);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
    const damaged = good.slice();
    damaged[22] = 0x21; // inside the JSON
    damaged[23] = 0x21;
    const r = readGltf(damaged);
    expect(r.ok).toBe(false);
  });
});
