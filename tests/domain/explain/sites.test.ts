import { describe, expect, it } from 'vitest';
import {
  bareSite,
  explain,
  findingKey,
  muscleKey,
  normaliseSites,
  regionSites,
  siteFromTag,
  siteKey,
  siteOf,
  siteTag,
} from '../../../src/domain/explain';
import { isMidlineRegion, MIDLINE_REGION_IDS, REGION_IDS } from '../../../src/domain/ids';
import { getRegion } from '../../../src/domain/knowledgeBase';

describe('sites stage', () => {
  it('makes a site from input: midline regions on the midline, paired ones only with left or right', () => {
    expect(siteOf('breastbone', 'left')).toEqual({ region: 'breastbone', side: 'midline' });
    expect(siteOf('breastbone', undefined)).toEqual({ region: 'breastbone', side: 'midline' });
    expect(siteOf('calf', 'right', true)).toEqual({ region: 'calf', side: 'right', inflamed: true });
    expect(siteOf('calf', undefined)).toBeNull();
    expect(siteOf('calf', 'midline')).toBeNull();
  });

  it('knows the midline regions as the knowledge base does', () => {
    for (const id of REGION_IDS) expect(isMidlineRegion(id), id).toBe(!getRegion(id).bilateral);
    expect(MIDLINE_REGION_IDS.length).toBe(7);
  });

  it('offers each region its sites: left and right, or the midline', () => {
    expect(regionSites('calf')).toEqual([
      { region: 'calf', side: 'left' },
      { region: 'calf', side: 'right' },
    ]);
    expect(regionSites('sacrum')).toEqual([{ region: 'sacrum', side: 'midline' }]);
  });

  it('keeps a site alone, without a pain score, with or without its mark', () => {
    const scored = { region: 'calf', side: 'right', inflamed: true, pain: 6 } as const;
    expect(bareSite(scored)).toEqual({ region: 'calf', side: 'right', inflamed: true });
    expect(bareSite(scored, false)).toEqual({ region: 'calf', side: 'right' });
  });

  it('merges a repeated site, inflamed when any copy says so', () => {
    expect(
      normaliseSites([
        { region: 'calf', side: 'right' },
        { region: 'calf', side: 'right', inflamed: true },
        { region: 'breastbone', side: 'midline' },
      ]),
    ).toEqual([
      { region: 'calf', side: 'right', inflamed: true },
      { region: 'breastbone', side: 'midline', inflamed: false },
    ]);
  });

  it('builds the keys in one place and reads a tag back', () => {
    expect(siteKey({ region: 'calf', side: 'left' })).toBe('calf|left');
    expect(siteTag({ region: 'breastbone', side: 'midline' })).toBe('breastbone.midline');
    expect(muscleKey('soleus', 'both')).toBe('soleus|both');
    expect(findingKey({ id: 'forward_head' })).toBe('forward_head|');
    expect(findingKey({ id: 'elevated_shoulder', side: 'left' })).toBe('elevated_shoulder|left');
    expect(siteFromTag('chest.left')).toEqual({ region: 'chest', side: 'left' });
    expect(siteFromTag('breastbone.midline')).toEqual({ region: 'breastbone', side: 'midline' });
    for (const bad of ['chest', 'chest.midline', 'breastbone.left', 'nowhere.left', 'chest.left.x']) {
      expect(siteFromTag(bad), bad).toBeNull();
    }
  });

  it('carries the inflamed mark to the explained region and the plan', () => {
    const e = explain({ sites: [{ region: 'calf', side: 'right', inflamed: true }] });
    expect(e.regions[0]?.inflamed).toBe(true);
    expect(e.plan.avoid.length).toBeGreaterThan(0);
    expect(explain({ sites: [{ region: 'calf', side: 'right' }] }).plan.avoid).toEqual([]);
  });
});
