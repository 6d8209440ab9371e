/**
 * Stage 3: the compensating muscles, found by following the compensation graph from the
 * primary muscles. Each carries a state: `overworking` (takes the load or tightens: release it)
 * or `inhibited` (switched off and lengthened: activate it, don't massage it).
 */
import type { MuscleId } from '../ids';
import { compensationsOf, getMuscle } from '../knowledgeBase';
import type { MuscleSide } from '../labels';
import type { CompensationEdge } from '../types';
import { muscleKey } from './sites';
import type { CompensatingMuscle, PrimaryMuscle } from './types';
import { byScoreThenOrder, flipSide, round } from './util';
import { WEIGHTS } from './weights';

/**
 * The weak, lengthened side of Janda's upper and lower crossed syndromes: a crossed-syndrome
 * edge that ends at one of these muscles switches it off rather than loading it.
 */
export const CROSSED_SYNDROME_WEAK: ReadonlySet<MuscleId> = new Set<MuscleId>([
  // upper crossed syndrome
  'longus_colli',
  'longus_capitis',
  'trapezius_middle',
  'trapezius_lower',
  'rhomboid_major',
  'rhomboid_minor',
  'serratus_anterior',
  // lower crossed syndrome
  'rectus_abdominis',
  'transversus_abdominis',
  'external_oblique',
  'internal_oblique',
  'gluteus_maximus',
  'gluteus_medius',
]);

/** Whether a compensation edge makes its target overwork or switches it off. */
export function compensationState(edge: CompensationEdge): CompensatingMuscle['state'] {
  if (edge.relation === 'reciprocal_inhibition') return 'inhibited';
  if (edge.relation === 'crossed_syndrome' && CROSSED_SYNDROME_WEAK.has(edge.to)) return 'inhibited';
  return 'overworking';
}

/** How many of each group are listed at most. */
export const MAX_OVERWORKING = 12;
export const MAX_INHIBITED = 8;

interface Acc {
  id: MuscleId;
  side: MuscleSide;
  score: number;
  best: number;
  via: PrimaryMuscle;
  edge: CompensationEdge;
}

/**
 * Follow the compensation graph from the primary muscles. Overworking muscles come first (most
 * likely first), then the inhibited ones; a muscle already primary on that side is not repeated.
 */
export function rankCompensating(primary: readonly PrimaryMuscle[]): CompensatingMuscle[] {
  if (primary.length === 0) return [];
  const top = primary[0]?.score ?? 1;
  const primaryKeys = new Set(primary.map((p) => muscleKey(p.id, p.side)));
  const primaryIds = new Map<MuscleId, Set<MuscleSide>>();
  for (const p of primary) {
    const s = primaryIds.get(p.id) ?? new Set<MuscleSide>();
    s.add(p.side);
    primaryIds.set(p.id, s);
  }
  const acc = new Map<string, Acc>();
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
      const k = muscleKey(edge.to, side);
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
  const overworking: CompensatingMuscle[] = [];
  const inhibited: CompensatingMuscle[] = [];
  for (const e of acc.values()) {
    if (e.score < WEIGHTS.compensationCutoff) continue;
    const m = getMuscle(e.id);
    const state = compensationState(e.edge);
    (state === 'overworking' ? overworking : inhibited).push({
      id: e.id,
      name: m.name,
      plainName: m.plainName,
      side: e.side,
      via: e.via.id,
      viaSide: e.via.side,
      relation: e.edge.relation,
      state,
      evidence: e.edge.evidence ?? 'reasoned',
      why: e.edge.why,
      score: round(e.score),
    });
  }
  return [
    ...overworking.sort(byScoreThenOrder).slice(0, MAX_OVERWORKING),
    ...inhibited.sort(byScoreThenOrder).slice(0, MAX_INHIBITED),
  ];
}
