import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findingKey, siteKey } from '../../src/domain/explain';
import { INTAKE_QUESTIONS } from '../../src/domain/intake';
import { exportSessions, importSessions, readSession, SESSIONS_VERSION } from '../../src/persistence/savedSessions';
import { loadDraft, loadSessions, quarantinedKeys, SESSIONS_KEY } from '../../src/persistence/sessionStore';
import { INTAKE_IDS } from '../../src/schemas/intake';
import { readItems } from '../../src/schemas/parse';
import { FINDING, SESSION_SITE } from '../../src/schemas/selection';
import { SESSION } from '../../src/schemas/session';
import { memoryStorage } from '../persistence/memoryStorage';

/** A session as version 1 wrote it: no inflamed marks, pain scores, goal or intake. */
const v1 = {
  version: 1,
  id: 'old1',
  title: 'Before pain scores',
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:30:00.000Z',
  sites: [
    { region: 'calf', side: 'right' },
    { region: 'forehead', side: 'midline' },
  ],
  findings: [{ id: 'flat_feet' }],
  notes: 'First visit.',
  vocabulary: 'plain',
};

const v2 = {
  ...v1,
  version: 2,
  id: 'new2',
  sites: [
    { region: 'calf', side: 'right', inflamed: true, pain: 7 },
    { region: 'forehead', side: 'midline', pain: 3 },
  ],
  goal: 'Walk 5 km without calf pain.',
  intake: ['blood_thinners', 'diabetes'],
};

describe('the saved-session schema', () => {
  it('is at version 2', () => {
    expect(SESSIONS_VERSION).toBe(2);
  });

  it('opens a version 1 session as version 2 without marks, scores, goal or intake', () => {
    const r = readSession(v1);
    expect(r).toEqual({
      session: {
        id: 'old1',
        title: 'Before pain scores',
        createdAt: v1.createdAt,
        updatedAt: v1.updatedAt,
        sites: v1.sites,
        findings: v1.findings,
        notes: 'First visit.',
        vocabulary: 'plain',
        // Saved before the body switch: the male body.
        body: 'male',
        goal: '',
        intake: [],
      },
      dropped: [],
    });
  });

  it('keeps the body; a session saved before the body switch is on the male body', () => {
    const female = readSession({ ...v2, body: 'female' });
    if ('reason' in female) throw new Error(female.reason);
    expect(female.session.body).toBe('female');
    expect(female.dropped).toEqual([]);
    const old = readSession(v2);
    if ('reason' in old) throw new Error(old.reason);
    expect(old.session.body).toBe('male');
    expect(old.dropped).toEqual([]);
  });

  it('reads a body it does not know as the male body, and says so', () => {
    for (const body of ['alien', 42, null, { id: 'female' }]) {
      const r = readSession({ ...v2, body });
      if ('reason' in r) throw new Error(r.reason);
      expect(r.session.body).toBe('male');
      expect(r.dropped.join(' ')).toMatch(/body that is not known/);
    }
  });

  it('keeps inflamed marks, pain scores, the goal and the intake', () => {
    const r = readSession(v2);
    if ('reason' in r) throw new Error(r.reason);
    expect(r.dropped).toEqual([]);
    expect(r.session.sites).toEqual(v2.sites);
    expect(r.session.goal).toBe(v2.goal);
    expect(r.session.intake).toEqual(['blood_thinners', 'diabetes']);
  });

  it('leaves out a bad pain score, mark or intake answer with a note, keeping the site', () => {
    const r = readSession({
      ...v2,
      sites: [
        { region: 'calf', side: 'right', pain: 11 },
        { region: 'calf', side: 'left', pain: 2.5, inflamed: 'yes' },
      ],
      intake: ['diabetes', 'alien_abduction', 42],
      goal: 'g'.repeat(3000),
    });
    if ('reason' in r) throw new Error(r.reason);
    expect(r.session.sites).toEqual([
      { region: 'calf', side: 'right' },
      { region: 'calf', side: 'left' },
    ]);
    expect(r.session.intake).toEqual(['diabetes']);
    expect(r.session.goal).toHaveLength(2000);
    const said = r.dropped.join(' | ');
    expect(said).toMatch(/pain score .* \(calf: “11”\)/);
    expect(said).toMatch(/pain score .* \(calf: “2.5”\)/);
    expect(said).toMatch(/inflamed mark/);
    expect(said).toMatch(/health-intake answer “alien_abduction”/);
    expect(said).toMatch(/health-intake answer “42”/);
    expect(said).toMatch(/goal beyond 2000/);
  });

  it('refuses records that are not sessions, with why', () => {
    expect(readSession(null)).toEqual({ reason: 'not a session record' });
    expect(readSession([])).toEqual({ reason: 'not a session record' });
    expect(readSession({ ...v2, version: 3 })).toEqual({ reason: 'a session from an unknown version (3)' });
    expect(readSession({ ...v2, id: 'bad id' })).toEqual({ reason: 'a session without a valid id or date' });
    expect(readSession({ ...v2, createdAt: 'soon' })).toEqual({ reason: 'a session without a valid id or date' });
  });

  it('is the one schema behind storage, the draft and the export file', () => {
    const direct = v.safeParse(SESSION, v1);
    expect(direct.success).toBe(true);
    // storage of version 1 opens and is written back as version 2
    const st = memoryStorage({ [SESSIONS_KEY]: JSON.stringify({ version: 1, sessions: [v1] }) });
    const loaded = loadSessions(st);
    expect(loaded.problems).toEqual([]);
    expect(loaded.sessions[0]?.goal).toBe('');
    expect(JSON.parse(st.getItem(SESSIONS_KEY) as string).version).toBe(2);
    expect(quarantinedKeys(st)).toEqual([]);
    // a version 1 draft opens
    const draft = loadDraft(
      memoryStorage({ 'myotrace.draft': JSON.stringify({ version: 1, work: v1, currentId: 'x' }) }),
    );
    expect(draft.draft?.work.sites).toEqual(v1.sites);
    // a version 1 export opens; a version 2 export keeps everything
    expect(
      importSessions(JSON.stringify({ format: 'myotrace-sessions', version: 1, sessions: [v1] })).sessions,
    ).toHaveLength(1);
    const session = (readSession(v2) as { session: import('../../src/persistence/savedSessions').SavedSession })
      .session;
    expect(importSessions(exportSessions([session], new Date())).sessions).toEqual([session]);
  });
});

