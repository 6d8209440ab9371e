/**
 * A muscle's compensation neighbours, for its card: the muscles that make up for it when it is the
 * problem, and the muscles it makes up for, each on the side it would be on. Pure.
 */
import type { MuscleRef } from './highlight';
import type { MuscleId } from './ids';
import { compensationNeighbours, getMuscle } from './knowledgeBase';
import type { MuscleSide } from './labels';
import type { CompensationEdge, CompensationRelation } from './types';

/** `compensates`: the neighbour makes up for this muscle. `compensatedBy`: this muscle makes up for the neighbour. */
export type NeighbourDirection = 'compensates' | 'compensatedBy';

export interface Neighbour {
  readonly direction: NeighbourDirection;
  /** The neighbour, on the side it would be on. */
  readonly muscle: MuscleRef;
  readonly relation: CompensationRelation;
  /** Whether the neighbour is on the other side of the body. */
  readonly opposite: boolean;
  readonly weight: number;
  readonly why: string;
}

/** The side of a neighbour: the same side or the other one, `both` staying `both`. */
export function neighbourSide(id: MuscleId, side: MuscleSide, opposite: boolean): MuscleSide {
  if (!getMuscle(id).bilateral) return 'midline';
  if (side === 'left') return opposite ? 'right' : 'left';
  if (side === 'right') return opposite ? 'left' : 'right';
  return 'both';
}

/**
 * The neighbours of a muscle on a side, both directions, strongest first within each direction
 * (muscles that make up for it first).
 */
export function cardNeighbours(focus: MuscleRef): Neighbour[] {
  const edges = compensationNeighbours(focus.id);
  const make = (e: CompensationEdge, direction: NeighbourDirection): Neighbour => {
    const other = direction === 'compensates' ? e.to : e.from;
    const opposite = e.side === 'opposite';
    return {
      direction,
      muscle: { id: other, side: neighbourSide(other, focus.side, opposite) },
      relation: e.relation,
      opposite,
      weight: e.weight,
      why: e.why,
    };
  };
  // An edge from a muscle to itself is its twin on the other side; it is listed once.
  const out = edges.filter((e) => e.from === focus.id).map((e) => make(e, 'compensates'));
  const back = edges.filter((e) => e.to === focus.id && e.from !== focus.id).map((e) => make(e, 'compensatedBy'));
  const byWeight = (a: Neighbour, b: Neighbour) => b.weight - a.weight;
  return [...out.sort(byWeight), ...back.sort(byWeight)];
}
