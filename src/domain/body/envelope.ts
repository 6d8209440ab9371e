/**
 * Geometry of the body envelope: where a point lies relative to a segment (along its axis, around
 * it, and how far from its surface), and a signed distance to the whole body.
 */
import type { PairedSide, Vec3 } from '../types';
import { catmullRomValue } from './curve';
import { DETAIL_REPLACES, withDetail, withRelief } from './details';
import { SEGMENTS, type Section, type Segment, type SegmentId } from './segments';

const AXIS_INDEX = { x: 0, y: 1, z: 2 } as const;

/** Where a point lies relative to one segment. */
export interface SegmentLocation {
  readonly segment: Segment;
  /** The point's coordinate along the segment's axis (metres). */
  readonly along: number;
  /** Angle around the axis, degrees in (−180, 180]: 0 = front, +90 = side direction. */
  readonly angle: number;
  /** Approximate signed distance to the segment's surface (negative inside), metres. */
  readonly distance: number;
}

/**
 * How far a segment's section may move (its centre) and grow or shrink (its radii) beyond its
 * end, in its cap, as shares of the end's smaller radius.
 */
const CAP_SHIFT = 0.15;
const CAP_GROWTH = 0.05;
/**
 * The segments whose caps ease on so (their ends show: the neck's base, the groin, the top of the
 * shoulder). The limbs' ends lie inside the next segment at a joint, where tendons run just under
 * the skin; a cap eased there lowered the skin onto them.
 */
const EASED_CAPS: readonly SegmentId[] = ['head', 'neck', 'trunk', 'shoulder'];

/**
 * The cross-section of a segment at an axis coordinate. Beyond an end (in its rounded cap) the
 * end section carries on at its span's slope, easing off over the cap; `clamped` says how far beyond.
 */
