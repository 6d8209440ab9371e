/**
 * Stage 2: the primary muscles — those lying under a pain site or referring pain to it.
 */

import type { MuscleId, RegionId } from '../ids';
import { CONDITIONS, getMuscle, getRegion, MUSCLE_ORDER } from '../knowledgeBase';
import { type MuscleSide, regionPhrase, type Vocabulary } from '../labels';
import type { Muscle } from '../types';
import { muscleKey, muscleSideAt } from './sites';
import type { NormalisedSite, PrimaryMuscle } from './types';
import { byScoreThenOrder, round, sentenceList } from './util';
import { WEIGHTS } from './weights';

interface PrimaryAcc {
  id: MuscleId;
  side: MuscleSide;
  score: number;
  sites: number;
  local: string[];
  referral: string[];
  /** "hip flexor strain, often felt at the left groin": conditions that bring the muscle in. */
  named: string[];
  localScore: number;
  referralScore: number;
}

/**
 * How strongly a muscle's trigger points refer pain to a region: by the region's own ordered
 * "refers here" list when it has one (the classic source first), otherwise by the region's
 * position in the muscle's referral list. 0 when the muscle does not refer there.
 */
export function referralScore(id: MuscleId, regionId: RegionId): number {
  const region = getRegion(regionId);
  const listed = region.refersHere?.indexOf(id) ?? -1;
  if (listed >= 0) return Math.max(WEIGHTS.referralFloor, WEIGHTS.referral * (1 - WEIGHTS.refersHereStep * listed));
  const j = getMuscle(id).referral.regions.indexOf(regionId);
  if (j < 0) return 0;
  if (region.refersHere) return WEIGHTS.referralFloor;
  return Math.max(WEIGHTS.referralFloor, WEIGHTS.referral * (1 - WEIGHTS.referralStep * j));
}

/** Rank the muscles that lie under or refer pain to the selected sites, most likely first. */
export function rankPrimary(sites: readonly NormalisedSite[], vocabulary: Vocabulary): PrimaryMuscle[] {
  const acc = new Map<string, PrimaryAcc>();
  for (const site of sites) {
    const region = getRegion(site.region);
    const phrase = regionPhrase(region, site.side, vocabulary);
    const perSite = new Map<
      string,
      { local: number; referral: number; named: number; muscle: Muscle; side: MuscleSide }
    >();
    const touch = (muscle: Muscle) => {
      const side = muscleSideAt(muscle, site.side);
      const k = muscleKey(muscle.id, side);
      let e = perSite.get(k);
      if (!e) {
        e = { local: 0, referral: 0, named: 0, muscle, side };
        perSite.set(k, e);
      }
      return e;
    };
    region.muscles.forEach((id, i) => {
      const e = touch(getMuscle(id));
      e.local = Math.max(e.local, Math.max(WEIGHTS.localFloor, 1 - WEIGHTS.localStep * i));
    });
    for (const id of MUSCLE_ORDER.keys()) {
      const score = referralScore(id, site.region);
      if (score > 0) touch(getMuscle(id)).referral = score;
    }
    // Conditions felt at this site name the muscles most often at fault; such a muscle joins the
    // primaries even when it neither lies at nor refers to the site (rectus femoris at the groin).
    const bonus = new Map<MuscleId, number>();
    const namedBy = new Map<MuscleId, string>();
    for (const c of CONDITIONS) {
      const at = c.regions.indexOf(site.region);
      if (at < 0) continue;
      // Only a specific condition at one of its typical sites brings new muscles in.
      const brings = at < WEIGHTS.conditionOnlyRegions && c.regions.length <= WEIGHTS.conditionOnlyMaxRegions;
      c.muscles.forEach((id, i) => {
        const b = WEIGHTS.conditionBonus * Math.max(0.3, 1 - 0.1 * i);
        bonus.set(id, Math.max(bonus.get(id) ?? 0, b));
        if (brings && i < WEIGHTS.conditionOnlyMuscles && !namedBy.has(id))
          namedBy.set(id, vocabulary === 'plain' ? c.plainName.toLowerCase() : c.name.toLowerCase());
      });
    }
    for (const id of namedBy.keys()) {
      const e = touch(getMuscle(id));
      if (e.local === 0 && e.referral === 0) e.named = WEIGHTS.conditionOnly;
    }
    for (const [k, e] of perSite) {
      const base = Math.max(e.local, e.referral, e.named);
      const total = base + (bonus.get(e.muscle.id) ?? 0);
      let a = acc.get(k);
      if (!a) {
        a = {
          id: e.muscle.id,
          side: e.side,
          score: 0,
          sites: 0,
          local: [],
          referral: [],
          named: [],
          localScore: 0,
          referralScore: 0,
        };
        acc.set(k, a);
      }
      a.score += total;
      a.sites += 1;
      if (e.local > 0) a.local.push(phrase);
      if (e.referral > 0) a.referral.push(phrase);
      if (e.named > 0) a.named.push(`${namedBy.get(e.muscle.id)}, often felt at ${phrase}`);
      // A muscle a condition names counts as lying at the site (strains and tendinopathies are local).
      a.localScore = Math.max(a.localScore, e.local, e.named);
      a.referralScore = Math.max(a.referralScore, e.referral);
    }
  }
  const out: PrimaryMuscle[] = [];
  for (const a of acc.values()) {
    const m = getMuscle(a.id);
    const parts: string[] = [];
    if (a.local.length) parts.push(`Lies under ${sentenceList(a.local)}.`);
    if (a.referral.length) {
      parts.push(`Its trigger points can refer pain to ${sentenceList(a.referral)}.`);
    }
    if (a.named.length) parts.push(`Often at fault in ${sentenceList(a.named)}.`);
    out.push({
      id: a.id,
      name: m.name,
      plainName: m.plainName,
      side: a.side,
      reason: a.localScore >= a.referralScore ? 'local' : 'referral',
      why: parts.join(' '),
      sites: a.sites,
      score: round(a.score),
    });
  }
  return out.sort(byScoreThenOrder);
}
