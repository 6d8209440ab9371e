/**
 * The ids of the health-intake questions (the first consultation), as kept with the work in
 * progress and in saved sessions. This list mirrors the intake list of the domain
 * (`src/domain/intake.ts`); the test `tests/schemas/intake.test.ts` names the same ids.
 * The intake is health data: it is never written into a share link.
 */
import * as v from 'valibot';
import { quote } from './parse';

export const INTAKE_IDS = [
  'blood_thinners',
  'pregnancy',
  'recent_surgery',
  'recent_injury',
  'osteoporosis',
  'cancer_history',
  'diabetes',
  'fever_unwell',
  'numbness_weakness',
] as const;

export type IntakeId = (typeof INTAKE_IDS)[number];

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
