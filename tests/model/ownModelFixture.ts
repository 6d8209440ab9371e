/**
 * Test helper: a small "own model" made in the test with @gltf-transform/core — a few boxes, each a
 * named node, optionally with extras — as .glb bytes.
 */
import { Document, NodeIO, VertexLayout } from '@gltf-transform/core';

export interface BoxSpec {
  readonly name: string;
  /** Centre of the box in the model frame (metres). */
  readonly at: readonly [number, number, number];
  /** Half extents (metres). */
  readonly size?: readonly [number, number, number];
  readonly extras?: Record<string, unknown>;
}

/** The three boxes the end-to-end test opens: two named muscles and one node nobody knows. */
export const SAMPLE_BOXES: readonly BoxSpec[] = [
  { name: 'deltoid.left', at: [0.2, 1.4, 0], size: [0.05, 0.08, 0.05] },
  { name: 'biceps_brachii.right', at: [-0.2, 1.2, 0.02], size: [0.04, 0.12, 0.04] },
  { name: 'Cube', at: [0, 0.9, 0], size: [0.1, 0.1, 0.1] },
];

function boxGeometry(c: readonly number[], h: readonly number[]) {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  // Six faces, four vertices each, wound outwards.
  const faces: [number, number, number][] = [
    [0, 1, 2],
    [1, 2, 0],
    [2, 0, 1],
  ];
  for (const [a, b, n] of faces) {
    for (const sign of [1, -1]) {
      const base = positions.length / 3;
      const corners = [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ];
      for (const [u, v] of corners) {
        const p = [0, 0, 0];
        p[n] = sign;
        p[a] = u! * sign;
        p[b] = v!;
        positions.push(c[0]! + p[0]! * h[0]!, c[1]! + p[1]! * h[1]!, c[2]! + p[2]! * h[2]!);
        const nor = [0, 0, 0];
        nor[n] = sign;
        normals.push(...nor);
      }
      indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
    }
  }
  return { positions: new Float32Array(positions), normals: new Float32Array(normals), indices };
}

/** Build a .glb with one box node per spec (attributes interleaved, as @gltf-transform writes them by default). */
export async function makeBoxesGlb(
  boxes: readonly BoxSpec[] = SAMPLE_BOXES,
  layout: VertexLayout = VertexLayout.INTERLEAVED,
): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const scene = doc.createScene('own model');
  const material = doc.createMaterial('grey').setBaseColorFactor([0.8, 0.8, 0.8, 1]);
  for (const box of boxes) {
    const g = boxGeometry(box.at, box.size ?? [0.05, 0.05, 0.05]);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(g.positions).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(g.normals).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(g.indices)).setBuffer(buffer))
      .setMaterial(material);
    const node = doc.createNode(box.name).setMesh(doc.createMesh(box.name).addPrimitive(prim));
    if (box.extras) node.setExtras(box.extras);
    scene.addChild(node);
  }
  return new NodeIO().setVertexLayout(layout).writeBinary(doc);
}
