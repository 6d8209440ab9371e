/**
 * Over the top of the head the skull lies close under the skin, as it does under a real scalp
 * (skin, fat, the galea and the pericranium: about half a centimetre over the vault). The skull's
 * vault was one ellipsoid, a dome that fell away inside a boxier head: the scalp over the crown and
 * the upper back of the head was up to 1.8 cm thick, so in the x-ray view the skull sat small inside the
 * head. Rays are cast outwards from the middle of the vault over its upper half, on both bodies,
 * and the skin's distance beyond the skull is measured along each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import type { Vec3 } from '../../src/domain/types';
import { firstHit, firstHitAmong, loadModel, MODEL_PATHS, type ModelMesh, meshNamed } from './loadModel';

describe.each(BODY_IDS)('the scalp of the %s body', (body) => {
  let skull: ModelMesh;
  let skin: ModelMesh[] = [];
  beforeAll(async () => {
    const meshes = await loadModel(MODEL_PATHS[body]);
    skull = meshNamed(meshes, 'skull');
    skin = meshes.filter((m) => m.extras.kind === 'region');
  }, 60000);

  it('is under a centimetre thick over the upper half of the vault, and never paper-thin', () => {
    // The vault's top, and its middle front to back 3 cm below the top.
    const p = skull.positions;
    let top = -Infinity;
    for (let i = 1; i < p.length; i += 3) top = Math.max(top, p[i]!);
    let front = -Infinity;
    let back = Infinity;
    for (let i = 0; i < p.length; i += 3) {
      if (p[i + 1]! < top - 0.03) continue;
      front = Math.max(front, p[i + 2]!);
      back = Math.min(back, p[i + 2]!);
    }
    const centre: Vec3 = [0, top - 0.08, (front + back) / 2];
    const thickness: string[] = [];
    const depths: number[] = [];
    for (const elevation of [50, 70, 90]) {
      for (let azimuth = 0; azimuth < 360; azimuth += 45) {
        const e = (elevation * Math.PI) / 180;
        const a = (azimuth * Math.PI) / 180;
        const d: Vec3 = [Math.cos(e) * Math.sin(a), Math.sin(e), Math.cos(e) * Math.cos(a)];
        const o: Vec3 = [centre[0] + 0.3 * d[0], centre[1] + 0.3 * d[1], centre[2] + 0.3 * d[2]];
        const inward: Vec3 = [-d[0], -d[1], -d[2]];
        const bone = firstHit(skull, o, inward);
        // The skin's outer surface: its hit nearest the ray's origin outside the head.
        const outer = firstHitAmong(skin, o, inward);
        if (!bone || !outer) throw new Error(`no skull or skin at elevation ${elevation}, azimuth ${azimuth}`);
        const depth = outer.distanceTo(bone);
        depths.push(depth);
        thickness.push(`${elevation}°/${azimuth}°: ${(depth * 1000).toFixed(1)} mm`);
        if (elevation === 90) break;
      }
    }
    expect(depths.length).toBe(17);
    expect(Math.max(...depths), thickness.join(', ')).toBeLessThanOrEqual(0.01);
    expect(Math.min(...depths), thickness.join(', ')).toBeGreaterThanOrEqual(0.003);
  });
});
