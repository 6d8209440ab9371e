/**
 * Saved sessions as the app holds them: the list, and which one the current work belongs to.
 * Writing them to the device is the app's job (`app/savedWorkSync.ts`); this store holds no DOM
 * or storage code, so it is easy to test.
 */
import { create, type StoreApi } from 'zustand';
import { findingKey, siteKey } from '../domain/explain';
import type { SavedSession } from '../persistence/savedSessions';
import { type ExplorerStore, useExplorer, type WorkToOpen, workOf } from './explorerStore';

export interface SessionsState {
  /** Newest edit first. */
  readonly sessions: readonly SavedSession[];
  /** The saved session the current work was opened from or last saved as. */
  readonly currentId: string | null;
}

export interface SessionsActions {
  /** Replace the list (after loading or importing). */
  setAll(sessions: readonly SavedSession[]): void;
  /** Add or update a session and make it the current one. */
  save(session: SavedSession): void;
  rename(id: string, title: string, now: Date): void;
  remove(id: string): void;
  setCurrent(id: string | null): void;
}

export type SessionsStore = SessionsState & SessionsActions;

const newestFirst = (list: readonly SavedSession[]) =>
  [...list].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id));

/** Make a sessions store (the app uses one; tests make their own). */
export function createSessionsStore(initial: Partial<SessionsState> = {}) {
  return create<SessionsStore>()((set) => ({
    sessions: [],
    currentId: null,
    ...initial,
    setAll: (sessions) =>
      set((s) => ({
        sessions: newestFirst(sessions),
        currentId: sessions.some((x) => x.id === s.currentId) ? s.currentId : null,
      })),
    save: (session) =>
      set((s) => ({
        sessions: newestFirst([session, ...s.sessions.filter((x) => x.id !== session.id)]),
        currentId: session.id,
      })),
    rename: (id, title, now) =>
      set((s) => ({
        sessions: newestFirst(
          s.sessions.map((x) => (x.id === id ? { ...x, title: title.slice(0, 200), updatedAt: now.toISOString() } : x)),
        ),
      })),
    remove: (id) =>
      set((s) => ({
        sessions: s.sessions.filter((x) => x.id !== id),
        currentId: s.currentId === id ? null : s.currentId,
      })),
    setCurrent: (currentId) => set({ currentId }),
  }));
}

/** The app's sessions store. */
export const useSessions = createSessionsStore();

/** The part of the explorer's state a session keeps (sites with their pain scores, findings, notes, goal, intake). */
export type SessionWork = WorkToOpen;

/**
 * The current work as a saved session: a new one (`existing` null) or an update of `existing`.
 * `id` is used only for a new session.
 */
export function captureSession(
  work: SessionWork,
  existing: SavedSession | null,
  meta: { id: string; title: string; now: Date },
): SavedSession {
  const now = meta.now.toISOString();
  return {
    id: existing?.id ?? meta.id,
    title: meta.title.trim().slice(0, 200),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    sites: work.sites,
    findings: work.findings,
    notes: work.notes,
    vocabulary: work.vocabulary,
    body: work.body,
    goal: work.goal,
    intake: work.intake,
  };
}

type Comparable = Pick<SavedSession, 'sites' | 'findings' | 'notes' | 'goal' | 'intake'>;

/** Whether the work is what a saved session holds (so nothing would be lost by replacing it). */
export function sameWork(work: Comparable, session: Comparable): boolean {
  const key = (x: Comparable) =>
    JSON.stringify([
      x.sites.map((s) => [siteKey(s), s.inflamed === true, s.pain ?? null].join(' ')).sort(),
      x.findings.map(findingKey).sort(),
      x.notes,
      x.goal ?? '',
      [...(x.intake ?? [])].sort(),
    ]);
  return key(work) === key(session);
}

/** Whether two pieces of work select the same sites (with the same inflamed marks) and findings. */
export function sameSelection(
  a: Pick<SavedSession, 'sites' | 'findings'>,
  b: Pick<SavedSession, 'sites' | 'findings'>,
): boolean {
  const key = (x: Pick<SavedSession, 'sites' | 'findings'>) =>
    JSON.stringify([
      x.sites.map((s) => [siteKey(s), s.inflamed === true].join(' ')).sort(),
      x.findings.map(findingKey).sort(),
    ]);
  return key(a) === key(b);
}

/** Whether the work holds anything worth keeping. */
export function hasWork(work: Comparable): boolean {
  return (
    work.sites.length > 0 ||
    work.findings.length > 0 ||
    work.notes.trim().length > 0 ||
    (work.goal ?? '').trim().length > 0 ||
    (work.intake ?? []).length > 0
  );
}

/** A default title: “Session <date>, <time>”. */
export function defaultTitle(now: Date): string {
  return `Session ${now.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}, ${now.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
}

/** The two stores the session actions work on (the app's own unless a test passes its own). */
export interface SessionStores {
  readonly explorer: StoreApi<ExplorerStore>;
  readonly sessions: StoreApi<SessionsStore>;
}

const appStores = (): SessionStores => ({ explorer: useExplorer, sessions: useSessions });

/** Whether the current work holds something its saved session (if any) does not. */
export function hasUnsavedWork(stores: SessionStores = appStores()): boolean {
  const { currentId, sessions } = stores.sessions.getState();
  const work = workOf(stores.explorer.getState());
  const saved = sessions.find((s) => s.id === currentId);
  return hasWork(work) && !(saved && sameWork(work, saved));
}

/** Open a saved session in place of the current work, and make it the current session. */
export function openSession(session: SavedSession, stores: SessionStores = appStores()): void {
  stores.explorer.getState().openWork(session);
  stores.sessions.getState().setCurrent(session.id);
}

/**
 * Save the current work: as a new session (`asNew`, or when no session is open) or over the open
 * one. Returns the saved session.
 */
export function saveWork(
  meta: { asNew: boolean; title: string; id: string; now: Date },
  stores: SessionStores = appStores(),
): SavedSession {
  const { sessions, currentId } = stores.sessions.getState();
  const current = meta.asNew ? null : (sessions.find((s) => s.id === currentId) ?? null);
  const session = captureSession(workOf(stores.explorer.getState()), current, {
    id: meta.id,
    title: meta.title.trim() || defaultTitle(meta.now),
    now: meta.now,
  });
  stores.sessions.getState().save(session);
  return session;
}
