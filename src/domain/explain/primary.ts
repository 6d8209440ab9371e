/**
 * Stage 2: the primary muscles — those lying under a pain site or referring pain to it.
 */

import type { MuscleId } from '../ids';
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
  localScore: number;
  referralScore: number;
}

/** Rank the muscles that lie under or refer pain to the selected sites, most likely first. */
export function rankPrimary(sites: readonly NormalisedSite[], vocabulary: Vocabulary): PrimaryMuscle[] {
  const acc = new Map<string, PrimaryAcc>();
  for (const site of sites) {
    const region = getRegion(site.region);
    const phrase = regionPhrase(region, site.side, vocabulary);
    const perSite = new Map<string, { local: number; referral: number; muscle: Muscle; side: MuscleSide }>();
    const touch = (muscle: Muscle) => {
      const side = muscleSideAt(muscle, site.side);
      const k = muscleKey(muscle.id, side);
      let e = perSite.get(k);
      if (!e) {
        e = { local: 0, referral: 0, muscle, side };
        perSite.set(k, e);
      }
      return e;
    };
    region.muscles.forEach((id, i) => {
      const e = touch(getMuscle(id));
      e.local = Math.max(e.local, Math.max(WEIGHTS.localFloor, 1 - WEIGHTS.localStep * i));
    });
    for (const id of MUSCLE_ORDER.keys()) {
      const m = getMuscle(id);
      const j = m.referral.regions.indexOf(site.region);
      if (j < 0) continue;
      const e = touch(m);
      e.referral = Math.max(WEIGHTS.referralFloor, WEIGHTS.referral * (1 - WEIGHTS.referralStep * j));
    }
    // Conditions felt at this site name the muscles most often at fault.
    const bonus = new Map<MuscleId, number>();
    for (const c of CONDITIONS) {
      if (!c.regions.includes(site.region)) continue;
      c.muscles.forEach((id, i) => {
        const b = WEIGHTS.conditionBonus * Math.max(0.3, 1 - 0.1 * i);
        bonus.set(id, Math.max(bonus.get(id) ?? 0, b));
      });
    }
    for (const [k, e] of perSite) {
      const base = Math.max(e.local, e.referral);
      const total = base + (bonus.get(e.muscle.id) ?? 0) * (base > 0 ? 1 : 0);
      let a = acc.get(k);
      if (!a) {
        a = {
          id: e.muscle.id,
          side: e.side,
          score: 0,
          sites: 0,
          local: [],
          referral: [],
          localScore: 0,
          referralScore: 0,
        };
        acc.set(k, a);
      }
      a.score += total;
      a.sites += 1;
      if (e.local > 0) a.local.push(phrase);
      if (e.referral > 0) a.referral.push(phrase);
      a.localScore = Math.max(a.localScore, e.local);
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
