import { readFileSync } from 'node:fs';
import { type BufferAttribute, type Mesh, type Object3D, Vector3 } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnatomyFile } from '../../src/model/anatomyFile';
import { anatomyObject } from '../../src/scene/loadAnatomy';
import { MODEL_PATHS } from '../model/loadModel';

/** Every mesh of a tree with its world matrix, by node name with the characters GLTFLoader drops removed. */
function meshes(root: Object3D): Map<string, Mesh> {
  root.updateMatrixWorld(true);
  const out = new Map<string, Mesh>();
  root.traverse((o) => {
    if ((o as Mesh).isMesh) out.set(o.name.replace(/[.\s]/g, ''), o as Mesh);
  });
  return out;
}

describe.each(Object.entries(MODEL_PATHS))('the %s model file', (_body, path) => {
  let ours: Map<string, Mesh>;
  let theirs: Map<string, Mesh>;
  beforeAll(async () => {
    await MeshoptDecoder.ready;
    const bytes = new Uint8Array(readFileSync(path));
    const read = readAnatomyFile(bytes, MeshoptDecoder.decodeGltfBuffer);
    if (!read.ok) throw new Error(read.error);
    ours = meshes(anatomyObject(read.file));
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    theirs = meshes((await loader.parseAsync(bytes.slice().buffer, '')).scene);
  });

  it("gives the same meshes as three's GLTFLoader: names, extras, world vertices, normals, fibres, triangles", () => {
    expect(ours.size).toBeGreaterThan(300);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    const a = new Vector3();
    const b = new Vector3();
    for (const [name, mine] of ours) {
      const other = theirs.get(name)!;
      // (GLTFLoader also copies the node's raw name into userData; nothing reads it.)
      const { name: _raw, ...extras } = other.userData;
      expect(mine.userData, name).toEqual(extras);
      expect(mine.matrixWorld.elements, name).toEqual(other.matrixWorld.elements);
      const g = mine.geometry;
      const h = other.geometry;
      expect(Object.keys(g.attributes).sort(), name).toEqual(Object.keys(h.attributes).sort());
      for (const key of Object.keys(g.attributes)) {
        const x = g.attributes[key] as BufferAttribute;
        const y = h.attributes[key] as BufferAttribute;
        expect([x.count, x.itemSize, x.normalized], `${name} ${key}`).toEqual([y.count, y.itemSize, y.normalized]);
        for (let i = 0; i < x.count; i++) {
          for (let c = 0; c < x.itemSize; c++) {
            if (x.getComponent(i, c) !== y.getComponent(i, c))
              expect(x.getComponent(i, c), `${name} ${key}[${i}]`).toBe(y.getComponent(i, c));
          }
        }
      }
      expect(Array.from(g.index!.array), name).toEqual(Array.from(h.index!.array));
      // And the first vertex lands in the same place in the world.
      a.fromBufferAttribute(g.attributes.position as BufferAttribute, 0).applyMatrix4(mine.matrixWorld);
      b.fromBufferAttribute(h.attributes.position as BufferAttribute, 0).applyMatrix4(other.matrixWorld);
      expect(a.distanceTo(b), name).toBe(0);
    }
  });
});
