import { readFileSync } from 'node:fs';
import { MeshoptDecoder } from 'meshoptimizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { type MeshoptDecode, readAnatomyFile } from '../../src/model/anatomyFile';
import { MODEL_PATH } from './loadModel';

/** A .glb of the given JSON document and binary chunk. */
function glb(doc: unknown, bin: Uint8Array): Uint8Array {
  const pad = (b: Uint8Array, fill: number) => {
    const out = new Uint8Array(Math.ceil(b.length / 4) * 4).fill(fill);
    out.set(b);
    return out;
  };
  const json = pad(new TextEncoder().encode(JSON.stringify(doc)), 0x20);
  const data = pad(bin, 0);
  const out = new Uint8Array(12 + 8 + json.length + 8 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, out.length, true);
  view.setUint32(12, json.length, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.set(json, 20);
  view.setUint32(20 + json.length, data.length, true);
  view.setUint32(24 + json.length, 0x004e4942, true);
  out.set(data, 28 + json.length);
  return out;
}

interface TestDoc {
  asset: { version: string };
  extensionsRequired: string[];
  buffers: { byteLength: number }[];
  bufferViews: Record<string, unknown>[];
  accessors: Record<string, unknown>[];
  meshes: { primitives: { attributes: Record<string, number>; indices: number; mode: number }[] }[];
  nodes: Record<string, unknown>[];
  scenes: { nodes: number[] }[];
}

/** One triangle: positions as shorts with a stride of 8 bytes (as the generator writes them), u16 indices. */
function triangle(change: (doc: TestDoc) => void = () => undefined): Uint8Array {
  const bin = new Uint8Array(32);
  const view = new DataView(bin.buffer);
  [
    [0, 0, 0],
    [100, 0, 0],
    [0, 200, -300],
  ].forEach((p, i) => {
    p.forEach((v, c) => {
      view.setInt16(i * 8 + c * 2, v, true);
    });
  });
  for (const k of [0, 1, 2]) view.setUint16(24 + k * 2, k, true);
  const doc: TestDoc = {
    asset: { version: '2.0' },
    extensionsRequired: ['KHR_mesh_quantization'],
    buffers: [{ byteLength: 32 }],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: 24, byteStride: 8 },
      { buffer: 0, byteOffset: 24, byteLength: 6 },
    ],
    accessors: [
      { bufferView: 0, componentType: 5122, type: 'VEC3', count: 3, normalized: true },
      { bufferView: 1, componentType: 5123, type: 'SCALAR', count: 3 },
    ],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1, mode: 4 }] }],
    nodes: [
      { name: 'body', children: [1] },
      {
        name: 'deltoid.left',
        extras: { kind: 'muscle', muscleId: 'deltoid', side: 'left' },
        translation: [0.1, 1.4, 0],
        scale: [0.01, 0.01, 0.01],
        mesh: 0,
      },
    ],
    scenes: [{ nodes: [0] }],
  };
  change(doc);
  return glb(doc, bin);
}

const noDecoder: MeshoptDecode = () => {
  throw new Error('not compressed');
};
const errorOf = (bytes: Uint8Array, decode = noDecoder) => {
  const read = readAnatomyFile(bytes, decode);
  return read.ok ? null : read.error;
};

