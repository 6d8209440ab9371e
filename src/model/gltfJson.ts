/**
 * Reads the JSON part of a glTF 2.0 file (binary `.glb` or text `.gltf`) without three.js, so a
 * model opened from the device is checked before it is parsed: it must be glTF 2.0, refer to no
 * other file (the app never fetches anything for it), and need no extension the app cannot read.
 *
 * Pure and total: any bytes give either the node list or one plain sentence saying what is wrong.
 */

import { isJsonObject } from '../domain/jsonObject';

/** One node of the file, as the mapping needs it. */
export interface ModelNode {
  /** The node's name as written in the file ('' when it has none). */
  readonly name: string;
  /** The node's glTF `extras` (undefined when absent). */
  readonly extras: unknown;
  /** Index of the parent node, or null for a root. */
  readonly parent: number | null;
  /** Whether the node draws a mesh. */
  readonly hasMesh: boolean;
}

/** A readable glTF file: its nodes, and what the geometry reader needs (gltfGeometry.ts). */
export interface GltfFile {
  readonly ok: true;
  readonly nodes: ModelNode[];
  /** The parsed JSON document. */
  readonly json: Readonly<Record<string, unknown>>;
  /** The binary chunk of a .glb (the data of its first buffer), or null. */
  readonly bin: Uint8Array | null;
}

export type GltfRead = GltfFile | { readonly ok: false; readonly error: string };

/** Largest model file accepted, in bytes. */
export const MAX_MODEL_BYTES = 200 * 1024 * 1024;

const GLB_MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a; // "JSON"
const BIN_CHUNK = 0x004e4942; // "BIN\0"

/**
 * Required extensions the app can honour: the geometry reader decodes meshopt and quantised
 * attributes; the app paints its own materials and lights, so material, texture and light
 * extensions change nothing it draws. Not Draco, KTX2 or GPU instancing.
 */
const SUPPORTED_REQUIRED = new Set([
  'EXT_meshopt_compression',
  'KHR_mesh_quantization',
  'KHR_texture_transform',
  'KHR_materials_unlit',
  'KHR_materials_emissive_strength',
  'KHR_materials_ior',
  'KHR_materials_specular',
  'KHR_materials_transmission',
  'KHR_materials_volume',
  'KHR_materials_clearcoat',
  'KHR_materials_sheen',
  'KHR_materials_iridescence',
  'KHR_materials_anisotropy',
  'KHR_materials_dispersion',
  'KHR_lights_punctual',
  'EXT_texture_webp',
  'EXT_texture_avif',
]);

const NOT_GLTF = 'This file is not a glTF model (.glb or .gltf).';

function parseJsonText(bytes: Uint8Array): unknown {
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return JSON.parse(text);
}

/** The JSON document and binary chunk of a .glb, or a sentence saying what is wrong. */
function glbJson(bytes: Uint8Array): string | { json: unknown; bin: Uint8Array | null } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 20) return 'This .glb file is cut short: it ends inside its header.';
  const version = view.getUint32(4, true);
  if (version !== 2) return `This is a glTF ${version}.x file; MyoTrace reads glTF 2.0 only.`;
  const length = view.getUint32(8, true);
  if (length > bytes.byteLength) return 'This .glb file is cut short: it is smaller than its header says.';
  const chunkLength = view.getUint32(12, true);
  if (view.getUint32(16, true) !== JSON_CHUNK) return 'This .glb file is damaged: its first part is not JSON.';
  if (20 + chunkLength > bytes.byteLength) return 'This .glb file is cut short inside its JSON part.';
  let json: unknown;
  try {
    json = parseJsonText(bytes.subarray(20, 20 + chunkLength));
  } catch {
    return 'This .glb file is damaged: its JSON part cannot be read.';
  }
  const end = Math.min(length, bytes.byteLength);
  const at = 20 + chunkLength;
  if (at + 8 > end || view.getUint32(at + 4, true) !== BIN_CHUNK) return { json, bin: null };
  const binLength = view.getUint32(at, true);
  if (at + 8 + binLength > end) return 'This .glb file is cut short inside its binary part.';
  return { json, bin: bytes.subarray(at + 8, at + 8 + binLength) };
}

