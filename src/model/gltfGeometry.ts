/**
 * Reads the node tree and triangle geometry of a glTF 2.0 file that gltfJson.ts has checked: node
 * names, extras and transforms, and for each mesh the attributes asked for and the triangle index,
 * with meshopt-compressed buffer views decoded and quantised attributes kept with their
 * `normalized` flag. Materials, textures, cameras, lights, skins and animations are not read: the
 * app draws its own materials and merges every part (scene/anatomyParts.ts).
 *
 * Pure and total: the meshopt decoder is passed in, and any document gives either the geometry or
 * one plain sentence saying what is wrong.
 */
import { isJsonObject } from '../domain/jsonObject';
import type { GltfFile } from './gltfJson';

/** The typed arrays an attribute or index can come in. */
export type GltfArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Uint32Array | Float32Array;

/** One vertex attribute: `itemSize` components per vertex; integers read as [0, 1] or [-1, 1] when `normalized`. */
export interface GltfAttribute {
  readonly array: GltfArray;
  readonly itemSize: number;
  readonly normalized: boolean;
}

/** One mesh primitive as a triangle list. */
export interface GltfPrimitive {
  /** The attributes asked for that the primitive has, by their glTF name (`POSITION` is always there). */
  readonly attributes: Readonly<Record<string, GltfAttribute>>;
  /** Three vertex numbers per triangle, or null when the vertices are the triangles in order. */
  readonly index: Uint16Array | Uint32Array | null;
}

/** One node of the file. */
export interface GltfNode {
  readonly name: string;
  /** The node's glTF `extras` (undefined when absent). */
  readonly extras: unknown;
  /** The nodes under it (each node has at most one parent, as gltfJson.ts reads them). */
  readonly children: readonly number[];
  /** Its transform: a column-major 4×4 matrix, or null to use translation, rotation and scale. */
  readonly matrix: readonly number[] | null;
  readonly translation: readonly [number, number, number];
  /** A quaternion (x, y, z, w). */
  readonly rotation: readonly [number, number, number, number];
  readonly scale: readonly [number, number, number];
  /** The triangle primitives of its mesh (empty when it has none); nodes sharing a mesh share them. */
  readonly primitives: readonly GltfPrimitive[];
}

/** The file's geometry: every node, and the nodes at the top of the scene shown. */
export interface GltfGeometry {
  readonly nodes: readonly GltfNode[];
  readonly roots: readonly number[];
}

export type GltfGeometryRead =
  | { readonly ok: true; readonly geometry: GltfGeometry }
  | { readonly ok: false; readonly error: string };

export type MeshoptMode = 'ATTRIBUTES' | 'TRIANGLES' | 'INDICES';
export type MeshoptFilter = 'NONE' | 'OCTAHEDRAL' | 'QUATERNION' | 'EXPONENTIAL';

/** Decodes one meshopt-compressed buffer view into `target` (`count` elements of `stride` bytes); throws on bad data. */
export type MeshoptDecode = (
  target: Uint8Array,
  count: number,
  stride: number,
  source: Uint8Array,
  mode: MeshoptMode,
  filter: MeshoptFilter,
) => void;

/** Largest decoded buffer view accepted, in bytes. */
const MAX_VIEW_BYTES = 1 << 30;

/** A typed array's constructor, as glTF component types name them. */
interface ArrayKind {
  new (length: number): GltfArray;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): GltfArray;
  readonly BYTES_PER_ELEMENT: number;
}

const COMPONENTS: Readonly<Record<number, ArrayKind>> = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
};

/** One little-endian component of the given type at a byte offset. */
function readComponent(view: DataView, at: number, kind: ArrayKind): number {
  switch (kind) {
    case Int8Array:
      return view.getInt8(at);
    case Uint8Array:
      return view.getUint8(at);
    case Int16Array:
      return view.getInt16(at, true);
    case Uint16Array:
      return view.getUint16(at, true);
    case Uint32Array:
      return view.getUint32(at, true);
    default:
      return view.getFloat32(at, true);
  }
}

const ITEM_SIZES: Readonly<Record<string, number>> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };
const MODES = new Set<string>(['ATTRIBUTES', 'TRIANGLES', 'INDICES']);
const FILTERS = new Set<string>(['NONE', 'OCTAHEDRAL', 'QUATERNION', 'EXPONENTIAL']);
const TRIANGLES = 4;
const TRIANGLE_STRIP = 5;
const TRIANGLE_FAN = 6;

/** A problem with the file, said in one sentence for the person. */
class Damage extends Error {}

const damaged = (what: string) => new Damage(`This glTF file is damaged: ${what}.`);

