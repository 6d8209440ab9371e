/**
 * Paints the merged meshes: per-vertex colour and opacity for each part, and the draw order of
 * the muscle triangles (highlighted parts first, drawn opaque; the rest after, drawn faded).
 */
import { type BufferAttribute, Color } from 'three';
import type { HighlightRole, MeshHighlight } from '../domain/highlight';
import { BODY_COLOURS, isHighlighted, ROLE_COLOURS } from '../theme/palette';
import type { MergedKind, Part, PartKind } from './anatomyParts';
import { HATCH_ALPHA } from './hatch';

const tmp = new Color();

/** Colour strings parsed once each (parsing a CSS colour is slow next to everything else a paint does). */
const parsed = new Map<string, Color>();
function colourOf(hex: string): Color {
  let c = parsed.get(hex);
  if (!c) {
    c = new Color(hex);
    parsed.set(hex, c);
  }
  return c;
}

/** RGBA bytes (sRGB) of a colour string and an opacity 0..1. */
export type Rgba = readonly [number, number, number, number];

function rgba(hex: string, alpha: number): Rgba {
  tmp.copy(colourOf(hex));
  return [Math.round(tmp.r * 255), Math.round(tmp.g * 255), Math.round(tmp.b * 255), Math.round(alpha * 255)];
}

function mixed(light: string, strong: string, t: number, alpha: number): Rgba {
  tmp.copy(colourOf(light));
  tmp.lerp(colourOf(strong), Math.min(1, Math.max(0, t)));
  return [Math.round(tmp.r * 255), Math.round(tmp.g * 255), Math.round(tmp.b * 255), Math.round(alpha * 255)];
}

/** Muscle colours already computed, by role and strength (a paint computes each only once). */
const muscleColours = new Map<string, Rgba>();

/** The colour of a muscle part for its highlight. */
export function muscleColour(h: MeshHighlight): Rgba {
  // A highlight object (one is shared by every faded part of a paint) is looked up by identity first.
  let c = colourOfHighlight.get(h);
  if (c) return c;
  const key = `${h.role}|${h.strength}`;
  c = muscleColours.get(key);
  if (!c) {
    c = computeMuscleColour(h);
    if (muscleColours.size > 256) muscleColours.clear();
    muscleColours.set(key, c);
  }
  colourOfHighlight.set(h, c);
  return c;
}

/** The colour of each highlight object already seen. */
const colourOfHighlight = new WeakMap<MeshHighlight, Rgba>();

function computeMuscleColour(h: MeshHighlight): Rgba {
  switch (h.role) {
    case 'none':
      return rgba(BODY_COLOURS.muscle, 1);
    case 'faded':
      return rgba(BODY_COLOURS.faded, 0.11);
    case 'avoid': {
      // Opaque, and marked for the hatched "no deep work" look (see hatch.ts).
      const [r, g, b] = rgba(ROLE_COLOURS.avoid.strong, 1);
      return [r, g, b, HATCH_ALPHA];
    }
    case 'compensating':
    case 'inhibited':
    case 'underactive': {
      // See-through, so the primary muscles behind them still show.
      const c = ROLE_COLOURS[h.role];
      return mixed(c.light, c.strong, h.strength, 0.5 + 0.3 * h.strength);
    }
    default: {
      const c = ROLE_COLOURS[h.role];
      return mixed(c.light, c.strong, h.strength, 1);
    }
  }
}

/** Whether a muscle of this role is drawn opaque (in front of the see-through ones). */
export function isOpaqueRole(role: HighlightRole): boolean {
  return role === 'primary' || role === 'overactive' || role === 'focus' || role === 'avoid';
}

/** How a skin region is shown. */
export type SkinState = 'rest' | 'hover' | 'site';

/** The skin's colours, computed once each (a paint asks for one per region). */
const skinColours = new Map<string, Rgba>();

/** The colour of a skin region: opaque while nothing is highlighted, translucent otherwise. */
export function skinColour(state: SkinState, translucent: boolean): Rgba {
  const key = translucent ? `t${state}` : state;
  let c = skinColours.get(key);
  if (!c) {
    c = computeSkinColour(state, translucent);
    skinColours.set(key, c);
  }
  return c;
}

function computeSkinColour(state: SkinState, translucent: boolean): Rgba {
  if (!translucent) {
    if (state === 'site') return mixed(BODY_COLOURS.skin, BODY_COLOURS.painSite, 0.75, 1);
    if (state === 'hover') return mixed(BODY_COLOURS.skin, BODY_COLOURS.hover, 0.5, 1);
    return rgba(BODY_COLOURS.skin, 1);
  }
  if (state === 'site') return rgba(BODY_COLOURS.painSite, 0.32);
  if (state === 'hover') return rgba(BODY_COLOURS.hover, 0.26);
  return rgba(BODY_COLOURS.skin, 0.09);
}

