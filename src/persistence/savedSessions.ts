/**
 * Saved sessions (pain sites with inflamed marks and pain scores, findings, notes, goal, health
 * intake, date), and the JSON file they are exported to and imported from. Pure: storage lives in
 * `sessionStore.ts`; the shape and its versions are the schema in `schemas/session.ts`.
 *
 * Reading never throws and never silently drops anything: each entry that cannot be used is
 * returned in `rejected` with a plain reason, so the caller can keep it aside and say so.
 */
import * as v from 'valibot';
import { isJsonObject } from '../domain/jsonObject';
import { firstIssue } from '../schemas/parse';
import { isReadableVersion, type SavedSession, SESSION, SESSIONS_VERSION } from '../schemas/session';

export { MAX_GOAL, MAX_NOTES, type SavedSession, SESSIONS_VERSION } from '../schemas/session';
/** Marks an export file as ours. */
export const EXPORT_FORMAT = 'myotrace-sessions';

/** Something that could not be read, with why. */
export interface Rejected {
  readonly raw: unknown;
  readonly reason: string;
}

/** The result of reading sessions from storage or from a file. */
export interface SessionsRead {
  readonly sessions: SavedSession[];
  readonly rejected: Rejected[];
}

/**
 * Read one session record of any readable version (older ones are migrated). Returns the session
 * (with unusable parts left out and named in `dropped`), or a reason it cannot be used at all.
 */
export function readSession(raw: unknown): { session: SavedSession; dropped: string[] } | { reason: string } {
  const r = v.safeParse(SESSION, raw);
  if (!r.success) return { reason: firstIssue(r.issues, 'not a session record') };
  return { session: r.output.value, dropped: [...r.output.notes] };
}

/** Read a list of session records (from storage, or the `sessions` of an export file). */
export function readSessions(raw: unknown): SessionsRead {
  const sessions: SavedSession[] = [];
  const rejected: Rejected[] = [];
  if (!Array.isArray(raw)) return { sessions, rejected: [{ raw, reason: 'not a list of sessions' }] };
  const ids = new Set<string>();
  for (const item of raw) {
    const r = readSession(item);
    if ('reason' in r) {
      rejected.push({ raw: item, reason: r.reason });
      continue;
    }
    if (ids.has(r.session.id)) {
      rejected.push({ raw: item, reason: `a second session with the id ${r.session.id}` });
      continue;
    }
    ids.add(r.session.id);
    sessions.push(r.session);
    if (r.dropped.length)
      rejected.push({
        raw: item,
        reason: `parts of “${r.session.title || r.session.id}” were left out: ${[...new Set(r.dropped)].join(', ')}`,
      });
  }
  return { sessions, rejected };
}

/** The export file for some sessions (pretty JSON, current version). */
export function exportSessions(sessions: readonly SavedSession[], exportedAt: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: SESSIONS_VERSION,
    exportedAt: exportedAt.toISOString(),
    sessions: sessions.map((s) => ({ version: SESSIONS_VERSION, ...s })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Read an export file's text (any readable version). Never throws; anything unusable is in `rejected` or `error`. */
export function importSessions(text: string): SessionsRead & { error?: string } {
  if (typeof text !== 'string' || text.length === 0) return { sessions: [], rejected: [], error: 'The file is empty.' };
  if (text.length > 5_000_000)
    return { sessions: [], rejected: [], error: 'The file is too large to be a MyoTrace export.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { sessions: [], rejected: [], error: 'The file is not valid JSON, so it is not a MyoTrace export.' };
  }
  if (!isJsonObject(data) || data.format !== EXPORT_FORMAT) {
    return { sessions: [], rejected: [], error: 'The file is JSON but not a MyoTrace sessions export.' };
  }
  if (data.version === undefined || !isReadableVersion(data.version)) {
    return {
      sessions: [],
      rejected: [{ raw: data, reason: `an export from an unknown version (${String(data.version).slice(0, 20)})` }],
      error: 'The file comes from a different version of MyoTrace and could not be read; nothing was changed.',
    };
  }
  return readSessions(data.sessions);
}

/** Merge imported sessions into existing ones: same id → the newer `updatedAt` wins. */
export function mergeSessions(existing: readonly SavedSession[], incoming: readonly SavedSession[]): SavedSession[] {
  const byId = new Map(existing.map((s) => [s.id, s]));
  for (const s of incoming) {
    const old = byId.get(s.id);
    if (!old || Date.parse(s.updatedAt) > Date.parse(old.updatedAt)) byId.set(s.id, s);
  }
  return [...byId.values()].sort(
    (a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id),
  );
}
