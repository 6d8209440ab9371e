/**
 * The glTF geometry reader on files made in the test: interleaved and separate attributes, sparse
 * accessors, strips and fans, embedded buffers, and damaged files (a sentence, never an exception).
 */
import { Document, NodeIO, VertexLayout } from '@gltf-transform/core';
import { MeshoptDecoder } from 'meshoptimizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GltfGeometryRead, type MeshoptDecode, readGltfGeometry } from '../../src/model/gltfGeometry';
import { type GltfFile, readGltf } from '../../src/model/gltfJson';
import { makeBoxesGlb, SAMPLE_BOXES } from './ownModelFixture';

const decode: MeshoptDecode = (target, count, stride, source, mode, filter) =>
  MeshoptDecoder.decodeGltfBuffer(target, count, stride, source, mode, filter);

beforeAll(() => MeshoptDecoder.ready);

function fileOf(bytes: Uint8Array): GltfFile {
  const r = readGltf(bytes);
  if (!r.ok) throw new Error(r.error);
  return r;
}

function geometryOf(read: GltfGeometryRead) {
  if (!read.ok) throw new Error(read.error);
  return read.geometry;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A text .gltf with one embedded buffer and the given document parts. */
function gltfText(bin: Uint8Array, parts: Record<string, unknown>): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify({
      asset: { version: '2.0' },
      buffers: [{ uri: `data:application/octet-stream;base64,${base64(bin)}`, byteLength: bin.byteLength }],
      ...parts,
    }),
  );
}

/** Four vertices of a unit square in the z = 0 plane, as float bytes. */
const SQUARE = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0]);

function squareFile(primitive: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const index = new Uint8Array([0, 1, 2, 3]);
  const bin = new Uint8Array(48 + 4);
  bin.set(new Uint8Array(SQUARE.buffer), 0);
  bin.set(index, 48);
  return gltfText(bin, {
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: 48 },
      { buffer: 0, byteOffset: 48, byteLength: 4 },
    ],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 4, type: 'VEC3' },
      { bufferView: 1, componentType: 5121, count: 4, type: 'SCALAR' },
    ],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, ...primitive }] }],
    nodes: [{ name: 'square', mesh: 0 }],
    ...extra,
  });
}

