/**
 * The envelope of any body: the reference envelope (envelope.ts) seen through the body's warp,
 * with its breast contour.
 */
import type { Vec3 } from '../types';
import type { BodyId } from './bodyId';
import { breastLift } from './breast';
import { bodyDistance } from './envelope';
import { BODY_PROFILES, REFERENCE_BODY } from './profiles';
import { bodyScale, unwarpPoint } from './warp';

/**
 * A signed distance measured on the reference body at `q` (the point mapped back through W⁻¹),
 * as a distance on the body: less the breast lift there, scaled by the body's stature. For the
 * reference body it is the distance itself.
 */
export function distanceOnBody(body: BodyId, q: Vec3, referenceDistance: number): number {
  if (body === REFERENCE_BODY) return referenceDistance;
  const profile = BODY_PROFILES[body];
  return bodyScale(profile) * (referenceDistance - breastLift(profile, q));
}

/**
 * Approximate signed distance from a point of a body's frame to its skin (negative inside),
 * metres: the reference distance at the point mapped back (W⁻¹), as `distanceOnBody`. For the
 * reference body it is `bodyDistance` itself.
 */
export function bodyDistanceOf(body: BodyId, p: Vec3): number {
  const q = body === REFERENCE_BODY ? p : unwarpPoint(BODY_PROFILES[body], p);
  return distanceOnBody(body, q, bodyDistance(q));
}
