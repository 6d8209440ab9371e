/**
 * The explain engine: "it hurts here: why?". Pure and deterministic: the same question always
 * gives the same answer, in the same order.
 */
import type { ConditionId, FindingId, MuscleId, RegionId } from './ids';
import { CONDITIONS, compensationsOf, getFinding, getMuscle, getRegion, MUSCLE_ORDER } from './knowledgeBase';
import { type MuscleSide, muscleLabel, regionLabel, regionPhrase, type Vocabulary } from './labels';
import type { CompensationRelation, Muscle, Side } from './types';

/** One pain site: a region, and for paired regions the side. */
export interface PainSite {
  readonly region: RegionId;
  /** Ignored for midline regions; required for paired ones (defaults to left if missing). */
  readonly side?: Side;
}

/** A posture or movement finding, optionally on one side (elevated shoulder, weight shift). */
export interface FindingSelection {
  readonly id: FindingId;
  readonly side?: 'left' | 'right';
}

/** What the person asks about. */
export interface Selection {
  readonly sites: readonly PainSite[];
  readonly findings?: readonly FindingSelection[];
}

export interface ExplainedRegion {
  readonly id: RegionId;
  /** Plain name with the side ("Outside of right elbow"). */
  readonly name: string;
  /** Medical name with the side ("Right lateral epicondylar region"). */
  readonly medicalName: string;
  readonly side: Side;
}

export interface PrimaryMuscle {
  readonly id: MuscleId;
  readonly name: string;
  readonly plainName: string;
  readonly side: MuscleSide;
  /** The strongest reason: lies under a pain site, or refers pain to one. */
  readonly reason: 'local' | 'referral';
  readonly why: string;
  /** How many of the selected sites implicate this muscle. */
  readonly sites: number;
  /** Ranking score (higher is more likely); 0..~1.5 per site. */
  readonly score: number;
}

export interface CompensatingMuscle {
  readonly id: MuscleId;
  readonly name: string;
  readonly plainName: string;
  readonly side: MuscleSide;
  /** The primary muscle this one compensates for (the strongest link). */
  readonly via: MuscleId;
  readonly viaSide: MuscleSide;
  readonly relation: CompensationRelation;
  readonly why: string;
  readonly score: number;
}

export interface ExplainedCondition {
  readonly id: ConditionId;
  readonly name: string;
  readonly plainName: string;
  readonly why: string;
  readonly description: string;
  readonly inflammatory: boolean;
  readonly caution: string;
  readonly redFlags: readonly string[];
  readonly score: number;
}

export interface FindingMuscle {
  readonly id: MuscleId;
  readonly name: string;
  readonly plainName: string;
  readonly side: MuscleSide;
  /** The findings that point at this muscle. */
  readonly findings: readonly FindingId[];
}

export interface FindingsExplanation {
  readonly findings: readonly {
    readonly id: FindingId;
    readonly name: string;
    readonly plainName: string;
    readonly side?: 'left' | 'right';
  }[];
  readonly overactive: readonly FindingMuscle[];
  readonly underactive: readonly FindingMuscle[];
}

export interface Explanation {
  readonly regions: readonly ExplainedRegion[];
  readonly primary: readonly PrimaryMuscle[];
  readonly compensating: readonly CompensatingMuscle[];
  readonly conditions: readonly ExplainedCondition[];
  readonly cautions: readonly string[];
  readonly findings?: FindingsExplanation;
}

/** The note shown with every explanation. */
export const NOT_A_DIAGNOSIS = 'These are likely contributors to discuss with a therapist, not a diagnosis.';

/** Weights of the ranking model (documented so a therapist can follow it). */
export const WEIGHTS = {
  /** A muscle listed first under a region scores 1; each later position loses this much. */
  localStep: 0.05,
  localFloor: 0.6,
  /** A trigger-point referral to the region scores this much at best... */
  referral: 0.85,
  /** ...less this much for each earlier region in the muscle's referral list. */
  referralStep: 0.1,
  referralFloor: 0.45,
  /** Bonus when a condition felt at the site names the muscle (first named = full bonus). */
  conditionBonus: 0.3,
  /** Compensating muscles below this score are not listed. */
  compensationCutoff: 0.2,
  maxCompensating: 16,
  maxConditions: 8,
} as const;

type Key = string;
const key = (id: MuscleId, side: MuscleSide): Key => `${id}|${side}`;

/** The side a bilateral muscle is implicated on by a site. */
function muscleSideAt(muscle: Muscle, siteSide: Side): MuscleSide {
  if (!muscle.bilateral) return 'midline';
  return siteSide === 'midline' ? 'both' : siteSide;
}

