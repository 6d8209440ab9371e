import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSavedWorkSync } from '../../src/app/savedWorkSync';
import { SESSIONS_VERSION } from '../../src/persistence/savedSessions';
import { DRAFT_KEY, SESSIONS_KEY } from '../../src/persistence/sessionStore';
import { INITIAL_STATE, useExplorer } from '../../src/store/explorerStore';
import { captureSession, useSessions } from '../../src/store/sessionsStore';
import { memoryStorage } from '../persistence/memoryStorage';

const work = {
  sites: [{ region: 'calf', side: 'left' }] as const,
  findings: [],
  notes: 'Calf notes.',
  vocabulary: 'medical' as const,
  body: 'male' as const,
  goal: '',
  intake: [],
};
const draft = captureSession({ ...work, sites: [...work.sites] }, null, {
  id: 'draft',
  title: '',
  now: new Date('2026-11-01T10:00:00Z'),
});

function page(hash: string) {
  vi.stubGlobal('window', {
    location: { hash },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  });
}

beforeEach(() => {
  useExplorer.setState({ ...INITIAL_STATE });
  useSessions.setState({ sessions: [], currentId: null });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('keeping the work on the device', () => {
  it('picks the whole work up again on a fresh start', () => {
    page('');
    const st = memoryStorage({ [DRAFT_KEY]: JSON.stringify({ version: 1, work: draft, currentId: null }) });
    const stop = startSavedWorkSync(st);
    expect(useExplorer.getState()).toMatchObject({ sites: work.sites, notes: work.notes, vocabulary: 'medical' });
    stop();
  });

  it('adds the notes on a reload of the same link', () => {
    page('#v=1&s=calf:left');
    useExplorer.setState({ sites: [{ region: 'calf', side: 'left' }] });
    const st = memoryStorage({ [DRAFT_KEY]: JSON.stringify({ version: 1, work: draft, currentId: null }) });
    startSavedWorkSync(st)();
    expect(useExplorer.getState().notes).toBe(work.notes);
    expect(useSessions.getState().sessions).toEqual([]);
  });

  it('keeps unsaved work as a saved session when another link opens over it', () => {
    page('#v=1&s=forehead');
    useExplorer.setState({ sites: [{ region: 'forehead', side: 'midline' }] });
    const st = memoryStorage({ [DRAFT_KEY]: JSON.stringify({ version: 1, work: draft, currentId: null }) });
    startSavedWorkSync(st)();
    const [kept] = useSessions.getState().sessions;
    expect(kept).toMatchObject({ sites: work.sites, notes: work.notes });
    expect(kept?.title).toMatch(/^Unsaved work from/);
    expect(useExplorer.getState().notes).toBe('');
    expect(useExplorer.getState().notices.join(' ')).toMatch(/kept as the saved session/);
    expect(JSON.parse(st.getItem(SESSIONS_KEY)!).sessions).toHaveLength(1);
  });

  it('writes sessions when they change, and the work in progress when typing pauses', async () => {
    page('');
    const st = memoryStorage();
    const stop = startSavedWorkSync(st);
    useSessions.getState().save(captureSession(useExplorer.getState(), null, { id: 'a', title: 'A', now: new Date() }));
    expect(JSON.parse(st.getItem(SESSIONS_KEY)!).sessions.map((s: { id: string }) => s.id)).toEqual(['a']);
    useExplorer.getState().setNotes('typed');
    expect(st.getItem(DRAFT_KEY)).toBeNull();
    await new Promise((r) => setTimeout(r, 400));
    expect(JSON.parse(st.getItem(DRAFT_KEY)!)).toMatchObject({
      version: SESSIONS_VERSION,
      currentId: 'a',
      work: { notes: 'typed' },
    });
    stop();
  });
});
