/**
 * `regionAt`: the pain region and side under a point on (or near) the body surface.
 */

import { type BodyId, DEFAULT_BODY } from './body/bodyId';
import { distanceOnBody } from './body/bodyShape';
import type { SegmentLocation } from './body/envelope';
import { owningSegment, sectionAt, toLeft } from './body/envelope';
import { BODY_PROFILES, REFERENCE_BODY } from './body/profiles';
import { unwarpPoint } from './body/warp';
import { REGIONS } from './data/regions';
import type { RegionId } from './ids';
import type { Region, RegionPatch, Side, Vec3 } from './types';

/** The answer of `regionAt`. */
export interface RegionHit {
  readonly regionId: RegionId;
  readonly side: Side;
  /** Distance from the point to the skin, metres (0 on the surface). */
  readonly distanceToSkin: number;
}

function angleGap(angle: number, lo: number, hi: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const a of [angle - 360, angle, angle + 360]) {
    if (a >= lo && a <= hi) return 0;
    best = Math.min(best, Math.abs(a - lo), Math.abs(a - hi));
  }
  return best;
}

/** How far a located point is from a patch: 0 inside, else metres along the skin (approx.). */
function patchGap(loc: SegmentLocation, patch: RegionPatch): number {
  const [a0, a1] = patch.along;
  const alongGap = loc.along < a0 ? a0 - loc.along : loc.along > a1 ? loc.along - a1 : 0;
  const sec = sectionAt(loc.segment, loc.along);
  const radius = (sec.rs + sec.rf) / 2;
  const arc = (angleGap(loc.angle, patch.angle[0], patch.angle[1]) * Math.PI * radius) / 180;
  return Math.hypot(alongGap, arc);
}

/**
 * The pain region and side nearest a point in the model frame (metres) of a body (the default
 * body unless one is given). Every point gets an answer: the region whose patch on the owning
 * body segment contains the point, or else the nearest such patch. `side` is the subject's own
 * side (`midline` for midline regions). Another body's point is first mapped back onto the
 * reference body through its warp (docs/female-body.md), so the regions follow the body.
 */
export function regionAt(point: Vec3, body: BodyId = DEFAULT_BODY): RegionHit {
  const q = body === REFERENCE_BODY ? point : unwarpPoint(BODY_PROFILES[body], point);
  const { p, side } = toLeft(q);
  const loc = owningSegment(p);
  let best: { region: Region; gap: number } | undefined;
  for (const region of REGIONS) {
    for (const patch of region.patches) {
      if (patch.segment !== loc.segment.id) continue;
      const gap = patchGap(loc, patch);
      if (!best || gap < best.gap) best = { region, gap };
    }
  }
  if (!best) throw new Error(`no region is defined on segment ${loc.segment.id}`);
  const regionSide: Side = best.region.bilateral ? (side === 'midline' ? 'left' : side) : 'midline';
  return {
    regionId: best.region.id,
    side: regionSide,
    distanceToSkin: Math.abs(distanceOnBody(body, q, loc.distance)),
  };
}
