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
 * Approximate signed distance from a point of a body's frame to its skin (negative inside),
 * metres: the reference distance at the point mapped back (W⁻¹), less the breast lift there,
 * scaled by the body's stature. For the reference body it is `bodyDistance` itself.
 */
export function bodyDistanceOf(body: BodyId, p: Vec3): number {
  const profile = BODY_PROFILES[body];
  if (body === REFERENCE_BODY) return bodyDistance(p);
  const q = unwarpPoint(profile, p);
  return bodyScale(profile) * (bodyDistance(q) - breastLift(profile, q));
}
