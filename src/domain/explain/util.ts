/**
 * Small helpers shared by the stages of the explain engine: ordering, rounding, sentences.
 */
import type { MuscleId } from '../ids';
import { MUSCLE_ORDER } from '../knowledgeBase';
import type { MuscleSide } from '../labels';

/** Higher score first; ties by knowledge-base order (head → foot), then side. Deterministic. */
export function byScoreThenOrder<T extends { score: number; id: MuscleId; side: MuscleSide }>(a: T, b: T): number {
  if (b.score !== a.score) return b.score - a.score;
  const oa = MUSCLE_ORDER.get(a.id) ?? 0;
  const ob = MUSCLE_ORDER.get(b.id) ?? 0;
  if (oa !== ob) return oa - ob;
  return a.side.localeCompare(b.side);
}

/** "a", "a and b", "a, b and c". */
export function sentenceList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The other side (midline and both stay as they are). */
export function flipSide(side: MuscleSide): MuscleSide {
  return side === 'left' ? 'right' : side === 'right' ? 'left' : side;
}

/** Round a score to three decimals so outputs are stable. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
