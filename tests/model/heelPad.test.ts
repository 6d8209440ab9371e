/**
 * The heel: the skin lies close behind the calcaneus, as it does over a real heel (skin and a thin
 * layer of fat behind the bone, where the tendo calcaneus inserts; the thick fat pad is under it).
 * The foot's loft once ended in a cap that stood out 2.7 cm behind the Achilles insertion: from the
 * side the heel read as a block, with 1.3–1.4 cm of flesh behind the bone. Under the bone the
 * heel's fat pad was 1 cm thick, the calcaneus sitting low in the heel; a standing adult's is
 * about 1.2–2 cm. Rays from behind and from below through the back of the calcaneus, on both feet
 * of both bodies, measure the flesh between the skin and the bone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import type { Vec3 } from '../../src/domain/types';
import { firstHit, firstHitAmong, loadModel, MODEL_PATHS, type ModelMesh, meshNamed } from './loadModel';

describe.each(BODY_IDS)('the heel of the %s body', (body) => {
  let bones: ModelMesh[] = [];
  let skin: ModelMesh[] = [];
  beforeAll(async () => {
    const meshes = await loadModel(MODEL_PATHS[body]);
    bones = [meshNamed(meshes, 'foot.left'), meshNamed(meshes, 'foot.right')];
    skin = meshes.filter((m) => m.extras.kind === 'region');
  }, 60000);

  /** Millimetres of flesh along a ray from `o` along `d`: from the skin's outer surface to the bone. */
  const flesh = (bone: ModelMesh, o: Vec3, d: Vec3): number => {
    const hitBone = firstHit(bone, o, d);
    const outer = firstHitAmong(skin, o, d);
    if (!hitBone || !outer) throw new Error(`no bone or skin along the ray from ${o}`);
    return outer.distanceTo(hitBone) * 1000;
  };

  it('has under a centimetre of flesh behind the calcaneus, and a pad of 1.3 cm or more under it', () => {
    for (const [s, bone] of [
      [1, bones[0]],
      [-1, bones[1]],
    ] as const) {
      if (!bone) throw new Error('no foot bones');
      // The back of the calcaneus: the bone's hindmost point on this side.
      const p = bone.positions;
      let back: Vec3 = [0, 0, Infinity];
      for (let i = 0; i < p.length; i += 3) {
        if (s * p[i]! > 0 && p[i + 2]! < back[2]) back = [p[i]!, p[i + 1]!, p[i + 2]!];
      }
      const behind = flesh(bone, [back[0], back[1], back[2] - 0.2], [0, 0, 1]);
      expect(behind, `behind the ${s > 0 ? 'left' : 'right'} heel`).toBeLessThan(10);
      expect(behind).toBeGreaterThan(3);
      // Under the heel, 1.5 cm in front of the bone's back: the heel's fat pad.
      const under = flesh(bone, [back[0], back[1] - 0.2, back[2] + 0.015], [0, 1, 0]);
      const heel = `under the ${s > 0 ? 'left' : 'right'} heel`;
      expect(under, heel).toBeGreaterThan(13);
      expect(under, heel).toBeLessThan(20);
    }
  });
});
