/**
 * Sites for tests: `at('calf')` is the left calf, `at('calf', 'right')` the right one, and a
 * midline region is always on the midline whatever side is asked.
 */
import { type PainSite, siteOf } from '../../src/domain/explain';
import type { RegionId } from '../../src/domain/ids';
import type { PairedSide } from '../../src/domain/types';

/** The site on `region` (paired regions on `side`, left unless given), optionally inflamed. */
export function at(region: RegionId, side: PairedSide = 'left', inflamed = false): PainSite {
  const site = siteOf(region, side, inflamed);
  if (!site) throw new Error(`no site on ${region}`);
  return site;
}