export function sectionAt(segment: Segment, along: number, smooth = false): Section & { clamped: number } {
  const k = AXIS_INDEX[segment.along];
  const secs = segment.sections;
  const first = secs[0] as Section;
  const last = secs[secs.length - 1] as Section;
  const lo = Math.min(first.c[k], last.c[k]);
  const hi = Math.max(first.c[k], last.c[k]);
  const a = Math.min(hi, Math.max(lo, along));
  for (let i = 0; i + 1 < secs.length; i++) {
    const s0 = secs[i] as Section;
    const s1 = secs[i + 1] as Section;
    const a0 = s0.c[k];
    const a1 = s1.c[k];
    if ((a >= Math.min(a0, a1) && a <= Math.max(a0, a1)) || i + 2 === secs.length) {
      const t = a1 === a0 ? 0 : (a - a0) / (a1 - a0);
      // Catmull-Rom between sections (C1-smooth, so the loft shows no rings), with the radii
      // kept near the two sections' range so the curve cannot bulge.
      //
      // `smooth` (the drawn skin): beyond an end, in the rounded cap, the section keeps changing
      // at the slope its last span ends with (as if the loft went on straight), easing off over
      // the cap's length and by at most CAP_SHIFT and CAP_GROWTH (for EASED_CAPS): the cap then leaves the side
      // wall without a crease. A cap of the end section as it stands met a loft still narrowing
      // there at a crease, a ring round the body that the skin's shading showed (the arc on the
      // shoulder where its segment ends). Without it, the body the muscles are laid out under
      // keeps its shape.
      const sp = secs[i - 1];
      const sn = secs[i + 2];
      const span = a1 - a0;
      const beyond = along - a;
      const end = beyond === 0 || !smooth || !EASED_CAPS.includes(segment.id) ? undefined : t <= 0 ? 0 : 1;
      const endSection = end === 0 ? s0 : s1;
      const capLength =
        end === undefined
          ? 0
          : (segment.caps?.[along < lo === first.c[k] < last.c[k] ? 0 : 1] ?? Math.min(endSection.rs, endSection.rf));
      const ease =
        Math.abs(beyond) >= capLength ? capLength / 2 : Math.abs(beyond) * (1 - Math.abs(beyond) / (2 * capLength));
      const cr = (get: (sec: Section) => number, share: number) => {
        const before = sp ? get(sp) : 2 * get(s0) - get(s1);
        const after = sn ? get(sn) : 2 * get(s1) - get(s0);
        const v = catmullRomValue(before, get(s0), get(s1), after, t);
        if (end === undefined || span === 0) return v;
        // The end's slope per step of the sections (its span's, as the loft went on straight).
        const slope = get(s1) - get(s0);
        // The change, at most `share` of the end's smaller radius (smoothly: a loft ending
        // steeply, as the trunk does into the neck, keeps most of its cap).
        const limit = share * Math.min(endSection.rs, endSection.rf);
        return v + limit * Math.tanh(((slope / span) * Math.sign(beyond) * ease) / limit);
      };
      const clampR = (v: number, r0: number, r1: number) =>
        end === undefined ? Math.min(Math.max(r0, r1) * 1.08, Math.max(Math.min(r0, r1) * 0.92, v)) : v;
      return {
        c: [cr((x) => x.c[0], CAP_SHIFT), cr((x) => x.c[1], CAP_SHIFT), cr((x) => x.c[2], CAP_SHIFT)],
        rs: clampR(
          cr((x) => x.rs, CAP_GROWTH),
          s0.rs,
          s1.rs,
        ),
        rf: clampR(
          cr((x) => x.rf, CAP_GROWTH),
          s0.rf,
          s1.rf,
        ),
        n: (s0.n ?? segment.n ?? 2) + ((s1.n ?? segment.n ?? 2) - (s0.n ?? segment.n ?? 2)) * t,
        clamped: along < lo ? lo - along : along > hi ? along - hi : 0,
      };
    }
  }
  return { ...first, clamped: 0 };
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/**
 * Locate a point relative to a segment given for the left side. Ends are closed by an
 * ellipsoidal cap whose length is the smaller radius of the end section.
 */
export function locate(segment: Segment, p: Vec3, smooth = false): SegmentLocation {
  const k = AXIS_INDEX[segment.along];
  const along = p[k];
  const sec = sectionAt(segment, along, smooth);
  const d: Vec3 = [p[0] - sec.c[0], p[1] - sec.c[1], p[2] - sec.c[2]];
  const ds = dot(d, segment.side);
  const df = dot(d, segment.front);
  const r = Math.hypot(ds, df);
  const angle = (Math.atan2(ds, df) * 180) / Math.PI;
  // Radius of the ellipse in the point's direction.
  const n = sec.n ?? segment.n ?? 2;
  const re =
    r < 1e-9
      ? Math.min(sec.rs, sec.rf)
      : n === 2
        ? 1 / Math.hypot(ds / r / sec.rs, df / r / sec.rf)
        : (Math.abs(ds / r / sec.rs) ** n + Math.abs(df / r / sec.rf) ** n) ** (-1 / n);
  let distance: number;
  if (sec.clamped <= 0) {
    distance = r - re;
  } else {
    // Ellipsoidal cap (radii re around the axis, cap along it). The first-order ellipsoid
    // distance k0·(k0 − 1)/k1 follows the cap's surface closely and equals r − re where the cap
    // meets the side wall, so the surface has no crease there (a scaled estimate such as
    // (k0 − 1)·min(re, cap) changes slope at the seam and, where the neck meets the head,
    // meshed into a jagged band under the jaw).
    const atStart =
      along < (segment.sections[0] as Section).c[k] ===
      (segment.sections[0] as Section).c[k] < (segment.sections[1] as Section).c[k];
    const endSec = (atStart ? segment.sections[0] : segment.sections[segment.sections.length - 1]) as Section;
    const cap = segment.caps?.[atStart ? 0 : 1] ?? Math.min(endSec.rs, endSec.rf);
    const k0 = Math.hypot(r / re, sec.clamped / cap);
    const k1 = Math.hypot(r / (re * re), sec.clamped / (cap * cap));
    distance = k1 > 1e-12 ? (k0 * (k0 - 1)) / k1 : -Math.min(re, cap);
  }
  return { segment, along, angle: angle <= -180 ? 180 : angle, distance };
}

/** Mirror a point to the left side (x ≥ 0) and say which side it was on. */
export function toLeft(p: Vec3): { p: Vec3; side: PairedSide | 'midline' } {
  const side = p[0] > 1e-4 ? 'left' : p[0] < -1e-4 ? 'right' : 'midline';
  return { p: [Math.abs(p[0]), p[1], p[2]], side };
}

/**
 * The segment that owns a point: the one whose surface the point is deepest inside (or nearest
 * to, outside the body). The point must already be mirrored to the left side.
 */
export function owningSegment(pLeft: Vec3): SegmentLocation {
  let best: SegmentLocation | undefined;
  for (const seg of SEGMENTS) {
    const loc = locate(seg, pLeft);
    if (!best || loc.distance < best.distance) best = loc;
  }
  return best as SegmentLocation;
}

/** Polynomial smooth minimum (k = blend radius, metres). */
export function smoothMin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - (h * h * k) / 4;
}

