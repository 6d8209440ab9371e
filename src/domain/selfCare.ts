/**
 * Looking up self-care in the tables of `data/selfCare.ts` (plain data): the stretch for a muscle
 * that is released, the exercise for one that is inhibited, the advice for a finding.
 */
import {
  FINDING_ADVICE,
  SELF_CARE_ADVICE,
  SELF_CARE_EXERCISES,
  type SelfCareAdvice,
  type SelfCareExercise,
} from './data/selfCare';
import type { FindingId, MuscleId } from './ids';

export type { SelfCareAdvice, SelfCareExercise, SelfCareKind } from './data/selfCare';

interface Index {
  readonly stretch: Map<MuscleId, SelfCareExercise>;
  readonly strengthen: Map<MuscleId, SelfCareExercise>;
  readonly advice: Map<string, SelfCareAdvice>;
}

let index: Index | undefined;

/** Built on first use: a muscle's first exercise of each kind, in table order; the advice by id. */
function indexOf(): Index {
  if (index) return index;
  const built: Index = { stretch: new Map(), strengthen: new Map(), advice: new Map() };
  for (const e of SELF_CARE_EXERCISES) {
    const byMuscle = built[e.kind];
    for (const m of e.muscles) if (!byMuscle.has(m)) byMuscle.set(m, e);
  }
  for (const a of SELF_CARE_ADVICE) built.advice.set(a.id, a);
  index = built;
  return built;
}

/** The stretch for a muscle that is released, if it has one. */
export function stretchFor(id: MuscleId): SelfCareExercise | undefined {
  return indexOf().stretch.get(id);
}

/** The activation or strengthening exercise for an inhibited muscle, if it has one. */
export function activationFor(id: MuscleId): SelfCareExercise | undefined {
  return indexOf().strengthen.get(id);
}

/** Posture, work-station and activity advice for a finding, most useful first. */
export function adviceFor(id: FindingId): readonly SelfCareAdvice[] {
  const advice = indexOf().advice;
  return FINDING_ADVICE[id].map((a) => {
    const found = advice.get(a);
    if (!found) throw new Error(`unknown advice: ${a}`);
    return found;
  });
}
