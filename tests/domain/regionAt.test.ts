import { describe, expect, it } from 'vitest';
import { landmarkOf } from '../../scripts/model/data/bodyLandmarks';
import type { LandmarkName } from '../../scripts/model/data/landmarks';
import { BODY_IDS, type BodyId } from '../../src/domain/body/bodyId';
import { bodyDistanceOf } from '../../src/domain/body/bodyShape';
import { bodyDistance } from '../../src/domain/body/envelope';
import { BODY_PROFILES } from '../../src/domain/body/profiles';
import { warpPoint } from '../../src/domain/body/warp';
import { regionAt, regionAt as regionAtOf } from '../../src/domain/regionAt';
import type { Vec3 } from '../../src/domain/types';

const cases: [string, Vec3, string, string][] = [
  ['forehead', [0, 1.69, 0.08], 'forehead', 'midline'],
  ['top of head', [0, 1.749, -0.025], 'vertex', 'midline'],
  ['left temple', [0.077, 1.67, 0.0], 'temple', 'left'],
  ['back of neck, right', [-0.02, 1.53, -0.097], 'back_of_neck', 'right'],
  ['outside of left elbow', [0.265, 1.1, -0.04], 'outer_elbow', 'left'],
  ['outside of right elbow', [-0.265, 1.1, -0.04], 'outer_elbow', 'right'],
  ['left chest', [0.08, 1.32, 0.07], 'chest', 'left'],
  ['low back, left', [0.05, 1.05, -0.112], 'low_back', 'left'],
  ['right buttock', [-0.08, 0.88, -0.13], 'buttock', 'right'],
  ['top of left shoulder', [0.12, 1.467, -0.045], 'top_of_shoulder', 'left'],
  ['left palm', [0.255, 0.75, -0.014], 'palm', 'left'],
  ['left shin', [0.09, 0.3, 0.005], 'shin', 'left'],
  ['right calf', [-0.09, 0.34, -0.09], 'calf', 'right'],
  ['sole of left foot', [0.1, 0.002, 0.05], 'sole', 'left'],
  ['left heel underneath', [0.095, 0.003, -0.11], 'heel', 'left'],
  ['front of right knee', [-0.09, 0.5, 0.027], 'front_of_knee', 'right'],
  ['breastbone', [0, 1.3, 0.077], 'breastbone', 'midline'],
];

describe('regionAt', () => {
  it.each(cases)('%s', (_label, point, region, side) => {
    const hit = regionAt(point);
    expect(hit.regionId).toBe(region);
    expect(hit.side).toBe(side);
  });

  it('is mirror-symmetric: the same region on the other side', () => {
    for (let i = 0; i < 500; i++) {
      const p: Vec3 = [0.002 + Math.abs(Math.sin(i)) * 0.3, 0.05 + ((i * 0.37) % 1.7), Math.cos(i * 1.3) * 0.15];
      const a = regionAt(p);
      const b = regionAt([-p[0], p[1], p[2]]);
      expect(b.regionId).toBe(a.regionId);
      if (a.side === 'left') expect(b.side).toBe('right');
      if (a.side === 'midline') expect(b.side).toBe('midline');
    }
  });

  it('reports how far a point is from the skin', () => {
    expect(regionAt([0.265, 1.1, -0.04]).distanceToSkin).toBeLessThan(0.01);
    expect(regionAt([0.6, 1.1, -0.04]).distanceToSkin).toBeGreaterThan(0.2);
  });
});

describe('regionAt on the female body', () => {
  it.each(cases)('%s, moved through her warp', (_label, point, region, side) => {
    const hit = regionAt(warpPoint(BODY_PROFILES.female, point), 'female');
    expect(hit.regionId).toBe(region);
    expect(hit.side).toBe(side);
  });

  it('follows her body, not the male one: her outer elbow is lower and nearer the midline', () => {
    const elbow = warpPoint(BODY_PROFILES.female, [0.265, 1.1, -0.04]);
    expect(regionAt(elbow, 'female').regionId).toBe('outer_elbow');
    expect(regionAt(elbow, 'male').regionId).not.toBe('outer_elbow');
    expect(regionAt(elbow).regionId).toBe(regionAt(elbow, 'male').regionId);
  });

  it('is mirror-symmetric and measures the distance to her skin', () => {
    for (let i = 0; i < 300; i++) {
      const p: Vec3 = [0.002 + Math.abs(Math.sin(i)) * 0.3, 0.05 + ((i * 0.37) % 1.6), Math.cos(i * 1.3) * 0.15];
      const a = regionAt(p, 'female');
      const b = regionAt([-p[0], p[1], p[2]], 'female');
      expect(b.regionId).toBe(a.regionId);
      expect(b.distanceToSkin).toBeCloseTo(a.distanceToSkin, 9);
    }
    const elbow = warpPoint(BODY_PROFILES.female, [0.265, 1.1, -0.04]);
    expect(regionAt(elbow, 'female').distanceToSkin).toBeLessThan(0.01);
    expect(regionAt([0.6, 1.0, -0.04], 'female').distanceToSkin).toBeGreaterThan(0.2);
  });
});

describe('bodyDistance', () => {
  it('is negative inside the body and positive outside', () => {
    expect(bodyDistance([0, 1.2, 0])).toBeLessThan(-0.05);
    expect(bodyDistance([0, 1.2, 0.5])).toBeGreaterThan(0.3);
    expect(bodyDistance([0, 1.8, 0])).toBeGreaterThan(0);
    expect(bodyDistance([0.09, 0.3, -0.04])).toBeLessThan(0);
  });
});

/**
 * The skin point above a named bony landmark of a body: start at the landmark moved by `offset`
 * (metres, scaled with the body's stature) and walk along `dir` until leaving the body envelope.
 */
