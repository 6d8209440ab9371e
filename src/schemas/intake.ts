/**
 * The ids of the health-intake questions (the first consultation), as kept with the work in
 * progress and in saved sessions: the domain's list (`src/domain/ids.ts`, questions in
 * `src/domain/intake.ts`), so a question added there is accepted here too.
 * The intake is health data: it is never written into a share link.
 */
import * as v from 'valibot';
import { INTAKE_IDS, type IntakeId } from '../domain/ids';
import { quote } from './parse';

export { INTAKE_IDS, type IntakeId };

const KNOWN = new Set<string>(INTAKE_IDS);

/** Whether a string is an intake id. */
export function isIntakeId(s: unknown): s is IntakeId {
  return typeof s === 'string' && KNOWN.has(s);
}

/** One intake answer that is "yes": its id. */
export const INTAKE_ANSWER = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const raw = dataset.value;
    if (!isIntakeId(raw)) {
      addIssue({ message: `the unknown health-intake answer ${quote(raw)}` });
      return NEVER;
    }
    return { value: raw, notes: [] as string[] };
  }),
);
