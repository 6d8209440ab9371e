/**
 * The trapezius arises from the medial third of the superior nuchal line, the external occipital
 * protuberance and the ligamentum nuchae, so from behind its two sides meet along the midline of
 * the neck right up to the protuberance, as a plate shows them. (Its origin used to leave the
 * nuchal line 2 cm from the midline and run straight down the ligament: the occipital bone showed
 * in a notch between the two sides, from the inion 4 cm down.) Rays from behind over the origin's
 * width, below the line, must meet a trapezius before anything else under the skin (on her body at
 * the same places of the warped frame).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import { BODY_PROFILES } from '../../src/domain/body/profiles';
import { warpPoint } from '../../src/domain/body/warp';
import type { Vec3 } from '../../src/domain/types';
import { firstHit, loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

describe.each(BODY_IDS)("the trapezius's occipital origin on the %s body", (body) => {
  /** A point of the reference (male) frame on this body. */
  const at = (p: Vec3): Vec3 => warpPoint(BODY_PROFILES[body], p);
  let under: ModelMesh[] = [];
  beforeAll(async () => {
    // Everything under the skin at the back of the head and neck.
    const [low, high] = [at([0, 1.55, -0.06]), at([0, 1.66, -0.06])];
    under = (await loadModel(MODEL_PATHS[body])).filter(
      (m) =>
        m.extras.kind !== 'region' &&
        m.positions.some((v, i) => i % 3 === 1 && v > low[1] && v < high[1] && m.positions[i + 1]! < low[2]),
    );
  }, 60000);

  it('covers the back of the neck from side to side of the midline, up to the nuchal line', () => {
    const d: Vec3 = [0, 0, 1];
    const shown: string[] = [];
    let rays = 0;
    for (let x = -0.02; x <= 0.0201; x += 0.004) {
      for (let y = 1.58; y <= 1.6151; y += 0.005) {
        const o = at([x, y, -0.3]);
        let first = '';
        let nearest = Infinity;
        for (const m of under) {
          const h = firstHit(m, o, d);
          if (h && h.z < nearest) {
            nearest = h.z;
            first = m.name;
          }
        }
        rays++;
        if (!first.startsWith('trapezius_upper.'))
          shown.push(`x ${x.toFixed(3)} y ${y.toFixed(3)}: ${first || 'nothing'}`);
      }
    }
    expect(rays).toBeGreaterThan(60);
    expect(shown).toEqual([]);
  });
});