type Json = Record<string, unknown>;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Item `i` of a top-level list of the document, or a damage naming the list. */
function itemOf(json: Json, list: string, i: unknown): Json {
  const items = json[list];
  const item = Array.isArray(items) && isCount(i) ? items[i] : undefined;
  if (!isJsonObject(item)) throw damaged(`it refers to ${list} it does not have`);
  return item;
}

/** Numbers of a fixed count, or the default when absent. */
function numbers<T extends readonly number[]>(v: unknown, fallback: T, what: string): T {
  if (v === undefined) return fallback;
  if (
    !Array.isArray(v) ||
    v.length !== fallback.length ||
    !v.every((x) => typeof x === 'number' && Number.isFinite(x))
  ) {
    throw damaged(`a node's ${what} is not valid`);
  }
  return v as unknown as T;
}

function base64Bytes(uri: string): Uint8Array {
  const comma = uri.indexOf(',');
  if (!/;base64$/.test(uri.slice(0, comma))) throw damaged('one of its embedded buffers is not base64');
  let text: string;
  try {
    text = atob(uri.slice(comma + 1));
  } catch {
    throw damaged('one of its embedded buffers cannot be decoded');
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Reads the document's data: buffers, buffer views (decoded once) and accessors. */
class DataReader {
  private readonly buffers = new Map<number, Uint8Array>();
  private readonly views = new Map<number, { bytes: Uint8Array; stride: number | undefined }>();

  constructor(
    private readonly file: GltfFile,
    private readonly decode: MeshoptDecode | null,
  ) {}

  private buffer(i: unknown): Uint8Array {
    const b = itemOf(this.file.json, 'buffers', i);
    const cached = this.buffers.get(i as number);
    if (cached) return cached;
    let bytes: Uint8Array;
    if (typeof b.uri === 'string') bytes = base64Bytes(b.uri);
    else if (i === 0 && this.file.bin) bytes = this.file.bin;
    else throw damaged('it reads from a buffer that holds no data');
    if (isCount(b.byteLength) && b.byteLength > bytes.byteLength) throw damaged('one of its buffers is cut short');
    this.buffers.set(i as number, bytes);
    return bytes;
  }

  private slice(buffer: unknown, offset: unknown, length: unknown): Uint8Array {
    const bytes = this.buffer(buffer);
    const at = offset === undefined ? 0 : offset;
    if (!isCount(at) || !isCount(length) || at + length > bytes.byteLength)
      throw damaged('a buffer view runs past its buffer');
    return bytes.subarray(at, at + length);
  }

  /** A buffer view's bytes (decoded when meshopt-compressed) and its stride. */
  view(i: unknown): { bytes: Uint8Array; stride: number | undefined } {
    const cached = this.views.get(i as number);
    if (cached) return cached;
    const v = itemOf(this.file.json, 'bufferViews', i);
    const stride = v.byteStride === undefined ? undefined : v.byteStride;
    if (stride !== undefined && (!isCount(stride) || stride < 4 || stride > 252))
      throw damaged('a buffer view has a bad stride');
    const meshopt = isJsonObject(v.extensions) ? v.extensions.EXT_meshopt_compression : undefined;
    let bytes: Uint8Array;
    if (isJsonObject(meshopt)) {
      if (!this.decode) throw damaged('it is meshopt-compressed but no decoder was given');
      const { count, byteStride, mode } = meshopt;
      const filter = meshopt.filter === undefined ? 'NONE' : meshopt.filter;
      if (!isCount(count) || !isCount(byteStride) || byteStride === 0)
        throw damaged('a compressed buffer view has a bad size');
      if (typeof mode !== 'string' || !MODES.has(mode) || typeof filter !== 'string' || !FILTERS.has(filter)) {
        throw damaged('a compressed buffer view has an unknown mode or filter');
      }
      if (count * byteStride > MAX_VIEW_BYTES) throw damaged('a compressed buffer view is too large');
      const source = this.slice(meshopt.buffer, meshopt.byteOffset, meshopt.byteLength);
      bytes = new Uint8Array(count * byteStride);
      try {
        this.decode(bytes, count, byteStride, source, mode as MeshoptMode, filter as MeshoptFilter);
      } catch {
        throw damaged('a compressed buffer view cannot be decoded');
      }
    } else {
      bytes = this.slice(v.buffer, v.byteOffset, v.byteLength);
    }
    const read = { bytes, stride };
    this.views.set(i as number, read);
    return read;
  }

  /** An accessor's values, packed, in their own typed array (a view on the data when it can be). */
  accessor(i: unknown): GltfAttribute & { count: number; componentType: number } {
    const a = itemOf(this.file.json, 'accessors', i);
    const kind = COMPONENTS[a.componentType as number];
    const itemSize = ITEM_SIZES[a.type as string];
    const count = a.count;
    if (!kind || !itemSize || !isCount(count)) throw damaged('one of its accessors is not valid');
    const values = count * itemSize;
    let array: GltfArray;
    if (a.bufferView === undefined) {
      array = new kind(values);
    } else {
      const { bytes, stride } = this.view(a.bufferView);
      const element = kind.BYTES_PER_ELEMENT * itemSize;
      const step = stride ?? element;
      const offset = a.byteOffset === undefined ? 0 : a.byteOffset;
      if (!isCount(offset) || (count > 0 && offset + (count - 1) * step + element > bytes.byteLength)) {
        throw damaged('an accessor runs past its data');
      }
      const start = bytes.byteOffset + offset;
      const size = kind.BYTES_PER_ELEMENT;
      if (step === element && start % size === 0) {
        array = new kind(bytes.buffer as ArrayBuffer, start, values);
      } else if (start % size === 0 && step % size === 0) {
        // Interleaved or padded (quantised positions keep 8 bytes per vertex): copy out of an
        // aligned view, a stride of elements at a time.
        array = new kind(values);
        const each = step / size;
        const source = new kind(bytes.buffer as ArrayBuffer, start, count > 0 ? (count - 1) * each + itemSize : 0);
        for (let e = 0, from = 0, to = 0; e < count; e++, from += each) {
          for (let c = 0; c < itemSize; c++) array[to++] = source[from + c]!;
        }
      } else {
        array = new kind(values);
        const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (let e = 0; e < count; e++) {
          for (let c = 0; c < itemSize; c++)
            array[e * itemSize + c] = readComponent(data, offset + e * step + c * kind.BYTES_PER_ELEMENT, kind);
        }
      }
    }
    if (a.sparse !== undefined) array = this.sparse(a.sparse, array, kind, itemSize, count);
    return { array, itemSize, normalized: a.normalized === true, count, componentType: a.componentType as number };
  }

  /** Apply a sparse accessor's replacements to a copy of its base values. */
  private sparse(s: unknown, base: GltfArray, kind: ArrayKind, itemSize: number, count: number): GltfArray {
    if (!isJsonObject(s) || !isCount(s.count) || !isJsonObject(s.indices) || !isJsonObject(s.values)) {
      throw damaged('a sparse accessor is not valid');
    }
    const indexType = s.indices.componentType as number;
    const indexKind = COMPONENTS[indexType];
    if (!indexKind || ![5121, 5123, 5125].includes(indexType)) throw damaged('a sparse accessor is not valid');
    const out = new kind(base.length);
    out.set(base);
    const at = (part: Json, bytesEach: number) => {
      const { bytes } = this.view(part.bufferView);
      const offset = part.byteOffset === undefined ? 0 : part.byteOffset;
      if (!isCount(offset) || offset + (s.count as number) * bytesEach > bytes.byteLength) {
        throw damaged('a sparse accessor runs past its data');
      }
      return new DataView(bytes.buffer, bytes.byteOffset + offset, (s.count as number) * bytesEach);
    };
    const indices = at(s.indices, indexKind.BYTES_PER_ELEMENT);
    const values = at(s.values, kind.BYTES_PER_ELEMENT * itemSize);
    for (let k = 0; k < s.count; k++) {
      const target = readComponent(indices, k * indexKind.BYTES_PER_ELEMENT, indexKind);
      if (target >= count) throw damaged('a sparse accessor points past its values');
      for (let c = 0; c < itemSize; c++) {
        out[target * itemSize + c] = readComponent(values, (k * itemSize + c) * kind.BYTES_PER_ELEMENT, kind);
      }
    }
    return out;
  }
}

/** The triangle list of a strip or fan of `count` vertices (through `index` when there is one). */
function triangleList(mode: number, index: ArrayLike<number> | null, count: number): Uint32Array {
  const at = (k: number) => (index ? index[k]! : k);
  const n = index ? index.length : count;
  const out = new Uint32Array(Math.max(0, n - 2) * 3);
  for (let k = 0; k + 2 < n; k++) {
    const t = k * 3;
    if (mode === TRIANGLE_FAN) {
      out[t] = at(0);
      out[t + 1] = at(k + 1);
      out[t + 2] = at(k + 2);
    } else {
      // Every other triangle of a strip turns the other way; swap two corners to keep the winding.
      out[t] = at(k);
      out[t + 1] = at(k % 2 ? k + 2 : k + 1);
      out[t + 2] = at(k % 2 ? k + 1 : k + 2);
    }
  }
  return out;
}

/** The largest vertex number of an index (-1 when it is empty). */
function largest(index: Uint16Array | Uint32Array): number {
  let most = -1;
  for (let k = 0; k < index.length; k++) if (index[k]! > most) most = index[k]!;
  return most;
}

/** A mesh's triangle primitives (points and lines are left out). */
function readMesh(reader: DataReader, json: Json, i: unknown, names: readonly string[]): GltfPrimitive[] {
  const mesh = itemOf(json, 'meshes', i);
  if (!Array.isArray(mesh.primitives)) throw damaged('one of its meshes has no primitive list');
  const out: GltfPrimitive[] = [];
  for (const p of mesh.primitives) {
    if (!isJsonObject(p) || !isJsonObject(p.attributes)) throw damaged('one of its mesh primitives is not valid');
    const mode = p.mode === undefined ? TRIANGLES : p.mode;
    if (mode !== TRIANGLES && mode !== TRIANGLE_STRIP && mode !== TRIANGLE_FAN) continue;
    if (p.attributes.POSITION === undefined) continue;
    const attributes: Record<string, GltfAttribute> = {};
    let vertices = -1;
    for (const name of names) {
      if (p.attributes[name] === undefined) continue;
      const { array, itemSize, normalized, count } = reader.accessor(p.attributes[name]);
      if (vertices >= 0 && count !== vertices) throw damaged('the attributes of one of its meshes differ in length');
      vertices = count;
      attributes[name] = { array, itemSize, normalized };
    }
    if (attributes.POSITION!.itemSize !== 3) throw damaged('the positions of one of its meshes are not 3D');
    let index: Uint16Array | Uint32Array | null = null;
    if (p.indices !== undefined) {
      const read = reader.accessor(p.indices);
      if (read.itemSize !== 1 || ![5121, 5123, 5125].includes(read.componentType)) {
        throw damaged('the index of one of its meshes is not valid');
      }
      index =
        read.array instanceof Uint8Array ? Uint16Array.from(read.array) : (read.array as Uint16Array | Uint32Array);
      if (largest(index) >= vertices) throw damaged('one of its meshes refers to vertices it does not have');
    }
    if (mode !== TRIANGLES) index = triangleList(mode as number, index, vertices);
    out.push({ attributes, index });
  }
  return out;
}

/**
 * Read the geometry of a checked glTF file: the attributes named in `attributes` (glTF names, such
 * as `POSITION`, `NORMAL` or a custom `_FIBRE`) of every triangle primitive, and every node.
 */
export function readGltfGeometry(
  file: GltfFile,
  attributes: readonly string[],
  decode: MeshoptDecode | null,
): GltfGeometryRead {
  const names = attributes.includes('POSITION') ? attributes : ['POSITION', ...attributes];
  const { json } = file;
  try {
    const reader = new DataReader(file, decode);
    const meshes = new Map<number, GltfPrimitive[]>();
    const rawNodes = Array.isArray(json.nodes) ? json.nodes : [];
    const children: number[][] = file.nodes.map(() => []);
    file.nodes.forEach((n, i) => {
      if (n.parent !== null) children[n.parent]!.push(i);
    });
    const nodes = file.nodes.map((n, i): GltfNode => {
      const raw: Json = isJsonObject(rawNodes[i]) ? rawNodes[i] : {};
      let primitives: GltfPrimitive[] = [];
      if (raw.mesh !== undefined) {
        const m = raw.mesh as number;
        primitives = meshes.get(m) ?? readMesh(reader, json, m, names);
        meshes.set(m, primitives);
      }
      const matrix = raw.matrix === undefined ? null : numbers(raw.matrix, new Array<number>(16).fill(0), 'matrix');
      return {
        name: n.name,
        extras: n.extras,
        children: children[i]!,
        matrix,
        translation: numbers(raw.translation, [0, 0, 0] as const, 'translation'),
        rotation: numbers(raw.rotation, [0, 0, 0, 1] as const, 'rotation'),
        scale: numbers(raw.scale, [1, 1, 1] as const, 'scale'),
        primitives,
      };
    });
    const scenes = Array.isArray(json.scenes) ? json.scenes : [];
    const chosen = scenes[isCount(json.scene) ? json.scene : 0];
    const listed = isJsonObject(chosen) && Array.isArray(chosen.nodes) ? chosen.nodes : null;
    const roots = listed
      ? [
          ...new Set(
            listed.filter((r): r is number => isCount(r) && r < nodes.length && file.nodes[r]!.parent === null),
          ),
        ]
      : nodes.flatMap((_, i) => (file.nodes[i]!.parent === null ? [i] : []));
    return { ok: true, geometry: { nodes, roots } };
  } catch (e) {
    if (e instanceof Damage) return { ok: false, error: e.message };
    return { ok: false, error: 'This glTF file is damaged: its geometry cannot be read.' };
  }
}
