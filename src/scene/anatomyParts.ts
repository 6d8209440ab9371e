/**
 * Turns the loaded model into three merged meshes (skin, muscles, bones), one per kind, so the
 * whole body draws in a handful of calls. Each merged geometry remembers which vertex and index
 * ranges belong to which part (node) of the model, read from the node's glTF extras.
 */
import { Box3, BufferAttribute, BufferGeometry, Matrix3, type Mesh, type Object3D, Sphere, Vector3 } from 'three';
import { siteOf } from '../domain/explain/sites';
import type { PainSite } from '../domain/explain/types';
import type { MeshSide } from '../domain/highlightRole';
import { isMuscleId, isRegionId, type MuscleId, type RegionId } from '../domain/ids';
import { FIBRE_ATTRIBUTE } from './fibres';

/** The fibre attribute as gltfObjects.ts names it (the file's `_FIBRE`, lower-cased). */
const FIBRE_SOURCE = '_fibre';

export type PartKind = 'region' | 'muscle' | 'bone';

/** What a part of each kind stands for: a muscle on a side, a pain site, or a bone. */
interface PartIdentity {
  readonly muscle: { readonly kind: 'muscle'; readonly id: MuscleId; readonly side: MeshSide };
  /** A skin region: `site` is the pain site a click there selects. */
  readonly region: { readonly kind: 'region'; readonly id: RegionId; readonly side: MeshSide; readonly site: PainSite };
  readonly bone: { readonly kind: 'bone'; readonly id: string; readonly side: MeshSide };
}

/** Where a part lies inside its kind's merged geometry. */
interface PartPlace {
  readonly index: number;
  readonly name: string;
  readonly vertexStart: number;
  readonly vertexCount: number;
  /** Range in the original (part-ordered) index. */
  readonly indexStart: number;
  readonly indexCount: number;
  readonly box: Box3;
  /** Mean of the part's vertices (the anchor of its label). */
  readonly centroid: Vector3;
}

/** One node of the model inside a merged geometry, its id typed by its kind. */
export type Part<K extends PartKind = PartKind> = K extends PartKind ? PartIdentity[K] & PartPlace : never;

/** All parts of one kind, merged. */
export interface MergedKind<K extends PartKind = PartKind> {
  readonly kind: K;
  readonly parts: readonly Part<K>[];
  /**
   * Drawn geometry: position, normal, RGBA colour (and, for muscles of a model that has them,
   * the fibre direction and tendon weight of fibres.ts); its index is reordered for highlighting. */
  readonly geometry: BufferGeometry;
  /** The index in part order (ranges in `Part.indexStart`), kept to rebuild the drawn index. */
  readonly sourceIndex: Uint32Array;
  /** Geometry for picking: the same positions, its own index (the BVH may reorder it). */
  readonly pickGeometry: BufferGeometry;
  /** The part of each vertex. */
  readonly vertexPart: Uint16Array;
  readonly colors: Uint8Array;
  readonly box: Box3;
}

/** The merged parts of a loaded model, by kind (a kind with no parts is missing). */
export type MergedKinds = { readonly [K in PartKind]?: MergedKind<K> };

type Identity = PartIdentity[PartKind];

/** A mesh of the model and what it stands for. */
export interface Source {
  mesh: Mesh;
  identity: Identity;
}

/**
 * What a node stands for, read from its glTF extras; `null` for nodes that are not parts and for
 * ids the knowledge base does not know (or a paired region without a side), which are not drawn.
 */
function readExtras(o: Object3D): Identity | null {
  const u = o.userData as Record<string, unknown>;
  const kind = u.kind;
  const side = u.side === 'left' || u.side === 'right' ? u.side : 'midline';
  if (kind === 'muscle' && typeof u.muscleId === 'string' && isMuscleId(u.muscleId)) {
    return { kind, id: u.muscleId, side };
  }
  if (kind === 'bone' && typeof u.boneId === 'string') return { kind, id: u.boneId, side };
  if (kind === 'region' && typeof u.regionId === 'string' && isRegionId(u.regionId)) {
    const site = siteOf(u.regionId, side);
    return site ? { kind, id: u.regionId, side, site } : null;
  }
  return null;
}

/** Find the model's parts: meshes whose node (or an ancestor up to the root) carries extras. */
function collect(root: Object3D): Source[] {
  const out: Source[] = [];
  root.updateMatrixWorld(true);
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    let node: Object3D | null = mesh;
    while (node) {
      const extras = readExtras(node);
      if (extras) {
        out.push({ mesh, identity: extras });
        return;
      }
      node = node.parent;
    }
  });
  return out;
}

function partName(mesh: Mesh, id: string, side: MeshSide): string {
  let node: Object3D | null = mesh;
  while (node) {
    if (node.name && readExtras(node)) return node.name;
    node = node.parent;
  }
  return side === 'midline' ? id : `${id}.${side}`;
}

/** The model's parts to merge, by kind (in the model's order; a kind with no parts is missing). */
export type PartSources = Partial<Record<PartKind, readonly Source[]>>;

/** Find the parts of each kind in a loaded model, without merging them yet. */
export function collectParts(root: Object3D): PartSources {
  const sources = collect(root);
  const out: Partial<Record<PartKind, Source[]>> = {};
  for (const kind of ['region', 'muscle', 'bone'] as const) {
    const list = sources.filter((s) => s.identity.kind === kind);
    if (list.length) out[kind] = list;
  }
  return out;
}

