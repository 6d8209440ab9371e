/**
 * Pure helpers for showing an explanation: the compensating muscles split into the two groups
 * (working harder / switched off), and the cautions that are not already shown as safety alerts.
 */
import { type CompensatingMuscle, type SafetyAlert, safetyLine } from '../domain/explain';
import { getMuscle } from '../domain/knowledgeBase';
import type { Vocabulary } from '../domain/labels';
import { relationWords } from '../domain/relationWords';
import { WORDING } from './wording';

/** The compensating muscles in their two groups, each in the engine's order (most likely first). */
export interface CompensatingGroups {
  /** Taking over load or tightening: release them. */
  readonly overworking: readonly CompensatingMuscle[];
  /** Switched off and lengthened: activate them, don't massage. */
  readonly inhibited: readonly CompensatingMuscle[];
}

/** Split the compensating muscles by state, keeping the order within each group. */
export function compensatingGroups(list: readonly CompensatingMuscle[]): CompensatingGroups {
  return {
    overworking: list.filter((m) => m.state !== 'inhibited'),
    inhibited: list.filter((m) => m.state === 'inhibited'),
  };
}

/**
 * The cautions without the lines that repeat a safety alert (the alerts are shown above them,
 * in full). Everything else keeps its order.
 */
export function cautionsBesideAlerts(
  cautions: readonly string[],
  safety: readonly SafetyAlert[],
  vocabulary: Vocabulary,
): string[] {
  const shown = new Set(safety.map((a) => safetyLine(a, vocabulary)));
  return cautions.filter((c) => !shown.has(c));
}

/**
 * Why a compensating muscle is listed: the muscle it goes with and how (worded for its group:
 * "makes up for" when it works harder, "goes with" when it is switched off), then the reason.
 */
export function compensationWhy(m: CompensatingMuscle, vocabulary: Vocabulary): string {
  const how = relationWords(m.relation, vocabulary);
  const lead = WORDING[vocabulary].compensationLead(getMuscle(m.via), m.viaSide, how, m.state === 'inhibited');
  return `${lead} ${m.why}`;
}
