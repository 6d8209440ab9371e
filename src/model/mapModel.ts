/**
 * Maps the nodes of a person's own glTF model to the knowledge base, so the app can highlight
 * its muscles and select its regions. Three ways, strongest first:
 *
 * 1. a mapping file: `{ "<node name>": { "muscleId": "deltoid", "side": "left" } }`
 *    (or `regionId` / `boneId`, optionally with `kind`);
 * 2. the node's glTF extras, as in MyoTrace's own model: `{ kind, muscleId|boneId|regionId, side }`;
 * 3. the node's name: `deltoid.left`, `Deltoid_L`, `biceps brachii (right)`, `left_temple`, `diaphragm`.
 *
 * A node without a mapping belongs to its nearest mapped ancestor. Pure: no three.js, no DOM.
 */

import * as v from 'valibot';
import { muscleKey } from '../domain/explain';
import type { MuscleId, RegionId } from '../domain/ids';
import { isJsonObject } from '../domain/jsonObject';
import { getRegion, isMuscleId, isRegionId, MUSCLES } from '../domain/knowledgeBase';
import type { Side } from '../domain/types';
import type { ModelNode } from './gltfJson';

/** What a node of the model is, in knowledge-base terms. */
export type MappedPart =
  | { readonly kind: 'muscle'; readonly id: MuscleId; readonly side: Side }
  | { readonly kind: 'region'; readonly id: RegionId; readonly side: Side }
  | { readonly kind: 'bone'; readonly id: string; readonly side: Side };

/** One entry of a mapping file, checked: the side may be left to the node's name. */
export type MappingEntry =
  | { readonly kind: 'muscle'; readonly id: MuscleId; readonly side?: Side }
  | { readonly kind: 'region'; readonly id: RegionId; readonly side?: Side }
  | { readonly kind: 'bone'; readonly id: string; readonly side?: Side };

/** A checked mapping file. */
export interface ModelMapping {
  /** By node name, exactly as written in the model. */
  readonly entries: ReadonlyMap<string, MappingEntry>;
  /** Plain sentences about entries that were left out. */
  readonly problems: readonly string[];
}

/** A muscle the model lacks, with the sides it lacks. */
export interface MissingMuscle {
  readonly id: MuscleId;
  readonly sides: readonly Side[];
}

/** The result of mapping a model. */
export interface ModelMap {
  /** Per node: the part it stands for itself (null: none; it may still belong to an ancestor). */
  readonly own: readonly (MappedPart | null)[];
  /** Muscles present, as `id|side` keys. */
  readonly muscles: readonly string[];
  readonly regionCount: number;
  readonly boneCount: number;
  /** Muscles of the knowledge base the model lacks (in knowledge-base order). */
  readonly missing: readonly MissingMuscle[];
  /** Names of mesh nodes that map to nothing (unique, in file order). */
  readonly unknown: readonly string[];
}

/** Longest mapping file read, in characters, and most entries kept. */
export const MAX_MAPPING_CHARS = 2_000_000;
export const MAX_MAPPING_ENTRIES = 10_000;

const BONE_ID = /^[a-z][a-z0-9_]{0,63}$/;

/** Muscle ids by their normalised English name ("biceps_brachii", "frontalis"). */
const MUSCLE_BY_NAME = new Map<string, MuscleId>();
for (const m of MUSCLES) MUSCLE_BY_NAME.set(normalise(m.name.replace(/\(.*\)/, '')), m.id);

/** Lower case, words joined by `_`, punctuation other than `.` dropped. */
function normalise(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[()[\]{}'"]/g, ' ')
    .trim()
    .replace(/[\s-]+/g, '_')
    .replace(/_+/g, '_');
}

function readSide(v: unknown): Side | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.toLowerCase();
  if (s === 'left' || s === 'l') return 'left';
  if (s === 'right' || s === 'r') return 'right';
  if (s === 'midline' || s === 'middle' || s === 'centre' || s === 'center') return 'midline';
  return undefined;
}