describe('readAnatomyFile', () => {
  it('reads nodes, extras, transforms and a strided attribute packed tight', () => {
    const read = readAnatomyFile(triangle(), noDecoder);
    if (!read.ok) throw new Error(read.error);
    const { nodes, roots } = read.file;
    expect(roots).toEqual([0]);
    expect(nodes[0]).toMatchObject({
      name: 'body',
      children: [1],
      mesh: null,
      scale: [1, 1, 1],
      rotation: [0, 0, 0, 1],
    });
    const muscle = nodes[1]!;
    expect(muscle.extras).toEqual({ kind: 'muscle', muscleId: 'deltoid', side: 'left' });
    expect(muscle.translation).toEqual([0.1, 1.4, 0]);
    const position = muscle.mesh!.attributes.position!;
    expect(position.array).toBeInstanceOf(Int16Array);
    expect(Array.from(position.array)).toEqual([0, 0, 0, 100, 0, 0, 0, 200, -300]);
    expect([position.itemSize, position.normalized]).toEqual([3, true]);
    expect(Array.from(muscle.mesh!.index.array)).toEqual([0, 1, 2]);
  });

  it.each([
    ['bytes that are not a .glb', () => new TextEncoder().encode('{"asset":{"version":"2.0"}}'), 'not a binary glTF'],
    ['a file cut short', () => triangle().subarray(0, 60), 'cut short'],
    ['a node with a matrix', () => triangle((d) => (d.nodes[1]!.matrix = new Array(16).fill(0))), 'matrix'],
    [
      'an attribute outside the contract',
      () => triangle((d) => (d.meshes[0]!.primitives[0]!.attributes.TEXCOORD_0 = 0)),
      'TEXCOORD_0',
    ],
    ['a triangle naming a missing vertex', () => triangle((d) => (d.accessors[0]!.count = 2)), 'missing vertices'],
    [
      'an extension it cannot read',
      () => triangle((d) => d.extensionsRequired.push('KHR_draco_mesh_compression')),
      'KHR_draco',
    ],
    ['nodes that loop', () => triangle((d) => (d.nodes[1]!.children = [0])), 'tree'],
    ['an accessor past its view', () => triangle((d) => (d.accessors[0]!.byteOffset = 8)), 'reaches past'],
    [
      'two primitives in a mesh',
      () => triangle((d) => d.meshes[0]!.primitives.push(d.meshes[0]!.primitives[0]!)),
      'one primitive',
    ],
    ['lines instead of triangles', () => triangle((d) => (d.meshes[0]!.primitives[0]!.mode = 1)), 'triangles'],
    ['a missing scene', () => triangle((d) => (d.scenes = [])), 'no scene'],
  ])('refuses %s with a plain sentence', (_what, bytes, words) => {
    const error = errorOf(bytes());
    expect(error).toMatch(/^The body's model file cannot be read: .+\.$/);
    expect(error).toContain(words);
  });

  it('says so when compressed data cannot be decoded', () => {
    const compressed = triangle((d) => {
      d.bufferViews[0] = {
        buffer: 0,
        byteOffset: 0,
        byteLength: 24,
        byteStride: 8,
        extensions: {
          EXT_meshopt_compression: {
            buffer: 0,
            byteOffset: 0,
            byteLength: 24,
            byteStride: 8,
            count: 3,
            mode: 'ATTRIBUTES',
          },
        },
      };
    });
    expect(errorOf(compressed)).toContain('cannot be decoded');
  });

  describe('on the real model file', () => {
    let bytes: Uint8Array;
    beforeAll(async () => {
      await MeshoptDecoder.ready;
      bytes = new Uint8Array(readFileSync(MODEL_PATH));
    });

    it('reads it', () => {
      const read = readAnatomyFile(bytes, MeshoptDecoder.decodeGltfBuffer);
      expect(read.ok && read.file.nodes.filter((n) => n.mesh).length).toBeGreaterThan(300);
    });

    it('answers damaged copies with a result, never an exception', () => {
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
      for (let k = 0; k < 40; k++) {
        const copy = bytes.slice();
        for (let f = 0; f < 4; f++) copy[next() % copy.length] = next() % 256;
        const read = readAnatomyFile(copy, MeshoptDecoder.decodeGltfBuffer);
        if (!read.ok) expect(read.error).toMatch(/^The body's model file cannot be read: /);
      }
      expect(errorOf(bytes.subarray(0, bytes.length / 2), MeshoptDecoder.decodeGltfBuffer)).toContain('cut short');
    });
  });
});
