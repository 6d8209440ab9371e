import { describe, expect, it } from 'vitest';
import {
  exportSessions,
  importSessions,
  MAX_NOTES,
  mergeSessions,
  readSessions,
  type SavedSession,
} from '../../src/persistence/savedSessions';
import { loadSessions, quarantinedKeys, SESSIONS_KEY, saveSessions } from '../../src/persistence/sessionStore';
import { memoryStorage } from './memoryStorage';

const session: SavedSession = {
  id: 'a1',
  title: 'Mrs K., follow-up',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  sites: [
    { region: 'outer_elbow', side: 'right' },
    { region: 'forehead', side: 'midline' },
  ],
  findings: [{ id: 'forward_head' }, { id: 'elevated_shoulder', side: 'left' }],
  notes: 'Pain after gardening. <b>not markup</b>',
  vocabulary: 'medical',
  body: 'male',
  goal: '',
  intake: [],
};

describe('export and import', () => {
  it('round-trips sessions through the export file', () => {
    const text = exportSessions([session], new Date('2026-11-03T00:00:00Z'));
    expect(JSON.parse(text).format).toBe('myotrace-sessions');
    const back = importSessions(text);
    expect(back).toEqual({ sessions: [session], rejected: [] });
  });

  it('explains files it cannot read and changes nothing', () => {
    expect(importSessions('').error).toMatch(/empty/);
    expect(importSessions('{oops').error).toMatch(/not valid JSON/);
    expect(importSessions('{"a":1}').error).toMatch(/not a MyoTrace/);
    const future = importSessions(JSON.stringify({ format: 'myotrace-sessions', version: 7, sessions: [] }));
    expect(future.error).toMatch(/different version/);
    expect(future.rejected).toHaveLength(1);
  });

  it('keeps the good sessions of a partly damaged file and names the rest', () => {
    const file = JSON.parse(exportSessions([session], new Date()));
    file.sessions.push({ id: 'bad id!', createdAt: 'yesterday' }, 42, { ...session, id: 'a1' });
    file.sessions.push({
      ...session,
      id: 'b2',
      sites: [{ region: 'moon' }, { region: 'calf', side: 'left' }],
      notes: 'x'.repeat(MAX_NOTES + 5),
    });
    const r = importSessions(JSON.stringify(file));
    expect(r.sessions.map((s) => s.id)).toEqual(['a1', 'b2']);
    expect(r.sessions[1]?.sites).toEqual([{ region: 'calf', side: 'left' }]);
    expect(r.sessions[1]?.notes.length).toBe(MAX_NOTES);
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'a session without a valid id or date',
      'not a session record',
      'a second session with the id a1',
      expect.stringMatching(/parts of .* left out: notes beyond .*unknown pain site/),
    ]);
  });

  it('merges by id, newer edit wins', () => {
    const older = { ...session, notes: 'old', updatedAt: '2026-10-01T00:00:00.000Z' };
    const other = { ...session, id: 'z9', updatedAt: '2026-11-05T00:00:00.000Z' };
    const merged = mergeSessions([older], [session, other]);
    expect(merged.map((s) => s.id)).toEqual(['z9', 'a1']);
    expect(merged[1]?.notes).toBe(session.notes);
    expect(mergeSessions([session], [older])[0]?.notes).toBe(session.notes);
  });
});

describe('session storage', () => {
  it('saves and loads', () => {
    const st = memoryStorage();
    expect(saveSessions(st, [session])).toBeNull();
    expect(loadSessions(st)).toEqual({ sessions: [session], problems: [] });
  });

  it('keeps corrupt data aside and reports it', () => {
    const st = memoryStorage({ [SESSIONS_KEY]: '{"version":1,"sessions":[' });
    const r = loadSessions(st, new Date('2026-11-27T00:00:00Z'));
    expect(r.sessions).toEqual([]);
    expect(r.problems[0]).toMatch(/damaged.*kept aside/);
    const keys = quarantinedKeys(st);
    expect(keys).toHaveLength(1);
    expect(st.getItem(keys[0] as string)).toBe('{"version":1,"sessions":[');
  });

  it('keeps data from an unknown version aside', () => {
    const raw = JSON.stringify({ version: 99, sessions: [session] });
    const st = memoryStorage({ [SESSIONS_KEY]: raw });
    const r = loadSessions(st);
    expect(r.problems[0]).toMatch(/unknown version \(99\)/);
    expect(st.getItem(quarantinedKeys(st)[0] as string)).toBe(raw);
  });

  it('keeps individual broken records aside while loading the rest', () => {
    const st = memoryStorage({ [SESSIONS_KEY]: JSON.stringify({ version: 1, sessions: [session, { nope: true }] }) });
    const r = loadSessions(st);
    expect(r.sessions).toEqual([session]);
    expect(r.problems[0]).toMatch(/1 saved session could not be read/);
    expect(JSON.parse(st.getItem(quarantinedKeys(st)[0] as string) as string)).toEqual([{ nope: true }]);
    expect(loadSessions(st).problems).toEqual([]);
  });

  it('reports a storage that refuses to save', () => {
    const st = memoryStorage();
    st.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saveSessions(st, [session])).toMatch(/could not be saved/);
  });

  it('reads a list that is not a list', () => {
    expect(readSessions({}).rejected[0]?.reason).toBe('not a list of sessions');
  });
});