/** Merge the parts of one kind into one geometry. */
export function mergeKind<K extends PartKind>(kind: K, sources: readonly Source[]): MergedKind<K> {
  let vertices = 0;
  let indices = 0;
  for (const s of sources) {
    const g = s.mesh.geometry;
    vertices += g.attributes.position!.count;
    indices += g.index ? g.index.count : g.attributes.position!.count;
  }
  const positions = new Float32Array(vertices * 3);
  const normals = new Float32Array(vertices * 3);
  const colors = new Uint8Array(vertices * 4).fill(255);
  // Muscles of the project's model carry their fibres (fibres.ts); parts without stay zero.
  const withFibres = sources.some((s) => s.mesh.geometry.attributes[FIBRE_SOURCE]);
  const fibres = withFibres ? new Int8Array(vertices * 4) : undefined;
  const index = new Uint32Array(indices);
  const vertexPart = new Uint16Array(vertices);
  const parts: Part<K>[] = [];
  const v = new Vector3();
  const kindBox = new Box3();
  let vo = 0;
  let io = 0;
  sources.forEach((s, partIndex) => {
    const g = s.mesh.geometry;
    const pos = g.attributes.position!;
    const nor = g.attributes.normal;
    const m = s.mesh.matrixWorld;
    const nm = new Matrix3().getNormalMatrix(m);
    const fib = g.attributes[FIBRE_SOURCE];
    const dm = new Matrix3().setFromMatrix4(m);
    const box = new Box3();
    const centroid = new Vector3();
    for (let i = 0; i < pos.count; i++) {
      const o = (vo + i) * 3;
      v.fromBufferAttribute(pos, i).applyMatrix4(m);
      positions[o] = v.x;
      positions[o + 1] = v.y;
      positions[o + 2] = v.z;
      box.expandByPoint(v);
      centroid.add(v);
      if (nor) {
        v.fromBufferAttribute(nor, i).applyMatrix3(nm).normalize();
        normals[o] = v.x;
        normals[o + 1] = v.y;
        normals[o + 2] = v.z;
      }
      if (fibres && fib) {
        v.set(fib.getX(i), fib.getY(i), fib.getZ(i)).applyMatrix3(dm).normalize();
        const f = (vo + i) * 4;
        fibres[f] = Math.round(v.x * 127);
        fibres[f + 1] = Math.round(v.y * 127);
        fibres[f + 2] = Math.round(v.z * 127);
        fibres[f + 3] = Math.round(Math.min(1, Math.max(0, fib.getW(i))) * 127);
      }
      vertexPart[vo + i] = partIndex;
    }
    centroid.divideScalar(Math.max(1, pos.count));
    const count = g.index ? g.index.count : pos.count;
    for (let i = 0; i < count; i++) index[io + i] = vo + (g.index ? g.index.getX(i) : i);
    // A mirroring transform flips the winding; keep triangles facing out.
    if (m.determinant() < 0) {
      for (let i = 0; i + 2 < count; i += 3) {
        const t = index[io + i + 1]!;
        index[io + i + 1] = index[io + i + 2]!;
        index[io + i + 2] = t;
      }
    }
    parts.push({
      ...(s.identity as PartIdentity[K]),
      index: partIndex,
      name: partName(s.mesh, s.identity.id, s.identity.side),
      vertexStart: vo,
      vertexCount: pos.count,
      indexStart: io,
      indexCount: count,
      box,
      centroid,
    } as Part<K>);
    kindBox.union(box);
    vo += pos.count;
    io += count;
  });
  const geometry = new BufferGeometry();
  const position = new BufferAttribute(positions, 3);
  geometry.setAttribute('position', position);
  const normal = new BufferAttribute(normals, 3);
  geometry.setAttribute('normal', normal);
  if (sources.some((s) => !s.mesh.geometry.attributes.normal)) geometry.computeVertexNormals();
  geometry.setAttribute('color', new BufferAttribute(colors, 4, true));
  if (fibres) geometry.setAttribute(FIBRE_ATTRIBUTE, new BufferAttribute(fibres, 4, true));
  geometry.setIndex(new BufferAttribute(index.slice(), 1));
  geometry.addGroup(0, indices, 0);
  geometry.boundingBox = kindBox.clone();
  geometry.boundingSphere = kindBox.getBoundingSphere(new Sphere());
  const pickGeometry = new BufferGeometry();
  pickGeometry.setAttribute('position', position);
  pickGeometry.setIndex(new BufferAttribute(index.slice(), 1));
  return {
    kind,
    parts,
    geometry,
    sourceIndex: index,
    pickGeometry,
    vertexPart,
    colors,
    box: kindBox,
  };
}

/** The merged skin, muscles and bones of a loaded model (a kind with no parts is omitted). */
export function mergeAnatomy(root: Object3D): MergedKinds {
  const parts = collectParts(root);
  const merge = <K extends PartKind>(kind: K): MergedKind<K> | undefined => {
    const list = parts[kind];
    return list ? mergeKind(kind, list) : undefined;
  };
  const region = merge('region');
  const muscle = merge('muscle');
  const bone = merge('bone');
  // A kind with no parts is left out, so `Object.values(kinds)` lists only merged kinds.
  return { ...(region ? { region } : {}), ...(muscle ? { muscle } : {}), ...(bone ? { bone } : {}) };
}
