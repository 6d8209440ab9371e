/**
 * The app's model reader against an independent one: both body files read with gltfObjects.ts give
 * the same meshes, world positions, triangles, normals and fibres as @gltf-transform reads them
 * (tests/model/loadModel.ts). And the objects' tree, transforms and shared meshes on a small file.
 */
import { readFileSync } from 'node:fs';
import { type BufferAttribute, type Group, Matrix3, Mesh, type Object3D, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import { readGltf } from '../../src/model/gltfJson';
import { buildGltfObjects, readGltfObjects } from '../../src/scene/gltfObjects';
import { loadModel, MODEL_PATHS } from '../model/loadModel';

function meshesOf(root: Object3D): Map<string, Mesh> {
  root.updateMatrixWorld(true);
  const out = new Map<string, Mesh>();
  root.traverse((o) => {
    if (o instanceof Mesh) out.set(o.name, o);
  });
  return out;
}

/** The largest difference between two lists of numbers. */
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
};

describe.each(BODY_IDS)('reading the %s model file', (body) => {
  it('gives what @gltf-transform reads: meshes, positions, triangles, normals and fibres', async () => {
    const file = readGltf(new Uint8Array(readFileSync(MODEL_PATHS[body])));
    if (!file.ok) throw new Error(file.error);
    const [ours, reference] = await Promise.all([readGltfObjects(file), loadModel(MODEL_PATHS[body])]);
    const meshes = meshesOf(ours.root);
    expect(meshes.size).toBe(reference.length);
    const v = new Vector3();
    let position = 0;
    let normal = 0;
    let fibre = 0;
    for (const ref of reference) {
      const mesh = meshes.get(ref.name);
      if (!mesh) throw new Error(`no mesh ${ref.name}`);
      expect(mesh.userData).toEqual(ref.extras);
      const g = mesh.geometry;
      const pos = g.getAttribute('position') as BufferAttribute;
      expect(pos.count * 3).toBe(ref.positions.length);
      const world = new Float32Array(pos.count * 3);
      for (let i = 0; i < pos.count; i++)
        v.fromBufferAttribute(pos, i)
          .applyMatrix4(mesh.matrixWorld)
          .toArray(world, 3 * i);
      position = Math.max(position, maxDiff(world, ref.positions));
      expect(Array.from(g.index!.array)).toEqual(Array.from(ref.indices));
      const nm = new Matrix3().getNormalMatrix(mesh.matrixWorld);
      const nor = g.getAttribute('normal') as BufferAttribute | undefined;
      expect(Boolean(nor)).toBe(Boolean(ref.normals));
      if (nor && ref.normals) {
        const n = new Float32Array(nor.count * 3);
        for (let i = 0; i < nor.count; i++)
          v.fromBufferAttribute(nor, i)
            .applyMatrix3(nm)
            .normalize()
            .toArray(n, 3 * i);
        normal = Math.max(normal, maxDiff(n, ref.normals));
      }
      const fib = g.getAttribute('_fibre') as BufferAttribute | undefined;
      expect(Boolean(fib)).toBe(Boolean(ref.fibres));
      if (fib && ref.fibres) {
        const dm = new Matrix3().setFromMatrix4(mesh.matrixWorld);
        for (let i = 0; i < fib.count; i++) {
          v.set(fib.getX(i), fib.getY(i), fib.getZ(i)).applyMatrix3(dm).normalize();
          const r = ref.fibres.subarray(4 * i, 4 * i + 4);
          const len = Math.hypot(r[0]!, r[1]!, r[2]!) || 1;
          fibre = Math.max(
            fibre,
            Math.abs(v.x - r[0]! / len),
            Math.abs(v.y - r[1]! / len),
            Math.abs(v.z - r[2]! / len),
          );
          fibre = Math.max(fibre, Math.abs(fib.getW(i) - r[3]!));
        }
      }
    }
    // Metres: a hundredth of a millimetre. Unit vectors: the same to 1e-4.
    expect(position).toBeLessThan(1e-5);
    expect(normal).toBeLessThan(1e-4);
    expect(fibre).toBeLessThan(1e-4);
  });
});

describe('building objects from read geometry', () => {
  const square = {
    attributes: { POSITION: { array: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), itemSize: 3, normalized: false } },
    index: null,
  };
  const other = {
    attributes: {
      POSITION: { array: new Int16Array([0, 0, 0, 32767, 0, 0, 0, 32767, 0]), itemSize: 3, normalized: true },
      _FIBRE: { array: new Int8Array([127, 0, 0, 127, 0, 127, 0, 0, 0, 0, 127, 64]), itemSize: 4, normalized: true },
    },
    index: new Uint16Array([0, 1, 2]),
  };
  const node = {
    extras: undefined,
    children: [],
    matrix: null,
    translation: [0, 0, 0],
    rotation: [0, 0, 0, 1],
    scale: [1, 1, 1],
  } as const;
  const built = buildGltfObjects({
    nodes: [
      { ...node, name: 'root', children: [1, 2], translation: [1, 0, 0], scale: [2, 2, 2], primitives: [] },
      {
        ...node,
        name: 'one',
        extras: { kind: 'muscle' },
        matrix: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 3, 0, 1],
        primitives: [square],
      },
      { ...node, name: 'two', extras: ['not', 'an', 'object'], primitives: [square, other] },
      { ...node, name: 'again', primitives: [square] },
      { ...node, name: 'not shown', primitives: [square] },
    ],
    roots: [0, 3],
  });

  it('makes one object per node in the scene, under its parent, with its name and extras', () => {
    const { root, objects } = built;
    expect(root.children.map((c) => c.name)).toEqual(['root', 'again']);
    expect(objects.map((o) => o?.name ?? null)).toEqual(['root', 'one', 'two', 'again', null]);
    expect(objects[1]!.parent).toBe(objects[0]);
    expect(objects[1]!.userData).toEqual({ kind: 'muscle' });
    expect(objects[2]!.userData).toEqual({});
  });

  it('gives a node of one primitive as a mesh, and a node of several a group of meshes', () => {
    const [, one, two] = built.objects as Object3D[];
    expect(one).toBeInstanceOf(Mesh);
    expect((two as Group).isGroup).toBe(true);
    expect(two!.children.length).toBe(2);
    // The same primitive gives the same geometry wherever it is shown.
    expect((two!.children[0] as Mesh).geometry).toBe((one as Mesh).geometry);
    const g = (two!.children[1] as Mesh).geometry;
    expect(g.getAttribute('position')!.normalized).toBe(true);
    expect(g.getAttribute('_fibre')!.getW(2)).toBeCloseTo(64 / 127);
    expect(Array.from(g.index!.array)).toEqual([0, 1, 2]);
  });

  it('places nodes by their matrix or their translation, rotation and scale', () => {
    built.root.updateMatrixWorld(true);
    const at = (o: Object3D, x: number, y: number, z: number) => new Vector3(x, y, z).applyMatrix4(o.matrixWorld);
    // "one": x2 and +1 along x from its parent, then +3 along y of its own.
    expect(at(built.objects[1]!, 1, 0, 0).toArray()).toEqual([3, 6, 0]);
    expect(at(built.objects[2]!, 0, 1, 0).toArray()).toEqual([1, 2, 0]);
  });
});
