/**
 * Saved sessions (pain sites, findings, notes, date), their schema version, and the JSON file
 * they are exported to and imported from. Pure: storage lives in `sessionStore.ts`.
 *
 * Reading never throws and never silently drops anything: each entry that cannot be used is
 * returned in `rejected` with a plain reason, so the caller can keep it aside and say so.
 */
import type { FindingSelection, PainSite } from '../domain/explain';
import { getRegion, isFindingId, isRegionId } from '../domain/knowledgeBase';
import type { Vocabulary } from '../domain/labels';

/** Schema version of one saved session and of the export file. */
export const SESSIONS_VERSION = 1;
/** Marks an export file as ours. */
export const EXPORT_FORMAT = 'myotrace-sessions';
/** Longest notes kept, in characters. */
export const MAX_NOTES = 20000;

/** One saved session. */
export interface SavedSession {
  readonly id: string;
  readonly title: string;
  /** ISO date-times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sites: readonly PainSite[];
  readonly findings: readonly FindingSelection[];
  readonly notes: string;
  readonly vocabulary: Vocabulary;
}

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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isoOrNull(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > 40) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function readSites(v: unknown, notes: string[]): PainSite[] {
  if (!Array.isArray(v)) return [];
  const out: PainSite[] = [];
  const seen = new Set<string>();
  for (const s of v.slice(0, 100)) {
    if (!isObject(s) || typeof s.region !== 'string' || !isRegionId(s.region)) {
      notes.push('an unknown pain site');
      continue;
    }
    const region = getRegion(s.region);
    const side = region.bilateral ? (s.side === 'right' ? 'right' : s.side === 'left' ? 'left' : null) : 'midline';
    if (side === null) {
      notes.push(`a pain site without a side (${s.region})`);
      continue;
    }
    const key = `${s.region}:${side}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ region: s.region, side });
  }
  return out;
}

function readFindings(v: unknown, notes: string[]): FindingSelection[] {
  if (!Array.isArray(v)) return [];
  const out: FindingSelection[] = [];
  const seen = new Set<string>();
  for (const f of v.slice(0, 100)) {
    if (!isObject(f) || typeof f.id !== 'string' || !isFindingId(f.id)) {
      notes.push('an unknown finding');
      continue;
    }
    const side = f.side === 'left' || f.side === 'right' ? f.side : undefined;
    const key = `${f.id}:${side ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(side ? { id: f.id, side } : { id: f.id });
  }
  return out;
}

/**
 * Read one session record. Returns the session (with unusable parts left out and named in
 * `dropped`), or a reason it cannot be used at all.
 */
export function readSession(raw: unknown): { session: SavedSession; dropped: string[] } | { reason: string } {
  if (!isObject(raw)) return { reason: 'not a session record' };
  if (raw.version !== undefined && raw.version !== SESSIONS_VERSION) {
    return { reason: `a session from an unknown version (${String(raw.version).slice(0, 20)})` };
  }
  const id = typeof raw.id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(raw.id) ? raw.id : null;
  const createdAt = isoOrNull(raw.createdAt);
  if (!id || !createdAt) return { reason: 'a session without a valid id or date' };
  const dropped: string[] = [];
  const notes = typeof raw.notes === 'string' ? raw.notes : '';
  if (notes.length > MAX_NOTES) dropped.push(`notes beyond ${MAX_NOTES} characters`);
  const session: SavedSession = {
    id,
    title: typeof raw.title === 'string' ? raw.title.slice(0, 200) : '',
    createdAt,
    updatedAt: isoOrNull(raw.updatedAt) ?? createdAt,
    sites: readSites(raw.sites, dropped),
    findings: readFindings(raw.findings, dropped),
    notes: notes.slice(0, MAX_NOTES),
    vocabulary: raw.vocabulary === 'medical' ? 'medical' : 'plain',
  };
  return { session, dropped };
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

/** The export file for some sessions (pretty JSON). */
export function exportSessions(sessions: readonly SavedSession[], exportedAt: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: SESSIONS_VERSION,
    exportedAt: exportedAt.toISOString(),
    sessions: sessions.map((s) => ({ version: SESSIONS_VERSION, ...s })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Read an export file's text. Never throws; anything unusable is in `rejected` or `error`. */
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
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    return { sessions: [], rejected: [], error: 'The file is JSON but not a MyoTrace sessions export.' };
  }
  if (data.version !== SESSIONS_VERSION) {
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
