/**
 * Reads MyoTrace's own model files (`models/anatomy.glb`, `models/anatomy-female.glb`) under their
 * contract (docs/model-file.md): a binary glTF 2.0 whose nodes carry a name, extras, a translation,
 * rotation and scale and at most one mesh of one indexed triangle primitive, with meshopt-compressed,
 * quantised vertex data. It is the app's loader for those two files only: three's general GLTFLoader,
 * with its animation, skinning, texture and camera code, is kept for a person's own models, loaded
 * when one is opened (docs/budgets.md, issue 13: the 3D chunk before the first frame).
 *
 * Pure apart from the meshopt decoder, which is passed in. Anything outside the contract gives one
 * plain sentence, never a half-built body.
 */

/** Decodes one meshopt-compressed buffer view (meshopt's `decodeGltfBuffer`). */
export type MeshoptDecode = (
  target: Uint8Array,
  count: number,
  size: number,
  source: Uint8Array,
  mode: string,
  filter?: string,
) => void;

/** A vertex attribute or index list, tightly packed. */
export interface FileAttribute {
  readonly array: Int8Array | Uint8Array | Int16Array | Uint16Array | Uint32Array | Float32Array;
  readonly itemSize: number;
  readonly normalized: boolean;
}

/** One node of the file. */
export interface FileNode {
  readonly name: string;
  /** The node's glTF extras (an object), or an empty object. */
  readonly extras: Record<string, unknown>;
  readonly translation: readonly [number, number, number];
  readonly rotation: readonly [number, number, number, number];
  readonly scale: readonly [number, number, number];
  readonly children: readonly number[];
  /** The node's triangles: attributes by three.js name (`position`, `normal`, `_fibre`), and the index. */
  readonly mesh: { readonly attributes: Readonly<Record<string, FileAttribute>>; readonly index: FileAttribute } | null;
}

/** The file's nodes and the scene's root nodes. */
export interface AnatomyFile {
  readonly nodes: readonly FileNode[];
  readonly roots: readonly number[];
}

export type AnatomyFileRead =
  | { readonly ok: true; readonly file: AnatomyFile }
  | { readonly ok: false; readonly error: string };

const GLB_MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a; // "JSON"
const BIN_CHUNK = 0x004e4942; // "BIN\0"
const TRIANGLES = 4;
const MESHOPT = 'EXT_meshopt_compression';
const KNOWN_EXTENSIONS = new Set([MESHOPT, 'KHR_mesh_quantization']);
/** glTF attribute names of the contract, with the names three.js gives them. */
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = { POSITION: 'position', NORMAL: 'normal', _FIBRE: '_fibre' };
const COMPONENTS: Readonly<Record<number, { bytes: number; make: (b: ArrayBuffer) => FileAttribute['array'] }>> = {
  5120: { bytes: 1, make: (b) => new Int8Array(b) },
  5121: { bytes: 1, make: (b) => new Uint8Array(b) },
  5122: { bytes: 2, make: (b) => new Int16Array(b) },
  5123: { bytes: 2, make: (b) => new Uint16Array(b) },
  5125: { bytes: 4, make: (b) => new Uint32Array(b) },
  5126: { bytes: 4, make: (b) => new Float32Array(b) },
};
const ITEM_SIZES: Readonly<Record<string, number>> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 };

/** Thrown inside the reader; turned into the result's sentence. */
class ContractError extends Error {}

const fail = (why: string): never => {
  throw new ContractError(why);
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, length: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < length;
const list = (v: unknown, what: string): unknown[] => (Array.isArray(v) ? v : fail(`its ${what} are not a list`));
const numbers = <T extends readonly number[]>(v: unknown, fallback: T, what: string): T => {
  if (v === undefined) return fallback;
  if (
    !Array.isArray(v) ||
    v.length !== fallback.length ||
    !v.every((x) => typeof x === 'number' && Number.isFinite(x))
  ) {
    return fail(`a node's ${what} is not ${fallback.length} numbers`);
  }
  return v as unknown as T;
};

/** The JSON and binary chunks of a .glb. */
function chunks(bytes: Uint8Array): { json: unknown; bin: Uint8Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC) fail('it is not a binary glTF file');
  if (view.getUint32(4, true) !== 2) fail('it is not glTF 2.0');
  const length = Math.min(view.getUint32(8, true), bytes.byteLength);
  let json: unknown;
  let bin: Uint8Array | undefined;
  for (let at = 12; at + 8 <= length; ) {
    const size = view.getUint32(at, true);
    const type = view.getUint32(at + 4, true);
    const start = at + 8;
    if (start + size > length) fail('it is cut short');
    const body = bytes.subarray(start, start + size);
    if (type === JSON_CHUNK && json === undefined) {
      try {
        json = JSON.parse(new TextDecoder().decode(body));
      } catch {
        fail('its JSON part cannot be read');
      }
    } else if (type === BIN_CHUNK && !bin) bin = body;
    at = start + size;
  }
  if (json === undefined || !bin) fail('it lacks its JSON or binary part');
  return { json, bin: bin as Uint8Array };
}