describe('reading the geometry of a glTF file', () => {
  it.each([
    ['interleaved', VertexLayout.INTERLEAVED],
    ['separate', VertexLayout.SEPARATE],
  ])('reads boxes written with %s attributes, names and extras', async (_, layout) => {
    const boxes = SAMPLE_BOXES.map((b, i) => (i === 0 ? { ...b, extras: { kind: 'muscle', muscleId: 'deltoid' } } : b));
    const bytes = await makeBoxesGlb(boxes, layout);
    const doc = await new NodeIO().readBinary(bytes);
    const g = geometryOf(readGltfGeometry(fileOf(bytes), ['POSITION', 'NORMAL'], null));
    expect(g.nodes.map((n) => n.name)).toEqual(boxes.map((b) => b.name));
    expect(g.roots).toEqual([0, 1, 2]);
    expect(g.nodes[0]!.extras).toEqual({ kind: 'muscle', muscleId: 'deltoid' });
    doc
      .getRoot()
      .listNodes()
      .forEach((node, i) => {
        const prim = node.getMesh()!.listPrimitives()[0]!;
        const [read] = g.nodes[i]!.primitives;
        expect(Array.from(read!.attributes.POSITION!.array)).toEqual(
          Array.from(prim.getAttribute('POSITION')!.getArray()!),
        );
        expect(Array.from(read!.attributes.NORMAL!.array)).toEqual(
          Array.from(prim.getAttribute('NORMAL')!.getArray()!),
        );
        expect(Array.from(read!.index!)).toEqual(Array.from(prim.getIndices()!.getArray()!));
        expect(read!.attributes.POSITION!.itemSize).toBe(3);
      });
  });

  it('leaves out the attributes it was not asked for', async () => {
    const g = geometryOf(readGltfGeometry(fileOf(await makeBoxesGlb()), ['POSITION'], null));
    expect(Object.keys(g.nodes[0]!.primitives[0]!.attributes)).toEqual(['POSITION']);
  });

  it('applies a sparse accessor over zeros', async () => {
    const doc = new Document();
    const buffer = doc.createBuffer();
    const values = new Float32Array(30);
    values.set([0.5, -1, 2], 9);
    values.set([7, 8, 9], 24);
    const prim = doc
      .createPrimitive()
      .setAttribute(
        'POSITION',
        doc.createAccessor().setType('VEC3').setArray(values).setSparse(true).setBuffer(buffer),
      );
    doc.createScene().addChild(doc.createNode('sparse').setMesh(doc.createMesh().addPrimitive(prim)));
    const bytes = await new NodeIO().writeBinary(doc);
    const file = fileOf(bytes);
    const accessor = (file.json.accessors as Record<string, unknown>[])[0]!;
    expect(accessor.sparse).toBeDefined();
    const g = geometryOf(readGltfGeometry(file, ['POSITION'], null));
    expect(Array.from(g.nodes[0]!.primitives[0]!.attributes.POSITION!.array)).toEqual(Array.from(values));
    expect(g.nodes[0]!.primitives[0]!.index).toBeNull();
  });

  it('turns strips and fans into triangle lists that keep their winding', () => {
    const strip = geometryOf(readGltfGeometry(fileOf(squareFile({ indices: 1, mode: 5 })), ['POSITION'], null));
    // glTF: strip triangle i is (i, i+1, i+2) when i is even, (i, i+2, i+1) when odd.
    expect(Array.from(strip.nodes[0]!.primitives[0]!.index!)).toEqual([0, 1, 2, 1, 3, 2]);
    const fan = geometryOf(readGltfGeometry(fileOf(squareFile({ mode: 6 })), ['POSITION'], null));
    expect(Array.from(fan.nodes[0]!.primitives[0]!.index!)).toEqual([0, 1, 2, 0, 2, 3]);
    // Points and lines are not triangles: left out.
    const lines = geometryOf(readGltfGeometry(fileOf(squareFile({ mode: 1 })), ['POSITION'], null));
    expect(lines.nodes[0]!.primitives).toEqual([]);
  });

  it('widens byte indices and keeps the triangle order', () => {
    const g = geometryOf(readGltfGeometry(fileOf(squareFile({ indices: 1 })), ['POSITION'], null));
    const index = g.nodes[0]!.primitives[0]!.index!;
    expect(index).toBeInstanceOf(Uint16Array);
    expect(Array.from(index)).toEqual([0, 1, 2, 3]);
  });

  it('reads node transforms and the scene’s roots', () => {
    const bytes = squareFile(
      {},
      {
        nodes: [
          { name: 'root', children: [1], translation: [1, 2, 3], rotation: [0, 0, 0.6, 0.8], scale: [2, 2, 2] },
          { name: 'square', mesh: 0, matrix: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 5, 0, 0, 1] },
          { name: 'not shown', mesh: 0 },
        ],
        scenes: [{ nodes: [0] }],
        scene: 0,
      },
    );
    const g = geometryOf(readGltfGeometry(fileOf(bytes), ['POSITION'], null));
    expect(g.roots).toEqual([0]);
    expect(g.nodes[0]!.children).toEqual([1]);
    expect(g.nodes[0]!.translation).toEqual([1, 2, 3]);
    expect(g.nodes[0]!.rotation).toEqual([0, 0, 0.6, 0.8]);
    expect(g.nodes[0]!.scale).toEqual([2, 2, 2]);
    expect(g.nodes[0]!.matrix).toBeNull();
    expect(g.nodes[1]!.matrix![12]).toBe(5);
    // Two nodes showing one mesh share its primitives.
    expect(g.nodes[2]!.primitives[0]).toBe(g.nodes[1]!.primitives[0]);
  });

  it('says what is wrong with damaged geometry instead of throwing', () => {
    const cases: [Record<string, unknown>, Record<string, unknown>, RegExp][] = [
      // An accessor that runs past its buffer view.
      [{}, { accessors: [{ bufferView: 0, componentType: 5126, count: 5, type: 'VEC3' }] }, /runs past its data/],
      // An index that points past the vertices (the bytes of the float 1.0: 0, 0, 128, 63).
      [
        { indices: 1 },
        {
          bufferViews: [
            { buffer: 0, byteLength: 48 },
            { buffer: 0, byteOffset: 12, byteLength: 4 },
          ],
        },
        /vertices it does not have/,
      ],
      // A buffer view past its buffer.
      [{}, { bufferViews: [{ buffer: 0, byteLength: 480 }] }, /runs past its buffer/],
      // A mesh the file does not have.
      [{}, { nodes: [{ mesh: 3 }] }, /meshes it does not have/],
      // A bad transform.
      [{}, { nodes: [{ mesh: 0, matrix: [1, 2] }] }, /matrix is not valid/],
      // Positions that are not 3D.
      [{}, { accessors: [{ bufferView: 0, componentType: 5126, count: 6, type: 'VEC2' }] }, /not 3D/],
      // A compressed view and no decoder.
      [
        {},
        {
          bufferViews: [
            {
              buffer: 0,
              byteLength: 48,
              extensions: {
                EXT_meshopt_compression: { buffer: 0, byteLength: 48, byteStride: 12, count: 4, mode: 'ATTRIBUTES' },
              },
            },
          ],
        },
        /no decoder/,
      ],
    ];
    for (const [primitive, extra, message] of cases) {
      const read = readGltfGeometry(fileOf(squareFile(primitive, extra)), ['POSITION'], null);
      expect(read.ok ? 'read' : read.error, String(message)).toMatch(message);
    }
  });

  it('refuses compressed data the decoder cannot read', () => {
    const bytes = squareFile(
      {},
      {
        bufferViews: [
          {
            buffer: 0,
            byteLength: 48,
            extensions: {
              EXT_meshopt_compression: { buffer: 0, byteLength: 48, byteStride: 12, count: 4, mode: 'ATTRIBUTES' },
            },
          },
        ],
      },
    );
    const read = readGltfGeometry(fileOf(bytes), ['POSITION'], decode);
    expect(read).toEqual({
      ok: false,
      error: 'This glTF file is damaged: a compressed buffer view cannot be decoded.',
    });
  });

  it('refuses an embedded buffer that is not base64', () => {
    const text = new TextDecoder()
      .decode(squareFile({}))
      .replace(/data:application\/octet-stream;base64,[^"]*/, 'data:text/plain,abc');
    const read = readGltfGeometry(fileOf(new TextEncoder().encode(text)), ['POSITION'], null);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/not base64/);
  });
});
