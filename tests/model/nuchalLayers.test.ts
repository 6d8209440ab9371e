/**
 * Under the back of the skull the muscles keep their layers: the splenius capitis, inserting on
 * the mastoid and the lateral superior nuchal line, covers the obliquus capitis superior, which
 * inserts on the occipital bone deep to it. (The two ended on the bone at the same place, so the
 * small muscle showed through the splenius's tendon in specks, seen from the side of the neck;
 * and the splenius's medial insertion point lay outside the skin.) Rays are cast at the two from
 * the side and from behind and to the side, on both bodies: wherever a ray meets both, it meets
 * the splenius first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import type { Vec3 } from '../../src/domain/types';
import { firstHit, loadModel, MODEL_PATHS, type ModelMesh, meshNamed } from './loadModel';

/** Directions the rays come from, for the left side (+x is the subject's left). */
const DIRECTIONS: readonly Vec3[] = [
  [1, 0, 0],
  [1, 0.2, 0],
  [0.7, 0, -0.7],
  [0.6, 0.3, -0.7],
];

describe.each(BODY_IDS)('the %s body', (body) => {
  let meshes: ModelMesh[] = [];
  beforeAll(async () => {
    meshes = await loadModel(MODEL_PATHS[body]);
  }, 60000);

  for (const side of ['left', 'right'] as const) {
    it(`covers the ${side} obliquus capitis superior with the splenius capitis`, () => {
      const s = side === 'left' ? 1 : -1;
      const splenius = meshNamed(meshes, `splenius_capitis.${side}`);
      const oblique = meshNamed(meshes, `obliquus_capitis_superior.${side}`);
      let both = 0;
      const through: string[] = [];
      const v = oblique.positions;
      for (const [dx, dy, dz] of DIRECTIONS) {
        const d: Vec3 = [-s * dx, -dy, -dz];
        // Aimed at each vertex of the small muscle, from 0.2 m out along the direction.
        for (let i = 0; i < v.length; i += 3) {
          const o: Vec3 = [v[i]! - 0.2 * d[0], v[i + 1]! - 0.2 * d[1], v[i + 2]! - 0.2 * d[2]];
          const a = firstHit(splenius, o, d);
          const b = firstHit(oblique, o, d);
          if (!a || !b) continue;
          both++;
          const from = { x: o[0], y: o[1], z: o[2] };
          const gap = a.distanceTo(from) - b.distanceTo(from);
          if (gap > 0)
            through.push(`${b.x.toFixed(4)} ${b.y.toFixed(4)} ${b.z.toFixed(4)} by ${(gap * 1000).toFixed(2)} mm`);
        }
      }
      expect(both).toBeGreaterThan(20);
      expect(through).toEqual([]);
    });
  }
});
