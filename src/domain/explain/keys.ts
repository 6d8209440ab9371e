/**
 * The keys that name a site, a muscle on a side and a selected finding, and the bare site. Pure
 * string helpers with no knowledge-base data, so the store (and with it the app's first chunk)
 * can use them without pulling in the clinical content. `sites.ts` re-exports them.
 */
import type { FindingId, MuscleId, RegionId } from '../ids';
import type { MuscleSide } from '../labels';
import type { PairedSide, Side } from '../types';
import type { PainSite } from './types';

/** The key of a site: `region|side` (what the store, the scene and sessions use). */
export function siteKey(site: { readonly region: RegionId; readonly side: Side }): string {
  return `${site.region}|${site.side}`;
}

/** A site as people read it in safety alerts and JSON: `region.side` ("chest.left", "breastbone.midline"). */
export function siteTag(site: { readonly region: RegionId; readonly side: Side }): string {
  return `${site.region}.${site.side}`;
}

/**
 * The key of a muscle on a side, `muscle|side`: of an explanation entry (side `both` for both
 * sides) and of one muscle mesh (`left`, `right` or `midline`).
 */
export function muscleKey(id: MuscleId, side: MuscleSide): string {
  return `${id}|${side}`;
}

/** The key that tells two selected findings apart: `finding|side` (no side: `finding|`). */
export function findingKey(finding: { readonly id: FindingId; readonly side?: PairedSide }): string {
  return `${finding.id}|${finding.side ?? ''}`;
}

/**
 * The site alone — region, side and, when `inflamed` is true, the inflamed mark — without
 * whatever else a record carries (a pain score). `inflamed` defaults to the site's own mark.
 */
export function bareSite(site: PainSite, inflamed: boolean = site.inflamed === true): PainSite {
  const marks = inflamed ? { inflamed: true } : {};
  return site.side === 'midline'
    ? { region: site.region, side: site.side, ...marks }
    : { region: site.region, side: site.side, ...marks };
}
