/**
 * The bony landmarks of any body: the reference landmarks (landmarks.ts, left side) moved through
 * the body's warp. Mirror a result (x → −x) for the right side.
 */
import type { BodyId } from '../../../src/domain/body/bodyId';
import { BODY_PROFILES } from '../../../src/domain/body/profiles';
import { warpPoint } from '../../../src/domain/body/warp';
import type { Vec3 } from '../vec';
import { L, type LandmarkName } from './landmarks';

/** A named landmark of a body, in that body's frame (metres). */
export function landmarkOf(body: BodyId, name: LandmarkName): Vec3 {
  return warpPoint(BODY_PROFILES[body], L[name]);
}