function normaliseSites(sites: readonly PainSite[]): { region: RegionId; side: Side }[] {
  const seen = new Set<string>();
  const out: { region: RegionId; side: Side }[] = [];
  for (const s of sites) {
    const region = getRegion(s.region);
    const side: Side = region.bilateral ? (s.side === 'right' ? 'right' : 'left') : 'midline';
    const k = `${s.region}|${side}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ region: s.region, side });
  }
  return out;
}

function byScoreThenOrder<T extends { score: number; id: MuscleId; side: MuscleSide }>(a: T, b: T): number {
  if (b.score !== a.score) return b.score - a.score;
  const oa = MUSCLE_ORDER.get(a.id) ?? 0;
  const ob = MUSCLE_ORDER.get(b.id) ?? 0;
  if (oa !== ob) return oa - ob;
  return a.side.localeCompare(b.side);
}

function sentenceList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function flipSide(side: MuscleSide): MuscleSide {
  return side === 'left' ? 'right' : side === 'right' ? 'left' : side;
}

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

/** Rank the muscles that lie under or refer pain to the selected sites. */
function rankPrimary(sites: { region: RegionId; side: Side }[], vocabulary: Vocabulary): PrimaryMuscle[] {
  const acc = new Map<Key, PrimaryAcc>();
  for (const site of sites) {
    const region = getRegion(site.region);
    const phrase = regionPhrase(region, site.side, vocabulary);
    const perSite = new Map<Key, { local: number; referral: number; muscle: Muscle; side: MuscleSide }>();
    const touch = (muscle: Muscle) => {
      const side = muscleSideAt(muscle, site.side);
      const k = key(muscle.id, side);
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Follow the compensation graph from the primary muscles. */
function rankCompensating(primary: readonly PrimaryMuscle[]): CompensatingMuscle[] {
  if (primary.length === 0) return [];
  const top = primary[0]?.score ?? 1;
  const primaryKeys = new Set(primary.map((p) => key(p.id, p.side)));
  const primaryIds = new Map<MuscleId, Set<MuscleSide>>();
  for (const p of primary) {
    const s = primaryIds.get(p.id) ?? new Set<MuscleSide>();
    s.add(p.side);
    primaryIds.set(p.id, s);
  }
  const acc = new Map<
    Key,
    {
      id: MuscleId;
      side: MuscleSide;
      score: number;
      best: number;
      via: PrimaryMuscle;
      edge: ReturnType<typeof compensationsOf>[number];
    }
  >();
  for (const p of primary) {
    const strength = p.score / top;
    for (const edge of compensationsOf(p.id)) {
      const target = getMuscle(edge.to);
      let side: MuscleSide = !target.bilateral
        ? 'midline'
        : edge.side === 'opposite'
          ? flipSide(p.side)
          : p.side === 'midline'
            ? 'both'
            : p.side;
      if (side === 'midline' && target.bilateral) side = 'both';
      const k = key(edge.to, side);
      if (primaryKeys.has(k)) continue;
      // A muscle already primary on "both" sides covers each single side too, and vice versa.
      const sidesAsPrimary = primaryIds.get(edge.to);
      if (sidesAsPrimary && (sidesAsPrimary.has('both') || (side === 'both' && sidesAsPrimary.size > 0))) continue;
      const contribution = strength * edge.weight;
      const e = acc.get(k);
      if (!e) {
        acc.set(k, { id: edge.to, side, score: contribution, best: contribution, via: p, edge });
      } else {
        e.score += contribution * 0.5;
        if (contribution > e.best) {
          e.best = contribution;
          e.via = p;
          e.edge = edge;
        }
      }
    }
  }
  const out: CompensatingMuscle[] = [];
  for (const e of acc.values()) {
    if (e.score < WEIGHTS.compensationCutoff) continue;
    const m = getMuscle(e.id);
    out.push({
      id: e.id,
      name: m.name,
      plainName: m.plainName,
      side: e.side,
      via: e.via.id,
      viaSide: e.via.side,
      relation: e.edge.relation,
      why: e.edge.why,
      score: round(e.score),
    });
  }
  return out.sort(byScoreThenOrder).slice(0, WEIGHTS.maxCompensating);
}

/** Rank the conditions felt at the selected sites. */
function rankConditions(
  sites: { region: RegionId; side: Side }[],
  primary: readonly PrimaryMuscle[],
  vocabulary: Vocabulary,
): ExplainedCondition[] {
  const topMuscles = new Set(primary.slice(0, 6).map((p) => p.id));
  const out: ExplainedCondition[] = [];
  CONDITIONS.forEach((c, order) => {
    let score = 0;
    const felt: string[] = [];
    for (const site of sites) {
      const i = c.regions.indexOf(site.region);
      if (i < 0) continue;
      score += Math.max(0.4, 1 - 0.12 * i);
      felt.push(regionPhrase(getRegion(site.region), site.side, vocabulary));
    }
    if (score === 0) return;
    const shared = c.muscles.filter((id) => topMuscles.has(id));
    score += 0.15 * shared.length;
    // Broad, body-wide conditions sink below the specific ones.
    score -= 0.02 * c.regions.length;
    const sharedNames = shared.slice(0, 3).map((id) => getMuscle(id).name.toLowerCase());
    const why =
      `Often felt at ${sentenceList(felt)}` +
      (sharedNames.length ? `; involves the ${sentenceList(sharedNames)}.` : '.');
    out.push({
      id: c.id,
      name: c.name,
      plainName: c.plainName,
      why,
      description: c.description,
      inflammatory: c.inflammatory,
      caution: c.caution,
      redFlags: c.redFlags,
      score: round(score - order * 1e-6),
    });
  });
  return out.sort((a, b) => b.score - a.score).slice(0, WEIGHTS.maxConditions);
}

function buildCautions(
  sites: { region: RegionId; side: Side }[],
  conditions: readonly ExplainedCondition[],
  vocabulary: Vocabulary,
): string[] {
  const cautions: string[] = [NOT_A_DIAGNOSIS];
  const inflamed = conditions.filter((c) => c.inflammatory);
  if (inflamed.length > 0) {
    const where = sentenceList(sites.map((s) => regionPhrase(getRegion(s.region), s.side, vocabulary)));
    cautions.push(
      `If ${where} is swollen, warm or red (possible ${sentenceList(inflamed.slice(0, 3).map((c) => c.plainName.toLowerCase()))}), ` +
        'it gets no deep-tissue work while inflamed; the surrounding muscle groups may still be treated gently.',
    );
  }
  const flags: string[] = [];
  for (const c of conditions.slice(0, 4)) {
    for (const f of c.redFlags) if (!flags.includes(f) && flags.length < 6) flags.push(f);
  }
  if (flags.length) cautions.push(`See a physician promptly if: ${flags.map((f) => f.replace(/\.$/, '')).join('; ')}.`);
  return cautions;
}

function explainRegions(sites: { region: RegionId; side: Side }[]): ExplainedRegion[] {
  return sites.map((s) => {
    const r = getRegion(s.region);
    return {
      id: s.region,
      name: regionLabel(r, s.side, 'plain'),
      medicalName: regionLabel(r, s.side, 'medical'),
      side: s.side,
    };
  });
}

/**
 * Overactive and underactive muscles for posture and movement findings, ranked by how many
 * findings point at each muscle (then head → foot). A one-sided finding names that side;
 * otherwise both sides are implicated.
 */
export function explainFindings(findings: readonly FindingSelection[]): FindingsExplanation {
  const seen = new Set<string>();
  const list = findings.filter((f) => {
    const k = `${f.id}|${f.side ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const collect = (pick: 'overactive' | 'underactive'): FindingMuscle[] => {
    const acc = new Map<Key, { id: MuscleId; side: MuscleSide; findings: FindingId[] }>();
    for (const f of list) {
      for (const id of getFinding(f.id)[pick]) {
        const m = getMuscle(id);
        const side: MuscleSide = !m.bilateral ? 'midline' : (f.side ?? 'both');
        const k = key(id, side);
        const e = acc.get(k) ?? { id, side, findings: [] };
        if (!e.findings.includes(f.id)) e.findings.push(f.id);
        acc.set(k, e);
      }
    }
    return [...acc.values()]
      .map((e) => {
        const m = getMuscle(e.id);
        return {
          id: e.id,
          name: m.name,
          plainName: m.plainName,
          side: e.side,
          findings: e.findings,
          score: e.findings.length,
        };
      })
      .sort(byScoreThenOrder)
      .map(({ score: _score, ...rest }) => rest);
  };
  return {
    findings: list.map((f) => {
      const r = getFinding(f.id);
      return { id: f.id, name: r.name, plainName: r.plainName, ...(f.side ? { side: f.side } : {}) };
    }),
    overactive: collect('overactive'),
    underactive: collect('underactive'),
  };
}

/**
 * Explain pain at one or more sites: the primary muscles (lying there or referring pain there),
 * the muscles compensating for them, the related conditions and the cautions. Several sites rank
 * a muscle higher when more of them implicate it. Findings, when given, are explained alongside.
 * `vocabulary` words the region names inside the "why" sentences (plain by default); the
 * ranking does not depend on it.
 */
export function explain(selection: Selection, vocabulary: Vocabulary = 'plain'): Explanation {
  const sites = normaliseSites(selection.sites);
  const primary = rankPrimary(sites, vocabulary);
  const compensating = rankCompensating(primary);
  const conditions = rankConditions(sites, primary, vocabulary);
  const cautions = sites.length > 0 ? buildCautions(sites, conditions, vocabulary) : [NOT_A_DIAGNOSIS];
  const findings =
    selection.findings && selection.findings.length > 0 ? explainFindings(selection.findings) : undefined;
  return {
    regions: explainRegions(sites),
    primary,
    compensating,
    conditions,
    cautions,
    ...(findings ? { findings } : {}),
  };
}

/** A short label for a primary or compensating muscle entry, side included. */
export function entryLabel(entry: { id: MuscleId; side: MuscleSide }, vocabulary: 'plain' | 'medical'): string {
  return muscleLabel(getMuscle(entry.id), entry.side, vocabulary);
}