/** The knowledge-base id a bare name stands for, if any. */
function lookup(base: string): { kind: 'muscle'; id: MuscleId } | { kind: 'region'; id: RegionId } | null {
  const b = base.replace(/\./g, '_');
  if (isMuscleId(b)) return { kind: 'muscle', id: b };
  if (isRegionId(b)) return { kind: 'region', id: b };
  const byName = MUSCLE_BY_NAME.get(b);
  return byName ? { kind: 'muscle', id: byName } : null;
}

/** Read a node name: `deltoid.left`, `Deltoid_L`, `biceps brachii (right)`, `left_temple`, `diaphragm`. */
export function parseNodeName(name: string): { kind: 'muscle' | 'region'; id: string; side?: Side } | null {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) return null;
  // Drop a duplicate counter as modelling tools add it ("deltoid.left.001").
  const s = normalise(name).replace(/[._]\d{3}$/, '');
  const direct = lookup(s);
  if (direct) return direct;
  const suffix = /^(.+?)[._](left|right|l|r|midline)$/.exec(s);
  if (suffix) {
    const hit = lookup(suffix[1]!);
    if (hit) return { ...hit, side: readSide(suffix[2]) };
  }
  const prefix = /^(left|right|l|r)[._](.+)$/.exec(s);
  if (prefix) {
    const hit = lookup(prefix[2]!);
    if (hit) return { ...hit, side: readSide(prefix[1]) };
  }
  return null;
}

/** Settle the side: a paired structure needs left or right, a single one is on the midline. */
function withSide(
  kind: 'muscle' | 'region' | 'bone',
  id: string,
  side: Side | undefined,
  fallback: Side | undefined,
): MappedPart | null {
  if (kind === 'bone') return { kind, id, side: side ?? fallback ?? 'midline' };
  const bilateral =
    kind === 'muscle'
      ? MUSCLES.find((m) => m.id === id)?.bilateral
      : isRegionId(id)
        ? getRegion(id).bilateral
        : undefined;
  if (bilateral === undefined) return null;
  if (!bilateral) return { kind, id, side: 'midline' } as MappedPart;
  const s = side === 'left' || side === 'right' ? side : fallback === 'left' || fallback === 'right' ? fallback : null;
  return s ? ({ kind, id, side: s } as MappedPart) : null;
}

/**
 * The schema of one mapping entry or extras object: `{ kind?, muscleId|regionId|boneId, side? }`.
 * Its issues are plain phrases ("names an unknown muscle (…)") that follow the node's name.
 */
export const MAPPING_ENTRY = v.pipe(
  v.custom<Record<string, unknown>>(isJsonObject, 'is not an object'),
  v.rawTransform(({ dataset, addIssue, NEVER }): MappingEntry => {
    const e = dataset.value;
    const fail = (message: string) => {
      addIssue({ message });
      return NEVER;
    };
    const side = e.side === undefined ? undefined : readSide(e.side);
    if (e.side !== undefined && !side) return fail(`has an unknown side (${String(e.side).slice(0, 20)})`);
    const given = (
      [
        ['muscle', e.muscleId],
        ['region', e.regionId],
        ['bone', e.boneId],
      ] as const
    ).filter(([, id]) => id !== undefined);
    if (given.length !== 1) return fail('needs exactly one of muscleId, regionId or boneId');
    const [kind, id] = given[0]!;
    if (e.kind !== undefined && e.kind !== kind)
      return fail(`says kind ${String(e.kind).slice(0, 20)} but gives a ${kind} id`);
    if (typeof id !== 'string') return fail(`has a ${kind} id that is not text`);
    const base = side ? { side } : {};
    if (kind === 'muscle')
      return isMuscleId(id) ? { kind, id, ...base } : fail(`names an unknown muscle (${id.slice(0, 60)})`);
    if (kind === 'region')
      return isRegionId(id) ? { kind, id, ...base } : fail(`names an unknown region (${id.slice(0, 60)})`);
    return BONE_ID.test(id)
      ? { kind, id, ...base }
      : fail(`has a bone id that is not a plain name (${id.slice(0, 60)})`);
  }),
);