describe('item schemas', () => {
  it('settle the side: paired regions need one, midline regions are always midline', () => {
    const r = readItems(
      SESSION_SITE,
      [
        { region: 'calf' },
        { region: 'calf', side: 'up' },
        { region: 'forehead', side: 'left' },
        { region: 'calf', side: 'left' },
        { region: 'calf', side: 'left' },
      ],
      { max: 10, key: siteKey, what: 'pain sites' },
    );
    expect(r.items).toEqual([
      { region: 'forehead', side: 'midline' },
      { region: 'calf', side: 'left' },
    ]);
    expect(r.refused.map((x) => x.reason)).toEqual([
      'a pain site without a valid side, left or right (calf)',
      'a pain site without a valid side, left or right (calf)',
    ]);
  });

  it('report items past the limit and lists that are not lists', () => {
    const many = [
      ...Array.from({ length: 400 }, () => ({ id: 'flat_feet' })),
      { id: 'forward_head' },
      { id: 'knees_cave_in' },
      { id: 'elevated_shoulder', side: 'left' },
    ];
    const r = readItems(FINDING, many, { max: 2, key: findingKey, what: 'findings' });
    expect(r.items).toEqual([{ id: 'flat_feet' }, { id: 'forward_head' }]);
    expect(r.refused.map((x) => x.reason)).toEqual(['2 findings beyond the first 2']);
    expect(readItems(FINDING, 'flat_feet', { max: 2, key: findingKey, what: 'findings' }).refused[0]?.reason).toBe(
      'findings that are not a list',
    );
    expect(readItems(FINDING, undefined, { max: 2, key: findingKey, what: 'findings' })).toEqual({
      items: [],
      notes: [],
      refused: [],
    });
  });

  it('know every intake question of the domain, the cauda equina questions included', () => {
    expect(INTAKE_IDS).toEqual(INTAKE_QUESTIONS.map((q) => q.id));
    expect(INTAKE_IDS).toContain('saddle_numbness');
    expect(INTAKE_IDS).toContain('bladder_bowel_change');
  });
});
