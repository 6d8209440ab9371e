/**
 * The explain engine: "it hurts here: why?". Pure and deterministic: the same question always
 * gives the same answer, in the same order. Stages, each in its own file:
 * sites → primary → compensating → conditions → safety → plan.
 */
import type { IntakeId, MuscleId } from '../ids';
import { getMuscle, getRegion } from '../knowledgeBase';
import { type MuscleSide, muscleLabel, regionLabel, type Vocabulary } from '../labels';
import { rankCompensating } from './compensating';
import { rankConditions } from './conditions';
import { collectFindings } from './findings';
import { planFor } from './plan';
import { rankPrimary } from './primary';
import { buildCautions, findingAlerts, mergeAlerts, safetyFor } from './safety';
import { normaliseSites } from './sites';
import type {
  ExplainedRegion,
  Explanation,
  FindingSelection,
  FindingsExplanation,
  NormalisedSite,
  Selection,
} from './types';

export { compensationState } from './compensating';
export { planFor } from './plan';
export { findingAlerts, matchPattern, mergeAlerts, NOT_A_DIAGNOSIS, safetyFor, safetyLine } from './safety';
export {
  bareSite,
  findingKey,
  muscleKey,
  normaliseSites,
  regionSites,
  siteFromTag,
  siteKey,
  siteOf,
  siteTag,
} from './sites';
export type * from './types';
export { WEIGHTS } from './weights';

function explainRegions(sites: readonly NormalisedSite[]): ExplainedRegion[] {
  return sites.map((s) => {
    const r = getRegion(s.region);
    return {
      id: s.region,
      name: regionLabel(r, s.side, 'plain'),
      medicalName: regionLabel(r, s.side, 'medical'),
      side: s.side,
      inflamed: s.inflamed,
    };
  });
}

/**
 * Overactive and underactive muscles for posture, squat and gait findings, ranked by how many
 * findings point at each muscle (then head → foot). A one-sided finding puts each muscle on the
 * same or the opposite side as its record says; otherwise both sides are implicated. Carries
 * the plan for the findings alone and the safety alerts of the intake answers.
 */
export function explainFindings(
  findings: readonly FindingSelection[],
  intake: readonly IntakeId[] = [],
  vocabulary: Vocabulary = 'plain',
): FindingsExplanation {
  const f = collectFindings(findings);
  const plan = planFor({ sites: [], primary: [], compensating: [], findings: f, intake }, vocabulary);
  return { ...f, plan, safety: mergeAlerts(safetyFor([], intake, vocabulary), findingAlerts(findings)) };
}

/**
 * Explain pain at one or more sites: the primary muscles (lying there or referring pain there),
 * the muscles compensating for them (overworking or inhibited), the related conditions, the
 * safety alerts (never capped, emergency first), the cautions (safety first) and the treatment
 * plan. Several sites rank a muscle higher when more of them implicate it. Findings and intake
 * answers, when given, are part of the answer. `vocabulary` words the region names inside the
 * "why" sentences and picks the safety texts (plain by default); the ranking does not depend on it.
 */
export function explain(selection: Selection, vocabulary: Vocabulary = 'plain'): Explanation {
  const sites = normaliseSites(selection.sites);
  const intake = [...new Set(selection.intake ?? [])];
  const primary = rankPrimary(sites, vocabulary);
  const compensating = rankCompensating(primary);
  const conditions = rankConditions(sites, primary, vocabulary);
  const safety = mergeAlerts(safetyFor(sites, intake, vocabulary), findingAlerts(selection.findings ?? []));
  const cautions = buildCautions(sites, conditions, safety, intake, vocabulary);
  const found = selection.findings && selection.findings.length > 0 ? collectFindings(selection.findings) : undefined;
  const plan = planFor({ sites, primary, compensating, ...(found ? { findings: found } : {}), intake }, vocabulary);
  return {
    regions: explainRegions(sites),
    primary,
    compensating,
    conditions,
    cautions,
    safety,
    plan,
    ...(found ? { findings: { ...found, plan, safety } } : {}),
  };
}

/** A short label for a primary or compensating muscle entry, side included. */
export function entryLabel(entry: { id: MuscleId; side: MuscleSide }, vocabulary: 'plain' | 'medical'): string {
  return muscleLabel(getMuscle(entry.id), entry.side, vocabulary);
}
