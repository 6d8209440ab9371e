/**
 * The trapezius as a plate shows it from behind, checked with rays on both bodies (on hers at the
 * same places of the warped frame):
 * - It arises from the medial third of the superior nuchal line, the external occipital
 *   protuberance and the ligamentum nuchae, so its two sides meet along the back of the neck right
 *   up to the protuberance. (Its origin used to leave the nuchal line 2 cm from the midline and
 *   run straight down the ligament: 38 of these 88 rays met the occipital bone in a notch between
 *   the two sides.) Down the midline it reaches C7, where the middle part begins. (It stopped
 *   1.8 cm short of the middle part's first fibre: the C7 spinous process and the muscles under the
 *   trapezius showed in a notch at the base of the neck.)
 * - Its middle part wraps round the back-top edge of the shoulder in one sheet, so no clavicle
 *   shows through it from behind. (Its fibres used to split there, some over the top of the
 *   shoulder and the rest down its back, and the clavicle showed through the slot between them.)
 * - No spinous process shows through the seam where the two sides meet down the back of the neck.
 *   (The tips of C3–C6 lay on a straight line from the axis to C7, without the neck's lordosis,
 *   and the tip of C6 came 0.6 mm out through the seam.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import { BODY_PROFILES } from '../../src/domain/body/profiles';
import { warpPoint } from '../../src/domain/body/warp';
import type { Vec3 } from '../../src/domain/types';
import { firstMeshHit, loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

describe.each(BODY_IDS)('the trapezius of the %s body, from behind', (body) => {
  /** A point of the reference (male) frame on this body. */
  const at = (p: Vec3): Vec3 => warpPoint(BODY_PROFILES[body], p);
  /** Everything under the skin from the shoulders up, behind the ears. */
  let under: ModelMesh[] = [];
  beforeAll(async () => {
    const low = at([0, 1.38, -0.03]);
    under = (await loadModel(MODEL_PATHS[body])).filter(
      (m) =>
        m.extras.kind !== 'region' &&
        m.positions.some((v, i) => i % 3 === 1 && v > low[1] && m.positions[i + 1]! < low[2]),
    );
  }, 60000);

  /**
   * Rays from behind through a grid (`step` apart, reference frame): how many were cast, and
   * where the first thing a ray meets is `wrong`.
   */
  function fromBehind(
    xs: readonly [number, number],
    ys: readonly [number, number],
    step: readonly [number, number],
    wrong: (name: string) => boolean,
  ): { rays: number; shown: string[] } {
    const shown: string[] = [];
    let rays = 0;
    for (let x = xs[0]; x <= xs[1] + 1e-6; x += step[0]) {
      for (let y = ys[0]; y <= ys[1] + 1e-6; y += step[1]) {
        const first = firstMeshHit(under, at([x, y, -0.3]), [0, 0, 1]);
        rays++;
        if (wrong(first)) shown.push(`x ${x.toFixed(3)} y ${y.toFixed(3)}: ${first || 'nothing'}`);
      }
    }
    return { rays, shown };
  }

  it('covers the back of the neck from side to side of the midline, up to the nuchal line', () => {
    const { rays, shown } = fromBehind(
      [-0.02, 0.02],
      [1.58, 1.615],
      [0.004, 0.005],
      (n) => !n.startsWith('trapezius_upper.'),
    );
    expect(rays).toBe(88);
    expect(shown).toEqual([]);
  });

  it('covers the midline at the base of the neck, where the upper part meets the middle part', () => {
    const { rays, shown } = fromBehind(
      [-0.012, 0.012],
      [1.45, 1.51],
      [0.002, 0.003],
      (n) => !n.startsWith('trapezius_'),
    );
    expect(rays).toBeGreaterThan(200);
    expect(shown).toEqual([]);
  });

  it('hides the cervical spinous processes along the seam down the back of the neck', () => {
    const { rays, shown } = fromBehind([-0.006, 0.006], [1.45, 1.56], [0.001, 0.001], (n) =>
      /^(cervical|thoracic)_vertebrae/.test(n),
    );
    expect(rays).toBeGreaterThan(1400);
    expect(shown).toEqual([]);
  });

  it('covers the back of the clavicle: no clavicle shows through it above the shoulder', () => {
    const { rays, shown } = fromBehind([0.12, 0.19], [1.43, 1.455], [0.004, 0.0025], (n) => n.startsWith('clavicle.'));
    expect(rays).toBeGreaterThan(150);
    expect(shown).toEqual([]);
  });
});
