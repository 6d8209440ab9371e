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
const tmp2 = new Color();

/** RGBA bytes (sRGB) of a colour string and an opacity 0..1. */
export type Rgba = readonly [number, number, number, number];

function rgba(hex: string, alpha: number): Rgba {
  tmp.set(hex);
  return [Math.round(tmp.r * 255), Math.round(tmp.g * 255), Math.round(tmp.b * 255), Math.round(alpha * 255)];
}

function mixed(light: string, strong: string, t: number, alpha: number): Rgba {
  tmp.set(light);
  tmp2.set(strong);
  tmp.lerp(tmp2, Math.min(1, Math.max(0, t)));
  return [Math.round(tmp.r * 255), Math.round(tmp.g * 255), Math.round(tmp.b * 255), Math.round(alpha * 255)];
}

/** Muscle colours already computed, by role and strength (a paint computes each only once). */
const muscleColours = new Map<string, Rgba>();

/** The colour of a muscle part for its highlight. */
export function muscleColour(h: MeshHighlight): Rgba {
  const key = `${h.role}|${h.strength}`;
  let c = muscleColours.get(key);
  if (!c) {
    c = computeMuscleColour(h);
    if (muscleColours.size > 256) muscleColours.clear();
    muscleColours.set(key, c);
  }
  return c;
}

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

/** The colour of a skin region: opaque while nothing is highlighted, translucent otherwise. */
export function skinColour(state: SkinState, translucent: boolean): Rgba {
  if (!translucent) {
    if (state === 'site') return mixed(BODY_COLOURS.skin, BODY_COLOURS.painSite, 0.75, 1);
    if (state === 'hover') return mixed(BODY_COLOURS.skin, BODY_COLOURS.hover, 0.5, 1);
    return rgba(BODY_COLOURS.skin, 1);
  }
  if (state === 'site') return rgba(BODY_COLOURS.painSite, 0.32);
  if (state === 'hover') return rgba(BODY_COLOURS.hover, 0.26);
  return rgba(BODY_COLOURS.skin, 0.09);
}

/**
 * Fill every vertex of a part with one colour. A part is always one colour, so when its first
 * vertex already has it nothing is written. Returns whether the part changed.
 */
export function fillPart<K extends PartKind>(kind: MergedKind<K>, part: Part<K>, c: Rgba): boolean {
  const a = kind.colors;
  const start = part.vertexStart * 4;
  if (
    part.vertexCount > 0 &&
    a[start] === c[0] &&
    a[start + 1] === c[1] &&
    a[start + 2] === c[2] &&
    a[start + 3] === c[3]
  )
    return false;
  const end = (part.vertexStart + part.vertexCount) * 4;
  for (let o = start; o < end; o += 4) {
    a[o] = c[0];
    a[o + 1] = c[1];
    a[o + 2] = c[2];
    a[o + 3] = c[3];
  }
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

/** The draw order last written into each kind's index (its buckets and their order). */
const drawOrders = new WeakMap<MergedKind, string>();

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
  const src = kind.sourceIndex;
  const buckets = kind.parts.map(bucketOf);
  // The same order as last time: the drawn index is already right, upload nothing.
  const key = `${order.join(',')}/${buckets.join(',')}`;
  if (drawOrders.get(kind) === key) return;
  drawOrders.set(kind, key);
  kind.geometry.clearGroups();
  let o = 0;
  for (const bucket of order) {
    const start = o;
    for (const p of kind.parts) {
      if (buckets[p.index] !== bucket) continue;
      dst.set(src.subarray(p.indexStart, p.indexStart + p.indexCount), o);
      o += p.indexCount;
    }
    kind.geometry.addGroup(start, o - start, bucket);
  }
  index.needsUpdate = true;
}

export { isHighlighted };
