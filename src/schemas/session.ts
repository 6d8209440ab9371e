/**
 * The schema of one saved session (and of the work in progress, which is kept as a session
 * record), with its versions:
 *
 * - version 1: id, title, dates, sites `{ region, side }`, findings, notes, vocabulary;
 * - version 2 (current): each site may carry `inflamed` and a 0–10 `pain` score; the session has the
 *   therapist's `goal` and the health `intake` (ids of the answers that are "yes").
 *
 * A version 1 record is read as a version 2 record without marks, scores, goal or intake (nothing
 * to convert). Version 2 records also keep the `body` shown (`male` or `female`); a record without
 * one (saved before the body switch) is read as the male body, one naming no known body as the male
 * body with a note. Health data (pain, goal, intake, notes) lives only here: never in a share link.
 */
import * as v from 'valibot';
import { type BodyId, DEFAULT_BODY } from '../domain/body/bodyId';
import { type FindingSelection, findingKey, siteKey } from '../domain/explain';
import type { Vocabulary } from '../domain/labels';
import { readBody } from './body';
import { INTAKE_ANSWER, type IntakeId } from './intake';
import { type Checked, firstIssue, readItems } from './parse';
import { FINDING, MAX_ITEMS, SESSION_SITE, type SessionSite } from './selection';

/** Schema version of one saved session, of the stored list, of the work in progress and of the export file. */
export const SESSIONS_VERSION = 2;
/** Versions that can still be read (older ones are migrated on reading). */
export const READABLE_SESSION_VERSIONS: readonly number[] = [1, 2];
/** Longest notes kept, in characters. */
export const MAX_NOTES = 20000;
/** Longest goal kept, in characters. */
export const MAX_GOAL = 2000;
/** Longest title kept, in characters. */
export const MAX_TITLE = 200;

/** One saved session. */
export interface SavedSession {
  readonly id: string;
  readonly title: string;
  /** ISO date-times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sites: readonly SessionSite[];
  readonly findings: readonly FindingSelection[];
  readonly notes: string;
  readonly vocabulary: Vocabulary;
  /** The body shown (male when the record was saved before the body switch). */
  readonly body: BodyId;
  /** The therapist's goal for the programme ('' when none). */
  readonly goal: string;
  /** Health-intake answers that are "yes". */
  readonly intake: readonly IntakeId[];
}

/** Whether a value is a readable schema version (a missing version reads as the first one). */
export function isReadableVersion(version: unknown): boolean {
  return version === undefined || READABLE_SESSION_VERSIONS.includes(version as number);
}

function isoOrNull(x: unknown): string | null {
  if (typeof x !== 'string' || x.length > 40) return null;
  const t = Date.parse(x);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const ISO_DATE = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((s) => !Number.isNaN(Date.parse(s))),
);

/** What a record must have to be a session at all; every other part is read with care. */
const SESSION_HEAD = v.looseObject(
  {
    version: v.optional(
      v.custom<number>(
        isReadableVersion,
        (issue) => `a session from an unknown version (${String(issue.input).slice(0, 20)})`,
      ),
    ),
    id: v.pipe(
      v.string('a session without a valid id or date'),
      v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'a session without a valid id or date'),
    ),
    createdAt: v.pipe(
      v.unknown(),
      v.check((x) => isoOrNull(x) !== null, 'a session without a valid id or date'),
    ),
  },
  'not a session record',
);

/**
 * One session record of any readable version, as the current version. Parts that cannot be used
 * are left out and named in the notes; a record that is no session at all is refused with why.
 */
export const SESSION = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }): Checked<SavedSession> => {
    const head = v.safeParse(SESSION_HEAD, dataset.value, { abortEarly: true });
    if (!head.success) {
      addIssue({ message: firstIssue(head.issues, 'not a session record') });
      return NEVER;
    }
    const raw = head.output as Record<string, unknown> & { id: string };
    const notes: string[] = [];
    const sites = readItems(SESSION_SITE, raw.sites, { max: MAX_ITEMS, key: siteKey, what: 'pain sites' });
    const findings = readItems(FINDING, raw.findings, { max: MAX_ITEMS, key: findingKey, what: 'findings' });
    const intake = readItems(INTAKE_ANSWER, raw.intake, { max: 50, key: String, what: 'health-intake answers' });
    const text = (x: unknown, what: string, max: number): string => {
      if (x === undefined || x === null) return '';
      if (typeof x !== 'string') {
        notes.push(`${what} that are not text`);
        return '';
      }
      if (x.length > max) notes.push(`${what} beyond ${max} characters`);
      return x.slice(0, max);
    };
    const sessionNotes = text(raw.notes, 'notes', MAX_NOTES);
    const goal = text(raw.goal, 'goal', MAX_GOAL);
    for (const part of [sites, findings, intake]) notes.push(...part.refused.map((r) => r.reason), ...part.notes);
    const body = raw.body === undefined ? DEFAULT_BODY : readBody(raw.body);
    if (body === null) notes.push(`a body that is not known (the ${DEFAULT_BODY} body is shown)`);
    const createdAt = isoOrNull(raw.createdAt) as string;
    const updated = v.safeParse(ISO_DATE, raw.updatedAt);
    return {
      value: {
        id: raw.id,
        title: typeof raw.title === 'string' ? raw.title.slice(0, MAX_TITLE) : '',
        createdAt,
        updatedAt: updated.success ? (isoOrNull(updated.output) ?? createdAt) : createdAt,
        sites: sites.items,
        findings: findings.items,
        notes: sessionNotes,
        vocabulary: raw.vocabulary === 'medical' ? 'medical' : 'plain',
        body: body ?? DEFAULT_BODY,
        goal,
        intake: intake.items,
      },
      notes,
    };
  }),
);

/** The box the stored list, the work in progress and the export file come in: a readable version. */
export const VERSIONED = v.looseObject({
  version: v.custom<number>(
    (x) => READABLE_SESSION_VERSIONS.includes(x as number),
    (issue) => `an unknown version (${String(issue.input).slice(0, 20)})`,
  ),
});
