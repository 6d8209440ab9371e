/** Looking up one region's caution in the table of `data/regionCautions.ts` (plain data). */
import { REGION_CAUTIONS } from './data/regionCautions';
import type { RegionId } from './ids';
import type { RegionCaution } from './types';

let byRegion: Map<RegionId, RegionCaution> | undefined;

/** The caution specific to one region. */
export function regionCaution(id: RegionId): RegionCaution {
  byRegion ??= new Map(REGION_CAUTIONS.map((c) => [c.region, c]));
  const c = byRegion.get(id);
  if (!c) throw new Error(`no caution for region: ${id}`);
  return c;
}
