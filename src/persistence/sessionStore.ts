/**
 * Saved sessions on the device (localStorage), with a schema version. Stored data that is
 * corrupt or from an unknown version is moved aside under a quarantine key and reported, never
 * silently dropped and never a crash.
 */
import * as v from 'valibot';
import { VERSIONED } from '../schemas/session';
import { type Rejected, readSession, readSessions, type SavedSession, SESSIONS_VERSION } from './savedSessions';

/** Whether stored data is in a box of a readable version (older versions are migrated on reading). */
const readableBox = (data: unknown) => v.is(VERSIONED, data);

/** The part of the Web Storage API we use (so tests can pass a fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export const SESSIONS_KEY = 'myotrace.sessions';
/** The work in progress (selection, notes, the saved session it belongs to), kept across reloads. */
export const DRAFT_KEY = 'myotrace.draft';
export const QUARANTINE_PREFIX = 'myotrace.quarantine.';

/** What loading found. */
export interface LoadedSessions {
  readonly sessions: SavedSession[];
  /** Plain sentences for the person: what could not be read and where it was kept. */
  readonly problems: string[];
}

/** Keep a raw value aside under a new quarantine key; returns the key. */
export function quarantine(storage: KeyValueStorage, what: string, raw: string, now: Date): string {
  let key = `${QUARANTINE_PREFIX}${what}.${now.toISOString()}`;
  for (let i = 1; storage.getItem(key) !== null; i++) key = `${QUARANTINE_PREFIX}${what}.${now.toISOString()}.${i}`;
  storage.setItem(key, raw);
  return key;
}

/** Keys of everything kept aside. */
export function quarantinedKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(QUARANTINE_PREFIX)) keys.push(k);
  }
  return keys.sort();
}

/** Load the saved sessions, quarantining whatever cannot be read. */
export function loadSessions(storage: KeyValueStorage, now = new Date()): LoadedSessions {
  let raw: string | null;
  try {
    raw = storage.getItem(SESSIONS_KEY);
  } catch {
    return { sessions: [], problems: ['Saved sessions could not be read: this browser blocks storage.'] };
  }
  if (raw === null) return { sessions: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    const key = quarantine(storage, 'sessions', raw, now);
    storage.removeItem(SESSIONS_KEY);
    return {
      sessions: [],
      problems: [`The saved sessions were damaged and could not be read. They were kept aside (${key}).`],
    };
  }
  const box = data as { version?: unknown; sessions?: unknown } | null;
  if (!readableBox(box)) {
    const key = quarantine(storage, 'sessions', raw, now);
    storage.removeItem(SESSIONS_KEY);
    return {
      sessions: [],
      problems: [
        `The saved sessions are from an unknown version (${String(box?.version).slice(0, 20)}). They were kept aside (${key}).`,
      ],
    };
  }
  const { sessions, rejected } = readSessions(box.sessions);
  const problems: string[] = [];
  if (rejected.length === 0) {
    // An older version is written back in the current one (nothing is lost: it only adds fields).
    if (box?.version !== SESSIONS_VERSION) saveSessions(storage, sessions);
    return { sessions, problems };
  }
  // Everything not read in full is kept aside as it was, so nothing is lost by saving the rest.
  const key = quarantine(storage, 'sessions', JSON.stringify(rejected.map((r: Rejected) => r.raw)), now);
  const whole = rejected.filter((r) => !r.reason.startsWith('parts of'));
  if (whole.length) {
    problems.push(
      `${whole.length} saved session${whole.length === 1 ? '' : 's'} could not be read and ${whole.length === 1 ? 'was' : 'were'} kept aside (${key}).`,
    );
  }
  for (const r of rejected.filter((x) => x.reason.startsWith('parts of')))
    problems.push(`${r.reason[0]?.toUpperCase()}${r.reason.slice(1)}; the original was kept aside (${key}).`);
  saveSessions(storage, sessions);
  return { sessions, problems };
}

/** Write the sessions. Returns a problem sentence when storage refuses (full, blocked). */
export function saveSessions(storage: KeyValueStorage, sessions: readonly SavedSession[]): string | null {
  try {
    storage.setItem(SESSIONS_KEY, JSON.stringify({ version: SESSIONS_VERSION, sessions }));
    return null;
  } catch {
    return 'The session could not be saved: the browser refused to store it (storage may be full or blocked). Export it to a file instead.';
  }
}

/**
 * The work in progress: a session record (id "draft": selection, inflamed marks, pain scores,
 * notes, goal, intake) and the saved session it belongs to.
 */
export interface Draft {
  readonly work: SavedSession;
  readonly currentId: string | null;
}

/** Load the work in progress (null when there is none), quarantining it when it cannot be read. */
export function loadDraft(storage: KeyValueStorage, now = new Date()): { draft: Draft | null; problems: string[] } {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return { draft: null, problems: [] };
  }
  if (raw === null) return { draft: null, problems: [] };
  const keepAside = (why: string) => {
    const key = quarantine(storage, 'draft', raw, now);
    storage.removeItem(DRAFT_KEY);
    return { draft: null, problems: [`The unsaved work from your last visit ${why}. It was kept aside (${key}).`] };
  };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return keepAside('was damaged and could not be read');
  }
  const box = data as { version?: unknown; work?: unknown; currentId?: unknown } | null;
  if (!readableBox(box)) {
    return keepAside(`is from an unknown version (${String(box?.version).slice(0, 20)})`);
  }
  const r = readSession(box.work);
  if ('reason' in r) return keepAside(`could not be read (${r.reason})`);
  if (r.dropped.length) {
    const kept = keepAside(`was read in part (${[...new Set(r.dropped)].join(', ')} left out)`);
    return { draft: { work: r.session, currentId: null }, problems: kept.problems };
  }
  const currentId = typeof box.currentId === 'string' && box.currentId.length <= 64 ? box.currentId : null;
  return { draft: { work: r.session, currentId }, problems: [] };
}

/** Write the work in progress. Returns a problem sentence when storage refuses. */
export function saveDraft(storage: KeyValueStorage, draft: Draft): string | null {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ version: SESSIONS_VERSION, ...draft }));
    return null;
  } catch {
    return 'Your notes could not be kept on this device: the browser refused to store them (storage may be full or blocked). Save or export the session to keep them.';
  }
}
