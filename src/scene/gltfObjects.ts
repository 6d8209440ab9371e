/**
 * Turns a model file into three.js objects for merging (anatomyParts.ts): one object per node, with
 * its name, its extras as `userData` and its transform, and a mesh per triangle primitive holding
 * the position, normal and fibre attributes. Nothing else of the file is read (gltfGeometry.ts), so
 * the app ships this instead of three's general GLTFLoader.
 */
import { BufferAttribute, BufferGeometry, Group, Mesh, MeshBasicMaterial, type Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { isJsonObject } from '../domain/jsonObject';
import { type GltfGeometry, type GltfPrimitive, type MeshoptDecode, readGltfGeometry } from '../model/gltfGeometry';
import type { GltfFile } from '../model/gltfJson';

/** The glTF attributes the app reads, and the names its geometry gives them. */
const ATTRIBUTES: Readonly<Record<string, string>> = { POSITION: 'position', NORMAL: 'normal', _FIBRE: '_fibre' };

/** The model's objects: the scene's root, and the object made for each node (null when not in the scene). */
export interface GltfObjects {
  readonly root: Group;
  readonly objects: readonly (Object3D | null)[];
}

/** Resolves once the bundled meshopt decoder can run (it starts when this module is evaluated). */
export const gltfReaderReady: Promise<void> = MeshoptDecoder.ready;

const decodeMeshopt: MeshoptDecode = (target, count, stride, source, mode, filter) =>
  MeshoptDecoder.decodeGltfBuffer(target, count, stride, source, mode, filter);

function geometryOf(p: GltfPrimitive): BufferGeometry {
  const g = new BufferGeometry();
  for (const [name, a] of Object.entries(p.attributes)) {
    g.setAttribute(ATTRIBUTES[name] ?? name, new BufferAttribute(a.array, a.itemSize, a.normalized));
  }
  if (p.index) g.setIndex(new BufferAttribute(p.index, 1));
  return g;
}

/** Build the objects of read geometry (pure of the file: the geometry is already decoded). */
export function buildGltfObjects(geometry: GltfGeometry): GltfObjects {
  // Never drawn: the parts are merged and drawn with the app's materials.
  const material = new MeshBasicMaterial();
  const geometries = new Map<GltfPrimitive, BufferGeometry>();
  const shared = (p: GltfPrimitive) => {
    const g = geometries.get(p) ?? geometryOf(p);
    geometries.set(p, g);
    return g;
  };
  const objects: (Object3D | null)[] = geometry.nodes.map(() => null);
  const build = (i: number): Object3D => {
    const n = geometry.nodes[i]!;
    const [only] = n.primitives;
    const o: Object3D = n.primitives.length === 1 && only ? new Mesh(shared(only), material) : new Group();
    if (n.primitives.length > 1) for (const p of n.primitives) o.add(new Mesh(shared(p), material));
    o.name = n.name;
    o.userData = isJsonObject(n.extras) ? { ...n.extras } : {};
    if (n.matrix) {
      o.matrix.fromArray(n.matrix);
      o.matrixAutoUpdate = false;
    } else {
      o.position.fromArray(n.translation);
      o.quaternion.fromArray(n.rotation);
      o.scale.fromArray(n.scale);
    }
    objects[i] = o;
    for (const c of n.children) o.add(build(c));
    return o;
  };
  const root = new Group();
  for (const r of geometry.roots) root.add(build(r));
  return { root, objects };
}

/**
 * Read a checked model file into objects with the bundled meshopt decoder. Rejects with one plain
 * sentence when its geometry cannot be read.
 */
export async function readGltfObjects(file: GltfFile): Promise<GltfObjects> {
  await gltfReaderReady;
  const read = readGltfGeometry(file, Object.keys(ATTRIBUTES), decodeMeshopt);
  if (!read.ok) throw new Error(read.error);
  return buildGltfObjects(read.geometry);
}
