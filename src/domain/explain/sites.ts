/**
 * Stage 1 of the explain engine: normalise the pain sites (one side per site, duplicates
 * removed) and the keys that name a site or a muscle on a side.
 */
import type { MuscleId, RegionId } from '../ids';
import { getRegion } from '../knowledgeBase';
import type { MuscleSide } from '../labels';
import type { Muscle, Side } from '../types';
import type { NormalisedSite, PainSite } from './types';

/** The key of a site: `region|side` (what the store, the scene and sessions use). */
export function siteKey(site: { readonly region: RegionId; readonly side: Side }): string {
  return `${site.region}|${site.side}`;
}

/** A site as people read it in safety alerts and JSON: `region.side` ("chest.left", "breastbone.midline"). */
export function siteTag(site: { readonly region: RegionId; readonly side: Side }): string {
  return `${site.region}.${site.side}`;
}

/** The key of a muscle on a side: `muscle|side`. */
export function muscleKey(id: MuscleId, side: MuscleSide): string {
  return `${id}|${side}`;
}

/** The side of a site: `midline` for midline regions, otherwise the given side (left when missing). */
export function normaliseSide(region: RegionId, side: Side | undefined): Side {
  return getRegion(region).bilateral ? (side === 'right' ? 'right' : 'left') : 'midline';
}

/**
 * Normalise the selected sites: midline regions get `midline`, paired ones `left`/`right`
 * (left when missing), duplicates are merged (a site is inflamed when any copy says so).
 */
export function normaliseSites(sites: readonly PainSite[]): NormalisedSite[] {
  const index = new Map<string, number>();
  const out: NormalisedSite[] = [];
  for (const s of sites) {
    const side = normaliseSide(s.region, s.side);
    const k = siteKey({ region: s.region, side });
    const at = index.get(k);
    if (at !== undefined) {
      const prev = out[at] as NormalisedSite;
      if (s.inflamed && !prev.inflamed) out[at] = { ...prev, inflamed: true };
      continue;
    }
    index.set(k, out.length);
    out.push({ region: s.region, side, inflamed: s.inflamed === true });
  }
  return out;
}

/** The side a muscle is implicated on by a site: `midline` for unpaired muscles, `both` for a midline site. */
export function muscleSideAt(muscle: Muscle, siteSide: Side): MuscleSide {
  if (!muscle.bilateral) return 'midline';
  return siteSide === 'midline' ? 'both' : siteSide;
}
