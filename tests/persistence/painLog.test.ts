import { describe, expect, it } from 'vitest';
import { painSeries, painTrend } from '../../src/persistence/painLog';
import type { SavedSession } from '../../src/persistence/savedSessions';

const session = (id: string, day: number, sites: SavedSession['sites']): SavedSession => ({
  id,
  title: `Visit ${id}`,
  createdAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  updatedAt: '2026-12-01T10:00:00.000Z',
  sites,
  findings: [],
  notes: '',
  vocabulary: 'plain',
  body: 'male',
  goal: '',
  intake: [],
});

describe('the pain log', () => {
  it('gives each site its scores in session date order, whatever the list order', () => {
    const sessions = [
      session('c', 15, [
        { region: 'calf', side: 'right', pain: 2 },
        { region: 'forehead', side: 'midline', pain: 5 },
      ]),
      session('a', 1, [{ region: 'calf', side: 'right', pain: 8 }]),
      session('b', 8, [
        { region: 'calf', side: 'right', pain: 5 },
        { region: 'calf', side: 'left' },
      ]),
    ];
    const log = painSeries(sessions);
    expect(log.map((s) => s.key)).toEqual(['calf|right', 'forehead|midline']);
    expect(log[0]?.points.map((p) => [p.sessionId, p.score])).toEqual([
      ['a', 8],
      ['b', 5],
      ['c', 2],
    ]);
    expect(painTrend(log[0]!)).toBe('better');
    expect(painTrend(log[1]!)).toBe('single');
  });

  it('adds nothing for sessions without scores (older sessions still open)', () => {
    expect(painSeries([session('old', 1, [{ region: 'calf', side: 'left' }])])).toEqual([]);
    expect(painSeries([])).toEqual([]);
  });

  it('says when the pain grew or stayed', () => {
    const up = painSeries([
      session('a', 1, [{ region: 'calf', side: 'left', pain: 3 }]),
      session('b', 2, [{ region: 'calf', side: 'left', pain: 6 }]),
    ]);
    expect(painTrend(up[0]!)).toBe('worse');
    const flat = painSeries([
      session('a', 1, [{ region: 'calf', side: 'left', pain: 0 }]),
      session('b', 2, [{ region: 'calf', side: 'left', pain: 0 }]),
    ]);
    expect(painTrend(flat[0]!)).toBe('same');
  });
});
