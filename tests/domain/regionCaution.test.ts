import { describe, expect, it } from 'vitest';
import { REGION_CAUTIONS } from '../../src/domain/data/regionCautions';
import { REGION_IDS, type RegionId } from '../../src/domain/ids';
import { regionCaution } from '../../src/domain/regionCaution';

describe('regionCaution', () => {
  it("finds each region's own record of the table", () => {
    for (const id of REGION_IDS) expect(regionCaution(id)).toBe(REGION_CAUTIONS.find((c) => c.region === id));
  });

  it('throws on a region the table does not hold', () => {
    expect(() => regionCaution('nowhere' as RegionId)).toThrow(/no caution for region: nowhere/);
  });
});
