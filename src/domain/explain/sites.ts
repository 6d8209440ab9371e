/**
 * Stage 1 of the explain engine: make and normalise the pain sites (duplicates removed), and
 * the site a tag names. The keys that name a site, a muscle (or its mesh) on a side and a finding
 * live in `keys.ts` (free of the knowledge base) and are re-exported here.
 */
import { isMidlineRegion, isRegionId, type RegionId } from '../ids';
import type { MuscleSide } from '../labels';
import type { Muscle, Side } from '../types';
import { siteKey } from './keys';
import type { NormalisedSite, PainSite } from './types';

export { bareSite, findingKey, muscleKey, siteKey, siteTag } from './keys';

/** The site a tag names ("chest.left" → the left chest), or null when the tag names none. */
export function siteFromTag(tag: string): PainSite | null {
  const [region = '', side, extra] = tag.split('.');
  if (extra !== undefined || !isRegionId(region)) return null;
  const given = side === 'left' || side === 'right' || side === 'midline' ? side : undefined;
  const site = siteOf(region, given);
  return site && site.side === side ? site : null;
}

/**
 * Make a site from a region and a side as read from input (a link, a file, the CLI, a click):
 * a midline region is always on the `midline`; a paired region needs `left` or `right`, and
 * without one there is no site (`null`), so the caller can say so rather than guess a side.
 */
export function siteOf(region: RegionId, side: Side | undefined, inflamed?: boolean): PainSite | null {
  const marks = inflamed ? { inflamed: true } : {};
  if (isMidlineRegion(region)) return { region, side: 'midline', ...marks };
  if (side !== 'left' && side !== 'right') return null;
  return { region, side, ...marks };
}

/** The sites a region offers: its left and right for a paired region, the midline otherwise. */
export function regionSites(region: RegionId): PainSite[] {
  if (isMidlineRegion(region)) return [{ region, side: 'midline' }];
  return [
    { region, side: 'left' },
    { region, side: 'right' },
  ];
}

/** Normalise the selected sites: duplicates are merged (a site is inflamed when any copy says so). */
export function normaliseSites(sites: readonly PainSite[]): NormalisedSite[] {
  const index = new Map<string, number>();
  const out: NormalisedSite[] = [];
  for (const s of sites) {
    const k = siteKey(s);
    const at = index.get(k);
    if (at !== undefined) {
      const prev = out[at] as NormalisedSite;
      if (s.inflamed && !prev.inflamed) out[at] = { ...prev, inflamed: true };
      continue;
    }
    index.set(k, out.length);
    out.push({ ...s, inflamed: s.inflamed === true });
  }
  return out;
}

/** The side a muscle is implicated on by a site: `midline` for unpaired muscles, `both` for a midline site. */
export function muscleSideAt(muscle: Muscle, siteSide: Side): MuscleSide {
  if (!muscle.bilateral) return 'midline';
  return siteSide === 'midline' ? 'both' : siteSide;
}
