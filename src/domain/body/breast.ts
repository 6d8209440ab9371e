/**
 * The breast contour: how far a body's skin is lifted off the reference chest wall near a point
 * of the reference frame. Skin only: the muscles and bones are not moved by it, so they stay
 * under the skin.
 */
import type { Vec3 } from '../types';
import { smoothstep } from './curve';
import type { BodyProfile } from './profiles';

/**
 * The lift at a reference-frame point (metres, 0 away from the breasts): a dome, fuller below
 * its centre than above (the lower pole and the fold under it), that fades out towards the sides
 * of the chest. Mirror-symmetric.
 */
export function breastLift(profile: BodyProfile, p: Vec3): number {
  const b = profile.breast;
  if (!b) return 0;
  const dx = (Math.abs(p[0]) - b.centre[0]) / b.radius.side;
  const dyRaw = p[1] - b.centre[1];
  const dy = dyRaw / (dyRaw > 0 ? b.radius.up : b.radius.down);
  const r2 = dx * dx + dy * dy;
  if (r2 >= 1) return 0;
  const dome = (1 - r2) * (1 - r2);
  return b.depth * dome * smoothstep(b.front[0], b.front[1], p[2]);
}
