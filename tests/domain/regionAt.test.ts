import { describe, expect, it } from 'vitest';
import { bodyDistance } from '../../src/domain/body/envelope';
import { regionAt } from '../../src/domain/regionAt';
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

describe('bodyDistance', () => {
  it('is negative inside the body and positive outside', () => {
    expect(bodyDistance([0, 1.2, 0])).toBeLessThan(-0.05);
    expect(bodyDistance([0, 1.2, 0.5])).toBeGreaterThan(0.3);
    expect(bodyDistance([0, 1.8, 0])).toBeGreaterThan(0);
    expect(bodyDistance([0.09, 0.3, -0.04])).toBeLessThan(0);
  });
});
