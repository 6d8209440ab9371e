/**
 * Findings that happen on one side, so the therapist says which: those whose record says what the
 * selected side means (`sideMeans`: "the standing leg (the weak side)").
 */
import type { FindingId } from '../domain/ids';
import { FINDINGS } from '../domain/knowledgeBase';

export const SIDED_FINDINGS: ReadonlySet<FindingId> = new Set<FindingId>(
  FINDINGS.filter((f) => f.sideMeans !== undefined).map((f) => f.id),
);

/** What the selected side of a one-sided finding means, in plain words, or undefined. */
export function sideMeaning(id: FindingId): string | undefined {
  return FINDINGS.find((f) => f.id === id)?.sideMeans;
}
