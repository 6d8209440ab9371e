/**
 * Keeps the person's work on this device (localStorage): the saved sessions, and the work in
 * progress (selection, notes, the saved session it belongs to) so a reload or a restart loses
 * nothing. Loaded once at start, after the share link has been applied; written whenever it
 * changes. Whatever cannot be read is kept aside and reported in a notice, never dropped.
 */
import { mergeSessions } from '../persistence/savedSessions';
import {
  type KeyValueStorage,
  loadDraft,
  loadSessions,
  SESSIONS_KEY,
  saveDraft,
  saveSessions,
} from '../persistence/sessionStore';
import { changedIn, useExplorer, WORK_KEYS, workOf } from '../store/explorerStore';
import { captureSession, hasWork, sameSelection, sameWork, useSessions } from '../store/sessionsStore';

/** How long the draft waits for typing to pause before it is written. */
const DRAFT_DELAY_MS = 300;

function localStorageOrNull(): KeyValueStorage | null {
  try {
    const s = window.localStorage;
    s.getItem(SESSIONS_KEY);
    return s;
  } catch {
    return null;
  }
}

const notify = (message: string) => useExplorer.getState().notify(message);

const currentWork = () => workOf(useExplorer.getState());

/** Pick up the draft: all of it on a fresh start, its notes on a reload, kept as a session otherwise. */
function resumeDraft(storage: KeyValueStorage, now: Date): void {
  const { draft, problems } = loadDraft(storage, now);
  for (const p of problems) notify(p);
  if (!draft) return;
  const { sessions } = useSessions.getState();
  const belongsTo = sessions.find((s) => s.id === draft.currentId) ?? null;
  const explorer = useExplorer.getState();
  if (window.location.hash.length <= 1) {
    explorer.openWork(draft.work);
    useSessions.getState().setCurrent(belongsTo?.id ?? null);
    return;
  }
  // A link is open: the same selection means a reload (the draft adds what a link never holds) …
  if (sameSelection(currentWork(), draft.work)) {
    explorer.restorePrivate(draft.work);
    useSessions.getState().setCurrent(belongsTo?.id ?? null);
    return;
  }
  // … another selection must not overwrite unsaved work: keep it as a saved session.
  if (hasWork(draft.work) && !(belongsTo && sameWork(draft.work, belongsTo))) {
    const title = `Unsaved work from ${new Date(draft.work.updatedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
    const id = globalThis.crypto?.randomUUID?.() ?? `draft${now.getTime().toString(36)}`;
    const kept = captureSession(draft.work, null, { id, title, now: new Date(draft.work.updatedAt) });
    useSessions.getState().setAll([kept, ...sessions]);
    notify(`Your unsaved work from before was kept as the saved session “${title}” (Sessions).`);
  }
}

/** Start keeping the work on the device; returns a function that stops (and writes what is pending). */
export function startSavedWorkSync(storage: KeyValueStorage | null = localStorageOrNull()): () => void {
  if (!storage) {
    notify('Sessions cannot be kept on this device: this browser blocks storage. Export them to a file instead.');
    return () => undefined;
  }
  const now = new Date();
  const loaded = loadSessions(storage, now);
  for (const p of loaded.problems) notify(p);
  // Sessions saved in the moment before this started are kept with the loaded ones.
  const early = useSessions.getState().sessions;
  useSessions.getState().setAll(early.length ? mergeSessions(loaded.sessions, early) : loaded.sessions);
  resumeDraft(storage, now);

  let written = loaded.sessions as readonly unknown[];
  let fromOtherTab = false;
  const writeSessions = (sessions: readonly unknown[]) => {
    if (sessions === written) return;
    written = sessions;
    if (fromOtherTab) return;
    const problem = saveSessions(storage, useSessions.getState().sessions);
    if (problem) notify(problem);
  };
  writeSessions(useSessions.getState().sessions);

  let timer = 0;
  let warned = false;
  const writeDraft = () => {
    timer = 0;
    const work = captureSession(currentWork(), null, { id: 'draft', title: '', now: new Date() });
    const problem = saveDraft(storage, { work, currentId: useSessions.getState().currentId });
    if (problem && !warned) {
      warned = true;
      notify(problem);
    }
  };
  const later = () => {
    if (!timer) timer = window.setTimeout(writeDraft, DRAFT_DELAY_MS);
  };
  const flush = () => {
    if (!timer) return;
    window.clearTimeout(timer);
    writeDraft();
  };

  const stopSessions = useSessions.subscribe((s, prev) => {
    writeSessions(s.sessions);
    if (s.currentId !== prev.currentId) later();
  });
  const stopExplorer = useExplorer.subscribe((s, prev) => {
    if (changedIn(WORK_KEYS, s, prev)) later();
  });
  // Sessions saved in another tab of this app show up here too.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== SESSIONS_KEY) return;
    const r = loadSessions(storage, new Date());
    fromOtherTab = true;
    useSessions.getState().setAll(r.sessions);
    fromOtherTab = false;
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', flush);
  // Whatever was chosen or typed before this started is kept too.
  if (hasWork(currentWork())) later();
  return () => {
    flush();
    stopSessions();
    stopExplorer();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', flush);
  };
}
