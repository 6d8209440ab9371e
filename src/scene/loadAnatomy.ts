/**
 * Loads a body's model file (`models/anatomy.glb` or `models/anatomy-female.glb`, meshopt-compressed,
 * quantised) with the decoder bundled into the app: nothing is fetched from another origin. The
 * chosen body's file is fetched early by the entry; the other one when the person switches.
 *
 * The file is read under its contract by `readAnatomyFile` and turned into three.js objects here,
 * the same tree (names, `userData` from extras, transforms) a general glTF loader would give.
 */
import { BufferAttribute, BufferGeometry, Group, Mesh, type Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { BodyId } from '../domain/body/bodyId';
import { type AnatomyFile, type FileAttribute, readAnatomyFile } from '../model/anatomyFile';
import { fetchModel, onModelProgress } from '../model/fetchModel';

const attribute = (a: FileAttribute) => new BufferAttribute(a.array, a.itemSize, a.normalized);

/** The three.js tree of a read model file. */
export function anatomyObject(file: AnatomyFile): Object3D {
  const build = (i: number): Object3D => {
    const n = file.nodes[i]!;
    let o: Object3D;
    if (n.mesh) {
      const geometry = new BufferGeometry();
      for (const [name, a] of Object.entries(n.mesh.attributes)) geometry.setAttribute(name, attribute(a));
      geometry.setIndex(attribute(n.mesh.index));
      o = new Mesh(geometry);
    } else o = new Group();
    o.name = n.name;
    o.userData = { ...n.extras };
    o.position.fromArray(n.translation);
    o.quaternion.fromArray(n.rotation);
    o.scale.fromArray(n.scale);
    for (const c of n.children) o.add(build(c));
    return o;
  };
  const root = new Group();
  for (const r of file.roots) root.add(build(r));
  return root;
}

/** Load a body's model; `onProgress` receives 0..1 as the file arrives. */
export async function loadAnatomy(body: BodyId, onProgress: (fraction: number) => void): Promise<Object3D> {
  const bytes = fetchModel(body);
  const stop = onModelProgress(onProgress);
  try {
    const [buffer] = await Promise.all([bytes, MeshoptDecoder.ready]);
    performance.mark('myotrace:model-fetched');
    const read = readAnatomyFile(new Uint8Array(buffer), MeshoptDecoder.decodeGltfBuffer);
    if (!read.ok) throw new Error(read.error);
    return anatomyObject(read.file);
  } finally {
    stop();
  }
}