/** Blend radius between segments for the skin surface, metres. */
export const SKIN_BLEND = 0.018;

/** The lofted segments of the skin, each with a box around it (sections plus radii and caps). */
const LOFTED = SEGMENTS.filter((s) => !DETAIL_REPLACES.includes(s.id)).map((segment) => {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const sec of segment.sections) {
    const r = Math.max(sec.rs, sec.rf) * 1.1 + Math.max(segment.caps?.[0] ?? 0, segment.caps?.[1] ?? 0, sec.rs, sec.rf);
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, (sec.c[k] as number) - r);
      max[k] = Math.max(max[k] as number, (sec.c[k] as number) + r);
    }
  }
  return { segment, min, max };
});

/**
 * How far beyond its box a segment is still evaluated: the loft's distance is only an estimate,
 * so a segment is skipped only where it cannot come within the blend of the nearest one.
 */
const CULL_MARGIN = 0.06;

/**
 * Approximate signed distance from a point to the skin (negative inside the body), metres: the
 * lofted segments blended together, with the hands, feet, face and surface landmarks of
 * `details.ts` on top. `smooth`: the drawn skin's shape, without a crease where its pieces meet
 * (see `sectionAt` and `detailShapes` in details.ts); the muscles and bones are laid out under
 * the plain one, which differs from it by a millimetre or two near those places.
 */
export function bodyDistance(p: Vec3, smooth = false): number {
  const q: Vec3 = [Math.abs(p[0]), p[1], p[2]];
  let d = Number.POSITIVE_INFINITY;
  for (const { segment, min, max } of LOFTED) {
    if (d !== Number.POSITIVE_INFINITY) {
      const ox = Math.max((min[0] as number) - q[0], 0, q[0] - (max[0] as number));
      const oy = Math.max((min[1] as number) - q[1], 0, q[1] - (max[1] as number));
      const oz = Math.max((min[2] as number) - q[2], 0, q[2] - (max[2] as number));
      if (Math.sqrt(ox * ox + oy * oy + oz * oz) > d + SKIN_BLEND + CULL_MARGIN) continue;
    }
    const dist = locate(segment, q, smooth).distance;
    d = d === Number.POSITIVE_INFINITY ? dist : smoothMin(d, dist, SKIN_BLEND);
  }
  return withDetail(d, q[0], q[1], q[2], SKIN_BLEND, smooth);
}

/**
 * Signed distance to the drawn skin: the smooth `bodyDistance` with `relief` of the muscle relief of
 * `details.ts` (1 for the reference body; see `BodyProfile.relief`). The muscles are laid out
 * under `bodyDistance`; only the skin is drawn over the relief.
 */
export function skinDistance(p: Vec3, relief: number): number {
  return withRelief(bodyDistance(p, true), Math.abs(p[0]), p[1], p[2], relief);
}