/** A mapping entry or extras object, checked; or why it cannot be used. */
function readEntry(x: unknown): MappingEntry | string {
  if (!isJsonObject(x)) return 'is not an object';
  const r = v.safeParse(MAPPING_ENTRY, x, { abortEarly: true });
  return r.success ? r.output : (r.issues[0]?.message ?? 'cannot be read');
}

/**
 * Read a mapping file's text. Never throws: entries that cannot be used are named in `problems`;
 * a file that is no mapping at all gives `error` (and no entries).
 */
export function parseModelMapping(text: string): ModelMapping & { readonly error?: string } {
  const empty = new Map<string, MappingEntry>();
  if (typeof text !== 'string' || text.trim().length === 0) {
    return { entries: empty, problems: [], error: 'The mapping file is empty.' };
  }
  if (text.length > MAX_MAPPING_CHARS) {
    return { entries: empty, problems: [], error: 'The mapping file is too large (over 2 MB).' };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { entries: empty, problems: [], error: 'The mapping file is not valid JSON.' };
  }
  if (!isJsonObject(data)) {
    return {
      entries: empty,
      problems: [],
      error: 'The mapping file should be a JSON object: { "<node name>": { "muscleId": "…", "side": "left" } }.',
    };
  }
  const entries = new Map<string, MappingEntry>();
  const problems: string[] = [];
  const keys = Object.keys(data);
  if (keys.length > MAX_MAPPING_ENTRIES) problems.push(`only the first ${MAX_MAPPING_ENTRIES} entries were read`);
  for (const key of keys.slice(0, MAX_MAPPING_ENTRIES)) {
    if (key.length === 0 || key.length > 500) {
      problems.push('an entry with an empty or overlong node name');
      continue;
    }
    const e = readEntry(data[key]);
    if (typeof e === 'string') problems.push(`“${key.slice(0, 60)}” ${e}`);
    else entries.set(key, e);
  }
  return { entries, problems };
}

/** The part a node stands for by itself: mapping file, then extras, then name. */
function ownPart(node: ModelNode, mapping: ModelMapping | undefined): MappedPart | null {
  const fromName = parseNodeName(node.name);
  const entry = mapping?.entries.get(node.name);
  if (entry) {
    const p = withSide(entry.kind, entry.id, entry.side, fromName?.side);
    if (p) return p;
  }
  const extras = readEntry(node.extras);
  if (typeof extras !== 'string') {
    const p = withSide(extras.kind, extras.id, extras.side, fromName?.side);
    if (p) return p;
  }
  return fromName ? withSide(fromName.kind, fromName.id, fromName.side, undefined) : null;
}

/** Map a model's nodes to the knowledge base (see the module comment). */
export function mapModel(nodes: readonly ModelNode[], mapping?: ModelMapping): ModelMap {
  const own = nodes.map((n) => ownPart(n, mapping));
  const effective = (i: number): MappedPart | null => {
    // Walk up at most nodes.length steps, so a cycle in bad data cannot hang.
    let at: number | null = i;
    for (let steps = 0; at !== null && steps <= nodes.length; steps++) {
      const p = own[at];
      if (p) return p;
      const parent: number | null | undefined = nodes[at]?.parent;
      at = parent === undefined ? null : parent;
    }
    return null;
  };
  const muscles = new Set<string>();
  const regions = new Set<string>();
  const bones = new Set<string>();
  const unknown = new Set<string>();
  nodes.forEach((n, i) => {
    if (!n.hasMesh) return;
    const p = effective(i);
    if (!p) unknown.add(n.name || `(unnamed node ${i})`);
    else if (p.kind === 'muscle') muscles.add(muscleKey(p.id, p.side));
    else (p.kind === 'region' ? regions : bones).add(`${p.id}.${p.side}`);
  });
  const missing: MissingMuscle[] = [];
  for (const m of MUSCLES) {
    const sides: Side[] = m.bilateral ? ['left', 'right'] : ['midline'];
    const lacking = sides.filter((s) => !muscles.has(muscleKey(m.id, s)));
    if (lacking.length) missing.push({ id: m.id, sides: lacking });
  }
  return {
    own,
    muscles: [...muscles],
    regionCount: regions.size,
    boneCount: bones.size,
    missing,
    unknown: [...unknown],
  };
}
