/**
 * The health intake of the first consultation: the questions, and lookups by id.
 */
import { INTAKE_QUESTIONS } from './data/intake';
import { INTAKE_IDS, type IntakeId } from './ids';
import type { IntakeQuestion } from './types';

export { INTAKE_QUESTIONS };

const byId = new Map<IntakeId, IntakeQuestion>(INTAKE_QUESTIONS.map((q) => [q.id, q]));

/** Narrow an untrusted string to an intake id. */
export function isIntakeId(s: string): s is IntakeId {
  return (INTAKE_IDS as readonly string[]).includes(s);
}

/** The intake question with this id (throws on an unknown id: ids are checked at the edges). */
export function intakeQuestion(id: IntakeId): IntakeQuestion {
  const q = byId.get(id);
  if (!q) throw new Error(`unknown intake id: ${id}`);
  return q;
}