/** One RGBA colour as the 32-bit word it is in memory (the platform's byte order, read back). */
const word = new Uint32Array(1);
const wordBytes = new Uint8Array(word.buffer);
function packed(c: Rgba): number {
  wordBytes[0] = c[0];
  wordBytes[1] = c[1];
  wordBytes[2] = c[2];
  wordBytes[3] = c[3];
  return word[0]!;
}

/** A 32-bit view of each colour buffer (one word per vertex), made once per buffer. */
const wordViews = new WeakMap<Uint8Array, Uint32Array>();
function wordsOf(a: Uint8Array): Uint32Array {
  let v = wordViews.get(a);
  if (!v) {
    v = new Uint32Array(a.buffer, a.byteOffset, a.byteLength >> 2);
    wordViews.set(a, v);
  }
  return v;
}

/**
 * Fill every vertex of a part with one colour. A part is always one colour, so when its first
 * vertex already has it nothing is written. Returns whether the part changed.
 */
export function fillPart<K extends PartKind>(kind: MergedKind<K>, part: Part<K>, c: Rgba): boolean {
  // The colour buffer holds 4 bytes per vertex, so it is filled one 32-bit word per vertex.
  const words = wordsOf(kind.colors);
  const w = packed(c);
  if (part.vertexCount > 0 && words[part.vertexStart] === w) return false;
  words.fill(w, part.vertexStart, part.vertexStart + part.vertexCount);
  return true;
}

/**
 * Paint every part of a kind with `colourOf` and mark for upload only what changed: one update
 * range per run of neighbouring changed parts (a part whose colour is null is left as it is).
 * Returns the number of ranges (0: nothing to upload).
 */
export function paintParts<K extends PartKind>(kind: MergedKind<K>, colourOf: (part: Part<K>) => Rgba | null): number {
  const attr = kind.geometry.attributes.color as BufferAttribute;
  let ranges = 0;
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart < 0) return;
    attr.addUpdateRange(runStart, runEnd - runStart);
    ranges++;
  };
  for (const p of kind.parts) {
    const c = colourOf(p);
    if (!c || !fillPart(kind, p, c)) continue;
    const s = p.vertexStart * 4;
    const e = (p.vertexStart + p.vertexCount) * 4;
    if (s === runEnd) runEnd = e;
    else {
      flush();
      runStart = s;
      runEnd = e;
    }
  }
  flush();
  if (ranges > 0) attr.needsUpdate = true;
  return ranges;
}

/**
 * Rebuild the drawn index: parts for which `front(part)` is true first (group 0, material 0),
 * the others after (group 1, material 1). Returns the number of indices in group 0.
 */
export function orderTriangles<K extends PartKind>(kind: MergedKind<K>, front: (part: Part<K>) => boolean): number {
  orderBuckets(kind, (p) => (front(p) ? 0 : 1), [0, 1]);
  return kind.geometry.groups[0]!.count;
}

/** The draw order last written into each kind's index: the bucket of each part, then the order. */
const drawOrders = new WeakMap<MergedKind, Int32Array>();
/** Each part's range of the source index, as a view made once per kind. */
const sourceRanges = new WeakMap<MergedKind, Uint32Array[]>();

/**
 * Rebuild the drawn index in buckets: each part goes to the bucket `bucketOf` gives it (the
 * bucket is the material index of its group), or is left out of the drawn index (null: hidden,
 * and not drawn at all). Groups follow `order`, one per bucket, even when empty.
 */
export function orderBuckets<K extends PartKind>(
  kind: MergedKind<K>,
  bucketOf: (part: Part<K>) => number | null,
  order: readonly number[],
): void {
  const index = kind.geometry.index!;
  const dst = index.array as Uint32Array;
  const parts = kind.parts;
  const n = parts.length;
  // The buckets (-1: hidden) followed by the order, compared with what was written last time.
  const key = new Int32Array(n + order.length);
  for (let i = 0; i < n; i++) key[i] = bucketOf(parts[i]!) ?? -1;
  key.set(order, n);
  const last = drawOrders.get(kind);
  // The same order as last time: the drawn index is already right, upload nothing.
  if (last && last.length === key.length && last.every((b, i) => b === key[i])) return;
  drawOrders.set(kind, key);
  let ranges = sourceRanges.get(kind);
  if (!ranges) {
    ranges = parts.map((p) => kind.sourceIndex.subarray(p.indexStart, p.indexStart + p.indexCount));
    sourceRanges.set(kind, ranges);
  }
  kind.geometry.clearGroups();
  let o = 0;
  for (const bucket of order) {
    const start = o;
    for (let i = 0; i < n; i++) {
      if (key[i] !== bucket) continue;
      const r = ranges[i]!;
      dst.set(r, o);
      o += r.length;
    }
    kind.geometry.addGroup(start, o - start, bucket);
  }
  index.needsUpdate = true;
}

export { isHighlighted };