/** The bytes of every buffer view, decoded once when an accessor first needs them. */
function bufferViews(
  doc: Record<string, unknown>,
  bin: Uint8Array,
  decode: MeshoptDecode,
): (i: number) => { bytes: Uint8Array; stride: number | undefined } {
  const views = list(doc.bufferViews, 'buffer views');
  const buffers = list(doc.buffers, 'buffers');
  const cache = new Map<number, { bytes: Uint8Array; stride: number | undefined }>();
  /** A range of the binary chunk (buffer 0, the only buffer with bytes in a .glb). */
  const range = (buffer: unknown, offset: unknown, length: unknown): Uint8Array => {
    const start = offset === undefined ? 0 : offset;
    if (buffer !== 0 || !Number.isInteger(start) || !Number.isInteger(length))
      fail('a buffer view points outside the file');
    if ((start as number) < 0 || (start as number) + (length as number) > bin.byteLength)
      fail('a buffer view points outside the file');
    return bin.subarray(start as number, (start as number) + (length as number));
  };
  return (i) => {
    const hit = cache.get(i);
    if (hit) return hit;
    const v = isIndex(i, views.length) && isObject(views[i]) ? views[i] : fail('an accessor has no buffer view');
    const stride = v.byteStride === undefined ? undefined : Number(v.byteStride);
    const meshopt = isObject(v.extensions) ? v.extensions[MESHOPT] : undefined;
    let bytes: Uint8Array;
    if (isObject(meshopt)) {
      const { count, byteStride: size, mode, filter } = meshopt;
      if (!Number.isInteger(count) || !Number.isInteger(size) || typeof mode !== 'string')
        fail('a compressed buffer view is damaged');
      bytes = new Uint8Array((count as number) * (size as number));
      try {
        decode(
          bytes,
          count as number,
          size as number,
          range(meshopt.buffer, meshopt.byteOffset, meshopt.byteLength),
          mode as string,
          typeof filter === 'string' ? filter : undefined,
        );
      } catch {
        fail('a compressed buffer view cannot be decoded');
      }
    } else {
      if (!isIndex(v.buffer, buffers.length)) fail('a buffer view has no buffer');
      bytes = range(v.buffer, v.byteOffset, v.byteLength);
    }
    const out = { bytes, stride };
    cache.set(i, out);
    return out;
  };
}

/** An accessor's values, tightly packed (strided views are copied out item by item). */
function accessorReader(
  doc: Record<string, unknown>,
  view: ReturnType<typeof bufferViews>,
): (i: unknown) => FileAttribute {
  const accessors = list(doc.accessors, 'accessors');
  return (i) => {
    const a =
      isIndex(i, accessors.length) && isObject(accessors[i]) ? accessors[i] : fail('a mesh names a missing accessor');
    const component = COMPONENTS[a.componentType as number] ?? fail('an accessor has an unknown component type');
    const itemSize = ITEM_SIZES[a.type as string] ?? fail('an accessor has an unknown type');
    const count =
      Number.isInteger(a.count) && (a.count as number) > 0 ? (a.count as number) : fail('an accessor is empty');
    const { bytes, stride } = view(a.bufferView as number);
    const offset = a.byteOffset === undefined ? 0 : (a.byteOffset as number);
    const itemBytes = component.bytes * itemSize;
    const step = stride ?? itemBytes;
    if (
      !Number.isInteger(offset) ||
      offset < 0 ||
      step < itemBytes ||
      offset + step * (count - 1) + itemBytes > bytes.byteLength
    ) {
      fail('an accessor reaches past its buffer view');
    }
    const packed = new Uint8Array(count * itemBytes);
    if (step === itemBytes) packed.set(bytes.subarray(offset, offset + count * itemBytes));
    else
      for (let k = 0; k < count; k++)
        packed.set(bytes.subarray(offset + k * step, offset + k * step + itemBytes), k * itemBytes);
    return { array: component.make(packed.buffer), itemSize, normalized: a.normalized === true };
  };
}