/** Check the document and list its nodes. */
function checkDocument(json: unknown, bin: Uint8Array | null): GltfRead {
  if (!isJsonObject(json) || !isJsonObject(json.asset)) return { ok: false, error: NOT_GLTF };
  const version = json.asset.version;
  if (typeof version !== 'string' || !/^2\.\d+$/.test(version)) {
    return { ok: false, error: `This glTF file has version ${String(version).slice(0, 12)}; MyoTrace reads glTF 2.0.` };
  }
  for (const list of ['buffers', 'images'] as const) {
    const items = json[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) return { ok: false, error: `This glTF file is damaged: its ${list} are not a list.` };
    for (const item of items) {
      if (!isJsonObject(item))
        return { ok: false, error: `This glTF file is damaged: one of its ${list} is not valid.` };
      if (item.uri !== undefined && (typeof item.uri !== 'string' || !item.uri.startsWith('data:'))) {
        return {
          ok: false,
          error: `This glTF file refers to another file (${String(item.uri).slice(0, 60)}). Open a .glb, or a .gltf with everything embedded.`,
        };
      }
    }
  }
  const required = json.extensionsRequired;
  if (required !== undefined) {
    if (!Array.isArray(required))
      return { ok: false, error: 'This glTF file is damaged: extensionsRequired is not a list.' };
    const missing = required.filter((e) => typeof e !== 'string' || !SUPPORTED_REQUIRED.has(e));
    if (missing.length) {
      return {
        ok: false,
        error: `This model needs ${missing.map((e) => String(e).slice(0, 40)).join(', ')}, which MyoTrace cannot read. Export it without that compression or extension.`,
      };
    }
  }
  const rawNodes = json.nodes === undefined ? [] : json.nodes;
  if (!Array.isArray(rawNodes)) return { ok: false, error: 'This glTF file is damaged: its nodes are not a list.' };
  const parents: (number | null)[] = rawNodes.map(() => null);
  rawNodes.forEach((n, i) => {
    if (!isJsonObject(n) || !Array.isArray(n.children)) return;
    for (const c of n.children) {
      // A child claimed twice, by itself or out of range is ignored (the geometry reader follows the same parents).
      if (Number.isInteger(c) && c >= 0 && c < rawNodes.length && c !== i && parents[c] === null) parents[c] = i;
    }
  });
  const nodes = rawNodes.map(
    (n, i): ModelNode => ({
      name: isJsonObject(n) && typeof n.name === 'string' ? n.name.slice(0, 500) : '',
      extras: isJsonObject(n) ? n.extras : undefined,
      parent: parents[i] ?? null,
      hasMesh: isJsonObject(n) && Number.isInteger(n.mesh),
    }),
  );
  if (!nodes.some((n) => n.hasMesh))
    return { ok: false, error: 'This glTF file has no meshes: there is nothing to show.' };
  return { ok: true, nodes, json, bin };
}

/** Read a .glb or .gltf file's bytes: its nodes and document, or a plain sentence saying why it cannot be used. */
export function readGltf(bytes: Uint8Array): GltfRead {
  if (bytes.byteLength === 0) return { ok: false, error: 'The file is empty.' };
  if (bytes.byteLength > MAX_MODEL_BYTES)
    return { ok: false, error: 'The file is too large for a model (over 200 MB).' };
  if (bytes.byteLength >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === GLB_MAGIC) {
    const r = glbJson(bytes);
    return typeof r === 'string' ? { ok: false, error: r } : checkDocument(r.json, r.bin);
  }
  // A text .gltf starts with "{" (after an optional byte-order mark and white space).
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x7b) return { ok: false, error: NOT_GLTF };
  let json: unknown;
  try {
    json = parseJsonText(bytes);
  } catch {
    return { ok: false, error: `${NOT_GLTF} It looks like JSON but cannot be read.` };
  }
  return checkDocument(json, null);
}
