import { describe, expect, it } from 'vitest';
import { COMPENSATION_EDGES, compensationNeighbours } from '../../src/domain/knowledgeBase';
import { cardNeighbours, neighbourSide } from '../../src/domain/neighbours';

describe('card neighbours', () => {
  it('list every edge touching the muscle, both directions, strongest first in each', () => {
    const list = cardNeighbours({ id: 'supraspinatus', side: 'right' });
    expect(list).toHaveLength(compensationNeighbours('supraspinatus').length);
    const out = list.filter((n) => n.direction === 'compensates');
    const back = list.filter((n) => n.direction === 'compensatedBy');
    expect(out.length).toBeGreaterThan(0);
    expect(back.length).toBeGreaterThan(0);
    expect(list.indexOf(out.at(-1)!)).toBeLessThan(list.indexOf(back[0]!));
    for (const group of [out, back]) {
      for (let i = 1; i < group.length; i++) expect(group[i - 1]!.weight).toBeGreaterThanOrEqual(group[i]!.weight);
    }
    for (const n of out) {
      expect(COMPENSATION_EDGES.some((e) => e.from === 'supraspinatus' && e.to === n.muscle.id)).toBe(true);
    }
    for (const n of back) {
      expect(COMPENSATION_EDGES.some((e) => e.to === 'supraspinatus' && e.from === n.muscle.id)).toBe(true);
    }
  });

  it('put each neighbour on its side: the same one, or the other for opposite-side edges', () => {
    expect(neighbourSide('deltoid', 'left', false)).toBe('left');
    expect(neighbourSide('deltoid', 'left', true)).toBe('right');
    expect(neighbourSide('deltoid', 'both', true)).toBe('both');
    expect(neighbourSide('diaphragm', 'left', false)).toBe('midline');
    const gm = cardNeighbours({ id: 'gluteus_medius', side: 'left' });
    const twin = gm.find((n) => n.muscle.id === 'gluteus_medius');
    expect(twin).toMatchObject({ opposite: true, muscle: { id: 'gluteus_medius', side: 'right' } });
  });

  it('every muscle’s neighbours are real muscles with a relation and a reason', () => {
    for (const id of ['trapezius_upper', 'subscapularis', 'psoas_major'] as const) {
      for (const n of cardNeighbours({ id, side: 'both' })) {
        expect(n.relation).toBeTruthy();
        expect(n.why.length).toBeGreaterThan(10);
      }
    }
  });
});
