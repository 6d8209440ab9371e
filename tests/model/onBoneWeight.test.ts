import { describe, expect, it } from 'vitest';
import { onBoneWeight } from '../../scripts/model/muscles';

describe('onBoneWeight', () => {
  it('lays the whole muscle on the bone with true, none of it without', () => {
    for (const k of [0, 0.5, 1, 2.7]) {
      expect(onBoneWeight(true, k)).toBe(1);
      expect(onBoneWeight(undefined, k)).toBe(0);
      expect(onBoneWeight(false, k)).toBe(0);
    }
  });

  it('with a control point, lays the muscle on the bone up to it and frees it over the next span', () => {
    expect(onBoneWeight(0.6, 0)).toBe(1);
    expect(onBoneWeight(0.6, 0.6)).toBe(1);
    expect(onBoneWeight(0.6, 1.1)).toBeCloseTo(0.5, 10);
    expect(onBoneWeight(0.6, 1.6)).toBeCloseTo(0, 10);
    expect(onBoneWeight(0.6, 2)).toBe(0);
    expect(onBoneWeight(1, 1.25)).toBeCloseTo(0.75, 10);
  });
});
