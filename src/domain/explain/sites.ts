/**
 * Stage 1 of the explain engine: make and normalise the pain sites (duplicates removed), and
 * the one key that names a site and the one that names a muscle (or its mesh) on a side.
 */
import { type FindingId, isMidlineRegion, type MuscleId, type RegionId } from '../ids';
import { isRegionId } from '../knowledgeBase';
import type { MuscleSide } from '../labels';
import type { Muscle, PairedSide, Side } from '../types';
import type { NormalisedSite, PainSite } from './types';

/** The key of a site: `region|side` (what the store, the scene and sessions use). */
export function siteKey(site: { readonly region: RegionId; readonly side: Side }): string {
  return `${site.region}|${site.side}`;
}

/** A site as people read it in safety alerts and JSON: `region.side` ("chest.left", "breastbone.midline"). */
export function siteTag(site: { readonly region: RegionId; readonly side: Side }): string {
  return `${site.region}.${site.side}`;
}

/** The site a tag names ("chest.left" → the left chest), or null when the tag names none. */
export function siteFromTag(tag: string): PainSite | null {
  const [region = '', side, extra] = tag.split('.');
  if (extra !== undefined || !isRegionId(region)) return null;
  const given = side === 'left' || side === 'right' || side === 'midline' ? side : undefined;
  const site = siteOf(region, given);
  return site && site.side === side ? site : null;
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
