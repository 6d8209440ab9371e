import { describe, expect, it } from 'vitest';
import type { SavedSession } from '../../src/persistence/savedSessions';
import { captureSession, createSessionsStore, hasWork, sameWork } from '../../src/store/sessionsStore';

const at = (iso: string) => new Date(iso);
const work = {
  sites: [{ region: 'outer_elbow', side: 'right' }] as SavedSession['sites'],
  findings: [{ id: 'forward_head' }] as SavedSession['findings'],
  notes: 'Typing hurts.',
  vocabulary: 'medical' as const,
  body: 'male' as const,
  goal: '',
  intake: [] as SavedSession['intake'],
};

describe('capturing the work as a session', () => {
  it('makes a new session, and updates an existing one keeping its id and creation date', () => {
    const s = captureSession(work, null, { id: 'n1', title: '  Mrs K.  ', now: at('2026-11-01T10:00:00Z') });
    expect(s).toEqual({
      id: 'n1',
      title: 'Mrs K.',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      ...work,
    });
    const later = captureSession({ ...work, notes: 'Better.' }, s, {
      id: 'ignored',
      title: 'Mrs K.',
      now: at('2026-11-08T10:00:00Z'),
    });
    expect(later).toMatchObject({
      id: 'n1',
      createdAt: s.createdAt,
      updatedAt: '2026-11-08T10:00:00.000Z',
      notes: 'Better.',
    });
  });

  it('tells whether work is saved, whatever the order of sites and findings', () => {
    const s = captureSession(work, null, { id: 'n1', title: '', now: new Date() });
    expect(sameWork(work, s)).toBe(true);
    expect(sameWork({ ...work, notes: 'other' }, s)).toBe(false);
    expect(sameWork({ ...work, sites: [...work.sites, { region: 'forehead', side: 'midline' }] }, s)).toBe(false);
    expect(hasWork({ ...work, sites: [], findings: [], notes: '  ' })).toBe(false);
    expect(hasWork(work)).toBe(true);
  });
});

describe('the sessions store', () => {
  const a = captureSession(work, null, { id: 'a', title: 'A', now: at('2026-11-01T10:00:00Z') });
  const b = captureSession(work, null, { id: 'b', title: 'B', now: at('2026-11-02T10:00:00Z') });

  it('keeps the newest edit first and follows the current session', () => {
    const store = createSessionsStore();
    store.getState().setAll([a, b]);
    expect(store.getState().sessions.map((s) => s.id)).toEqual(['b', 'a']);
    store.getState().save({ ...a, updatedAt: '2026-11-03T10:00:00.000Z' });
    expect(store.getState().sessions.map((s) => s.id)).toEqual(['a', 'b']);
    expect(store.getState().currentId).toBe('a');
    store.getState().rename('b', 'Bee', at('2026-11-04T10:00:00Z'));
    expect(store.getState().sessions[0]).toMatchObject({ id: 'b', title: 'Bee' });
    store.getState().remove('a');
    expect(store.getState().currentId).toBeNull();
    expect(store.getState().sessions.map((s) => s.id)).toEqual(['b']);
  });

  it('forgets the current session when a new list lacks it', () => {
    const store = createSessionsStore({ currentId: 'a' });
    store.getState().setAll([b]);
    expect(store.getState().currentId).toBeNull();
  });
});