function skinOverOf(body: BodyId, name: LandmarkName, offset: Vec3, dir: Vec3): Vec3 {
  const l = landmarkOf(body, name);
  const k = BODY_PROFILES[body].stature / BODY_PROFILES.male.stature;
  const from: Vec3 = [l[0] + offset[0] * k, l[1] + offset[1] * k, l[2] + offset[2] * k];
  const n = Math.hypot(dir[0], dir[1], dir[2]);
  const d: Vec3 = [dir[0] / n, dir[1] / n, dir[2] / n];
  expect(bodyDistanceOf(body, from)).toBeLessThan(0);
  for (let t = 0; t < 0.3; t += 2e-4) {
    const q: Vec3 = [from[0] + d[0] * t, from[1] + d[1] * t, from[2] + d[2] * t];
    if (bodyDistanceOf(body, q) >= 0) return q;
  }
  throw new Error(`no skin over ${name}`);
}

function mirrored(p: Vec3): Vec3 {
  return [-p[0], p[1], p[2]];
}

describe.each(BODY_IDS)('region borders on the surface landmarks of the %s body', (body) => {
  const regionAt = (p: Vec3) => regionAtOf(p, body);
  const skinOver = (name: LandmarkName, offset: Vec3, dir: Vec3) => skinOverOf(body, name, offset, dir);
  const forward: Vec3 = [0, 0, 1];
  const back: Vec3 = [0, 0, -1];
  const up: Vec3 = [0, 1, 0];

  it('the chest ends at the xiphoid: just under it, a finger right of the midline, is the upper belly', () => {
    expect(regionAt(skinOver('xiphoid', [-0.02, -0.015, -0.05], forward)).regionId).toBe('upper_abdomen');
    expect(regionAt(skinOver('xiphoid', [0, -0.012, -0.05], forward)).regionId).toBe('upper_abdomen');
    expect(regionAt(skinOver('xiphoid', [0, 0.012, -0.05], forward)).regionId).toBe('breastbone');
    expect(regionAt(skinOver('xiphoid', [-0.02, 0.02, -0.05], forward))).toMatchObject({
      regionId: 'chest',
      side: 'right',
    });
  });

  it('the chest ends at the costal margin, which falls away from the midline', () => {
    for (const p of [
      skinOver('costalMargin', [0, 0.025, -0.05], forward),
      skinOver('rib5Front', [0, 0, -0.05], forward),
      skinOver('costalMargin', [-0.04, 0.035, -0.05], forward),
    ]) {
      expect(regionAt(p).regionId).toBe('chest');
      expect(regionAt(mirrored(p)).regionId).toBe('chest');
    }
    const below = skinOver('costalMargin', [0, -0.025, -0.05], forward);
    expect(regionAt(below).regionId).toBe('side_of_abdomen');
    const belowMedial = skinOver('costalMargin', [-0.05, -0.005, -0.05], forward);
    expect(regionAt(belowMedial).regionId).toBe('upper_abdomen');
  });

  it('the side of the neck includes the posterior triangle above the middle of the collarbone', () => {
    const above = skinOver('clavicleMid', [0, 0.02, -0.03], [0, 0.4, 1]);
    expect(regionAt(above)).toMatchObject({ regionId: 'side_of_neck', side: 'left' });
    expect(regionAt(mirrored(above))).toMatchObject({ regionId: 'side_of_neck', side: 'right' });
    const higher = skinOver('clavicleMid', [0, 0.02, -0.04], [0, 1, 0.6]);
    expect(regionAt(higher).regionId).toBe('side_of_neck');
    // Below the collarbone is the chest.
    expect(regionAt(skinOver('clavicleMid', [0, -0.025, -0.03], forward)).regionId).toBe('chest');
    // The suprasternal notch is the front of the neck.
    expect(regionAt(skinOver('sternalNotch', [0, 0.015, -0.03], forward)).regionId).toBe('front_of_neck');
  });

  it('the top of the shoulder starts at the trapezius ridge', () => {
    const ridge = skinOver('scapulaSpineMid', [0, 0.04, 0.04], up);
    expect(regionAt(ridge)).toMatchObject({ regionId: 'top_of_shoulder', side: 'left' });
    expect(regionAt(mirrored(ridge))).toMatchObject({ regionId: 'top_of_shoulder', side: 'right' });
    expect(regionAt(skinOver('acromion', [-0.02, 0, 0], up)).regionId).toBe('top_of_shoulder');
    // The neck above the ridge, in front of the trapezius, is still the side of the neck.
    expect(regionAt(skinOver('c4Transverse', [0, 0, 0], [1, 0, 0])).regionId).toBe('side_of_neck');
  });

  it('the point of the elbow ends about 3 cm below the olecranon tip', () => {
    expect(regionAt(skinOver('olecranon', [0, 0, 0.03], back)).regionId).toBe('back_of_elbow');
    expect(regionAt(skinOver('olecranon', [0, -0.02, 0.03], back)).regionId).toBe('back_of_elbow');
    const below = skinOver('olecranon', [0, -0.045, 0.03], back);
    expect(regionAt(below)).toMatchObject({ regionId: 'back_of_forearm', side: 'left' });
    expect(regionAt(mirrored(below))).toMatchObject({ regionId: 'back_of_forearm', side: 'right' });
  });

  it('the forehead ends at the brow', () => {
    expect(regionAt(skinOver('glabella', [0, 0, -0.05], forward)).regionId).toBe('forehead');
    expect(regionAt(skinOver('glabella', [0.03, 0.013, -0.05], forward)).regionId).toBe('forehead');
    // Below the brow: around the eye.
    expect(regionAt(skinOver('glabella', [0.03, -0.015, -0.05], forward))).toMatchObject({
      regionId: 'eye',
      side: 'left',
    });
  });
});
