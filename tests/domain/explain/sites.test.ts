import { describe, expect, it } from 'vitest';
import { explain, muscleKey, normaliseSites, siteKey, siteTag } from '../../../src/domain/explain';

describe('sites stage', () => {
  it('gives midline regions "midline", paired ones their side (left when missing)', () => {
    expect(
      normaliseSites([{ region: 'breastbone', side: 'left' }, { region: 'calf' }, { region: 'calf', side: 'right' }]),
    ).toEqual([
      { region: 'breastbone', side: 'midline', inflamed: false },
      { region: 'calf', side: 'left', inflamed: false },
      { region: 'calf', side: 'right', inflamed: false },
    ]);
  });

  it('merges a repeated site, inflamed when any copy says so', () => {
    expect(
      normaliseSites([
        { region: 'calf', side: 'right' },
        { region: 'calf', side: 'right', inflamed: true },
      ]),
    ).toEqual([{ region: 'calf', side: 'right', inflamed: true }]);
  });

  it('builds the keys in one place', () => {
    expect(siteKey({ region: 'calf', side: 'left' })).toBe('calf|left');
    expect(siteTag({ region: 'breastbone', side: 'midline' })).toBe('breastbone.midline');
    expect(muscleKey('soleus', 'both')).toBe('soleus|both');
  });

  it('carries the inflamed mark to the explained region and the plan', () => {
    const e = explain({ sites: [{ region: 'calf', side: 'right', inflamed: true }] });
    expect(e.regions[0]?.inflamed).toBe(true);
    expect(e.plan.avoid.length).toBeGreaterThan(0);
    expect(explain({ sites: [{ region: 'calf', side: 'right' }] }).plan.avoid).toEqual([]);
  });
});
