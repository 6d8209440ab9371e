import { describe, expect, it } from 'vitest';
import type { SavedSession } from '../../src/persistence/savedSessions';
import {
  DRAFT_KEY,
  loadDraft,
  loadSessions,
  quarantinedKeys,
  SESSIONS_KEY,
  saveDraft,
} from '../../src/persistence/sessionStore';
import { memoryStorage } from './memoryStorage';

const work: SavedSession = {
  id: 'draft',
  title: '',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:05:00.000Z',
  sites: [{ region: 'calf', side: 'left' }],
  findings: [],
  notes: '<img src=x onerror=alert(1)> stays text',
  vocabulary: 'plain',
  body: 'male',
  goal: '',
  intake: [],
};

describe('the work in progress', () => {
  it('is saved and loaded with the saved session it belongs to', () => {
    const st = memoryStorage();
    expect(saveDraft(st, { work, currentId: 'abc' })).toBeNull();
    expect(loadDraft(st)).toEqual({ draft: { work, currentId: 'abc' }, problems: [] });
    expect(loadDraft(memoryStorage())).toEqual({ draft: null, problems: [] });
  });

  it('is kept aside when damaged or from another version, and reported', () => {
    for (const raw of [
      '{"version":1,"work":',
      JSON.stringify({ version: 99, work }),
      JSON.stringify({ version: 1, work: 7 }),
    ]) {
      const st = memoryStorage({ [DRAFT_KEY]: raw });
      const r = loadDraft(st, new Date('2026-11-27T00:00:00Z'));
      expect(r.draft).toBeNull();
      expect(r.problems[0]).toMatch(/unsaved work from your last visit .* kept aside \(myotrace\.quarantine\.draft\./);
      expect(st.getItem(quarantinedKeys(st)[0]!)).toBe(raw);
      expect(st.getItem(DRAFT_KEY)).toBeNull();
    }
  });

  it('keeps the readable part of a partly damaged draft and the original aside', () => {
    const raw = JSON.stringify({ version: 1, work: { ...work, sites: [{ region: 'moon' }, ...work.sites] } });
    const st = memoryStorage({ [DRAFT_KEY]: raw });
    const r = loadDraft(st);
    expect(r.draft?.work.sites).toEqual(work.sites);
    expect(r.problems[0]).toMatch(/read in part/);
    expect(st.getItem(quarantinedKeys(st)[0]!)).toBe(raw);
  });

  it('reports a storage that refuses it', () => {
    const st = memoryStorage();
    st.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saveDraft(st, { work, currentId: null })).toMatch(/could not be kept/);
  });
});

describe('saved sessions read in part', () => {
  it('keep the original record aside, so saving the rest loses nothing', () => {
    const partial = { ...work, id: 'p1', sites: [{ region: 'moon' }, { region: 'calf', side: 'left' }] };
    const st = memoryStorage({ [SESSIONS_KEY]: JSON.stringify({ version: 1, sessions: [partial] }) });
    const r = loadSessions(st);
    expect(r.sessions.map((s) => s.id)).toEqual(['p1']);
    expect(r.problems[0]).toMatch(/left out.*original was kept aside/);
    expect(JSON.parse(st.getItem(quarantinedKeys(st)[0]!)!)).toEqual([partial]);
  });
});
