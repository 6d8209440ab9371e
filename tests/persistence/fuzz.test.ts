import { describe, expect, it } from 'vitest';
import { REGION_IDS } from '../../src/domain/ids';
import { exportSessions, importSessions, type SavedSession } from '../../src/persistence/savedSessions';
import { decodeShareLink, encodeShareLink } from '../../src/store/shareLink';
import { makeFuzzer } from '../support/fuzz';

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyz_:,=&#%{}[]"\\ .-0123456789\u0000\u00e9\u{1F600}<>/'];
const { randomString, mutate } = makeFuzzer(20261127, ALPHABET);

const VALID_LINK = encodeShareLink({
  sites: [
    { region: 'outer_elbow', side: 'right' },
    { region: 'forehead', side: 'midline' },
  ],
  findings: [{ id: 'knees_cave_in' }],
  vocabulary: 'medical',
  body: 'male',
  view: 'back',
  source: 'pain',
  focus: { id: 'extensor_carpi_radialis_brevis', side: 'right' },
});

const SESSION: SavedSession = {
  id: 's1',
  title: 'T',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  sites: [{ region: 'calf', side: 'left' }],
  findings: [{ id: 'flat_feet' }],
  notes: 'n',
  vocabulary: 'plain',
  body: 'male',
  goal: '',
  intake: [],
};
const VALID_EXPORT = exportSessions([SESSION], new Date('2026-11-02T00:00:00Z'));

describe('fuzzing the share-link parser', () => {
  it('survives 10,000 random and mutated links with a normalised result', () => {
    for (let i = 0; i < 10000; i++) {
      const input = i % 2 === 0 ? randomString(120) : mutate(VALID_LINK);
      const r = decodeShareLink(input);
      expect(Array.isArray(r.issues)).toBe(true);
      for (const s of r.state.sites ?? []) {
        expect(REGION_IDS as readonly string[]).toContain(s.region);
        expect(['left', 'right', 'midline']).toContain(s.side);
      }
      if (r.state.vocabulary !== undefined) expect(['plain', 'medical']).toContain(r.state.vocabulary);
      // Normalised: encoding what was restored and reading it again gives the same state.
      if (r.state.sites && r.state.findings && r.state.vocabulary && r.state.view && r.state.source) {
        const again = decodeShareLink(
          encodeShareLink({ focus: null, ...r.state } as Parameters<typeof encodeShareLink>[0]),
        );
        expect(again.state.sites ?? []).toEqual(r.state.sites);
        expect(again.state.findings ?? []).toEqual(r.state.findings);
      }
    }
  });
});

describe('fuzzing the import parser', () => {
  it('survives 10,000 random and mutated files with a normalised result', () => {
    for (let i = 0; i < 10000; i++) {
      const input = i % 3 === 0 ? randomString(200) : mutate(VALID_EXPORT);
      const r = importSessions(input);
      expect(Array.isArray(r.sessions)).toBe(true);
      expect(Array.isArray(r.rejected)).toBe(true);
      for (const s of r.sessions) {
        expect(typeof s.id).toBe('string');
        expect(Number.isNaN(Date.parse(s.createdAt))).toBe(false);
        expect(['plain', 'medical']).toContain(s.vocabulary);
        for (const site of s.sites) expect(REGION_IDS as readonly string[]).toContain(site.region);
      }
      // Normalised: exporting what was read and reading it back changes nothing.
      if (r.sessions.length)
        expect(importSessions(exportSessions(r.sessions, new Date(0))).sessions).toEqual(r.sessions);
    }
  });
});