function readDocument(bytes: Uint8Array, decode: MeshoptDecode): AnatomyFile {
  const { json, bin } = chunks(bytes);
  const doc = isObject(json) ? json : fail('its JSON part is not an object');
  for (const e of list(doc.extensionsRequired ?? [], 'required extensions')) {
    if (typeof e !== 'string' || !KNOWN_EXTENSIONS.has(e)) fail(`it needs ${String(e).slice(0, 40)}`);
  }
  const accessor = accessorReader(doc, bufferViews(doc, bin, decode));
  const meshes = list(doc.meshes, 'meshes');
  const rawNodes = list(doc.nodes, 'nodes');
  const nodes = rawNodes.map((n): FileNode => {
    if (!isObject(n)) return fail('a node is not an object');
    if (n.matrix !== undefined) fail('a node has a matrix in place of translation and scale');
    const children = list(n.children ?? [], 'node children').map((c) =>
      isIndex(c, rawNodes.length) ? c : fail('a node names a missing child'),
    );
    let mesh: FileNode['mesh'] = null;
    if (n.mesh !== undefined) {
      const m =
        isIndex(n.mesh, meshes.length) && isObject(meshes[n.mesh])
          ? meshes[n.mesh]
          : fail('a node names a missing mesh');
      const primitives = list((m as Record<string, unknown>).primitives, 'primitives');
      const p =
        primitives.length === 1 && isObject(primitives[0]) ? primitives[0] : fail('a mesh is not one primitive');
      if ((p.mode ?? TRIANGLES) !== TRIANGLES || p.indices === undefined || !isObject(p.attributes))
        fail('a mesh is not indexed triangles');
      const attributes: Record<string, FileAttribute> = {};
      for (const [name, index] of Object.entries(p.attributes as Record<string, unknown>)) {
        attributes[ATTRIBUTE_NAMES[name] ?? fail(`a mesh has the attribute ${name.slice(0, 20)}`)] = accessor(index);
      }
      if (!attributes.position) fail('a mesh has no positions');
      const index = accessor(p.indices);
      const vertices = attributes.position!.array.length / 3;
      if (
        index.itemSize !== 1 ||
        index.array instanceof Int8Array ||
        index.array instanceof Int16Array ||
        index.array instanceof Float32Array
      )
        fail('a mesh has an index of the wrong type');
      if (index.array.length % 3 !== 0 || index.array.some((k) => k >= vertices))
        fail('a mesh has triangles that name missing vertices');
      mesh = { attributes, index };
    }
    return {
      name: typeof n.name === 'string' ? n.name : '',
      extras: isObject(n.extras) ? n.extras : {},
      translation: numbers(n.translation, [0, 0, 0] as const, 'translation'),
      rotation: numbers(n.rotation, [0, 0, 0, 1] as const, 'rotation'),
      scale: numbers(n.scale, [1, 1, 1] as const, 'scale'),
      children,
      mesh,
    };
  });
  const scenes = list(doc.scenes, 'scenes');
  const scene = scenes[doc.scene === undefined ? 0 : (doc.scene as number)];
  const roots = isObject(scene) ? list(scene.nodes, 'scene nodes') : fail('it has no scene');
  // A tree: no node is a child twice, and no root is anyone's child (so nothing loops).
  const parents = new Uint32Array(nodes.length);
  for (const n of nodes) for (const c of n.children) parents[c]!++;
  const rootList = roots.map((r) => (isIndex(r, nodes.length) ? r : fail('its scene names a missing node')));
  if (parents.some((count) => count > 1) || rootList.some((r) => parents[r] !== 0))
    fail('its nodes do not form a tree');
  return { nodes, roots: rootList };
}

/**
 * Read one of MyoTrace's model files. `decode` is meshopt's `decodeGltfBuffer` (ready to call).
 * Gives the nodes, or a plain sentence saying the file is not a MyoTrace model and why.
 */
export function readAnatomyFile(bytes: Uint8Array, decode: MeshoptDecode): AnatomyFileRead {
  try {
    return { ok: true, file: readDocument(bytes, decode) };
  } catch (e) {
    if (!(e instanceof ContractError)) throw e;
    return { ok: false, error: `The body's model file cannot be read: ${e.message}.` };
  }
}
