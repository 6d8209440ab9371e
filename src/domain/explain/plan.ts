/**
 * Stage 6: the treatment plan — where not to work deep, what to release, what to activate,
 * self-care between sessions and the maintenance note. (Owned by the plan work of issue 10;
 * the signature below is the contract.)
 */
import type { IntakeId } from '../ids';
import { getMuscle, getRegion } from '../knowledgeBase';
import { type MuscleSide, regionPhrase, type Vocabulary } from '../labels';
import { muscleKey, muscleSideAt } from './sites';
import type {
  CompensatingMuscle,
  FindingMuscle,
  NormalisedSite,
  PlanMuscle,
  PrimaryMuscle,
  TreatmentPlan,
} from './types';

/** What the plan is computed from. */
export interface PlanInput {
  /** Normalised pain sites with their inflamed marks. */
  readonly sites: readonly NormalisedSite[];
  /** Primary muscles, most likely first. */
  readonly primary: readonly PrimaryMuscle[];
  /** Compensating muscles, each with its state (overworking → release, inhibited → activate). */
  readonly compensating: readonly CompensatingMuscle[];
  /** Muscles from posture/movement findings (overactive → release, underactive → activate). */
  readonly findings?: {
    readonly overactive: readonly FindingMuscle[];
    readonly underactive: readonly FindingMuscle[];
  };
  /** Intake answers that are "yes". */
  readonly intake: readonly IntakeId[];
}

/** Sessions after which muscular pain is reassessed. */
export const REASSESS_AFTER_SESSIONS = 3;

/**
 * The treatment plan.
 * - `avoid`: the muscles lying under an inflamed site ("no deep work"); empty without an inflamed site.
 * - `release`: overworking and tight muscles (primary, overworking compensators, overactive
 *   findings), never one that is in `avoid`; when a site is inflamed, surrounding groups first.
 * - `activate`: inhibited compensators and underactive findings: exercise, not massage.
 * - `selfCare`: client self-care for released/activated muscles and findings.
 * - `maintenance`: reassess after `REASSESS_AFTER_SESSIONS` sessions.
 * Pure and deterministic; `vocabulary` words the "why" texts.
 */
export function planFor(input: PlanInput, vocabulary: Vocabulary = 'plain'): TreatmentPlan {
  const avoid: PlanMuscle[] = [];
  const avoidKeys = new Set<string>();
  const avoidIds = new Map<string, MuscleSide[]>();
  for (const site of input.sites) {
    if (!site.inflamed) continue;
    const region = getRegion(site.region);
    const where = regionPhrase(region, site.side, vocabulary);
    for (const id of region.muscles) {
      const m = getMuscle(id);
      const side = muscleSideAt(m, site.side);
      const k = muscleKey(id, side);
      if (avoidKeys.has(k)) continue;
      avoidKeys.add(k);
      avoidIds.set(id, [...(avoidIds.get(id) ?? []), side]);
      avoid.push({
        id,
        name: m.name,
        plainName: m.plainName,
        side,
        why: `Lies under ${where}, which is inflamed: no deep work here until it settles.`,
      });
    }
  }
  const avoided = (id: string, side: MuscleSide) => {
    const sides = avoidIds.get(id);
    return !!sides && (sides.includes(side) || sides.includes('both') || side === 'both');
  };
  const release: PlanMuscle[] = [];
  const activate: PlanMuscle[] = [];
  const seen = new Set<string>();
  const push = (list: PlanMuscle[], id: PlanMuscle['id'], side: MuscleSide, why: string) => {
    const k = muscleKey(id, side);
    if (seen.has(k) || avoided(id, side)) return;
    seen.add(k);
    const m = getMuscle(id);
    list.push({ id, name: m.name, plainName: m.plainName, side, why });
  };
  const inflamed = avoid.length > 0;
  const overworking = input.compensating.filter((c) => c.state === 'overworking');
  const order = inflamed
    ? [...overworking.map((c) => ({ c })), ...input.primary.map((p) => ({ p }))]
    : [...input.primary.map((p) => ({ p })), ...overworking.map((c) => ({ c }))];
  for (const item of order) {
    if ('p' in item) push(release, item.p.id, item.p.side, item.p.why);
    else push(release, item.c.id, item.c.side, item.c.why);
  }
  for (const f of input.findings?.overactive ?? [])
    push(release, f.id, f.side, 'Overactive or short in the posture and movement findings.');
  for (const c of input.compensating) if (c.state === 'inhibited') push(activate, c.id, c.side, c.why);
  for (const f of input.findings?.underactive ?? [])
    push(
      activate,
      f.id,
      f.side,
      "Underactive or lengthened in the posture and movement findings: strengthen it, don't massage it.",
    );
  return {
    avoid,
    release,
    activate,
    selfCare: [],
    maintenance: {
      text: `Reassess after ${REASSESS_AFTER_SESSIONS} sessions; if muscular pain has not changed by then, refer on to a physician. Then preventive visits at an interval agreed with the client.`,
      reassessAfterSessions: REASSESS_AFTER_SESSIONS,
    },
  };
}
