/**
 * The knowledge base: every record, and lookups by id.
 */
import { COMPENSATION_EDGES } from './data/compensation';
import { CONDITIONS } from './data/conditions';
import { FINDINGS } from './data/findings';
import { LOWER_MUSCLES } from './data/muscles-lower';
import { MIDDLE_MUSCLES } from './data/muscles-middle';
import { UPPER_MUSCLES } from './data/muscles-upper';
import { REGIONS } from './data/regions';
import {
  CONDITION_IDS,
  type ConditionId,
  FINDING_IDS,
  type FindingId,
  MUSCLE_IDS,
  type MuscleId,
  type RegionId,
} from './ids';
import type { CompensationEdge, Condition, Finding, Muscle, Region } from './types';

/** All muscles, in MUSCLE_IDS order (head → foot). */
export const MUSCLES: readonly Muscle[] = [...UPPER_MUSCLES, ...MIDDLE_MUSCLES, ...LOWER_MUSCLES];

export { COMPENSATION_EDGES, CONDITIONS, FINDINGS, REGIONS };

function indexBy<K extends string, T extends { id: K }>(records: readonly T[]): ReadonlyMap<K, T> {
  return new Map(records.map((r) => [r.id, r]));
}

const muscleById = indexBy<MuscleId, Muscle>(MUSCLES);
const regionById = indexBy<RegionId, Region>(REGIONS);
const conditionById = indexBy<ConditionId, Condition>(CONDITIONS);
const findingById = indexBy<FindingId, Finding>(FINDINGS);

/** Order of each muscle id in MUSCLE_IDS, for deterministic tie-breaking. */
export const MUSCLE_ORDER: ReadonlyMap<MuscleId, number> = new Map(MUSCLE_IDS.map((id, i) => [id, i]));

/** The muscle with this id (throws on an unknown id: ids are checked at the edges). */
export function getMuscle(id: MuscleId): Muscle {
  const m = muscleById.get(id);
  if (!m) throw new Error(`unknown muscle id: ${id}`);
  return m;
}

/** The region with this id. */
export function getRegion(id: RegionId): Region {
  const r = regionById.get(id);
  if (!r) throw new Error(`unknown region id: ${id}`);
  return r;
}

/** The condition with this id. */
export function getCondition(id: ConditionId): Condition {
  const c = conditionById.get(id);
  if (!c) throw new Error(`unknown condition id: ${id}`);
  return c;
}

/** The finding with this id. */
export function getFinding(id: FindingId): Finding {
  const f = findingById.get(id);
  if (!f) throw new Error(`unknown finding id: ${id}`);
  return f;
}

// The id checks need only the id lists; they live in ids.ts and are offered here too.
export { isMuscleId, isRegionId } from './ids';

/** Narrow an untrusted string to a condition id. */
export function isConditionId(s: string): s is ConditionId {
  return (CONDITION_IDS as readonly string[]).includes(s);
}

/** Narrow an untrusted string to a finding id. */
export function isFindingId(s: string): s is FindingId {
  return (FINDING_IDS as readonly string[]).includes(s);
}

/** Edges leaving a muscle, in data order. */
const edgesFrom = new Map<MuscleId, CompensationEdge[]>();
for (const e of COMPENSATION_EDGES) {
  const list = edgesFrom.get(e.from) ?? [];
  list.push(e);
  edgesFrom.set(e.from, list);
}

/** Compensation edges whose primary is this muscle. */
export function compensationsOf(id: MuscleId): readonly CompensationEdge[] {
  return edgesFrom.get(id) ?? [];
}

/** Every compensation edge touching a muscle (either end), for cards and study links. */
export function compensationNeighbours(id: MuscleId): readonly CompensationEdge[] {
  return COMPENSATION_EDGES.filter((e) => e.from === id || e.to === id);
}

/** Conditions that involve a muscle. */
export function conditionsOfMuscle(id: MuscleId): readonly Condition[] {
  return CONDITIONS.filter((c) => c.muscles.includes(id));
}
