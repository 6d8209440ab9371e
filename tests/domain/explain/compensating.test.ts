import { describe, expect, it } from 'vitest';
import { compensationState, explain } from '../../../src/domain/explain';
import { REGION_IDS } from '../../../src/domain/ids';
import { COMPENSATION_EDGES } from '../../../src/domain/knowledgeBase';
import { at } from '../../support/sites';

describe('compensating muscles: overworking vs switched off', () => {
  it('reciprocal inhibition and the weak side of the crossed syndromes are inhibited', () => {
    for (const e of COMPENSATION_EDGES) {
      if (e.targetState) {
        expect(compensationState(e)).toBe(e.targetState);
        continue;
      }
      if (e.relation === 'reciprocal_inhibition') expect(compensationState(e)).toBe('inhibited');
      if (['synergist_overload', 'antagonist_shortening', 'stabilizer_guarding', 'contralateral'].includes(e.relation))
        expect(compensationState(e)).toBe('overworking');
    }
    const toDnf = COMPENSATION_EDGES.find((e) => e.from === 'trapezius_upper' && e.to === 'longus_colli');
    expect(toDnf && compensationState(toDnf)).toBe('inhibited');
    const toTrap = COMPENSATION_EDGES.find((e) => e.from === 'longus_colli' && e.to === 'trapezius_upper');
    expect(toTrap && compensationState(toTrap)).toBe('overworking');
  });

  it('an edge whose target is left long and weak marks it inhibited, whatever its relation', () => {
    const chain = COMPENSATION_EDGES.find((e) => e.from === 'quadratus_lumborum' && e.to === 'gluteus_medius');
    expect(chain?.relation).toBe('kinetic_chain');
    expect(chain && compensationState(chain)).toBe('inhibited');
    const e = explain({ sites: [{ region: 'outer_shoulder', side: 'right' }] });
    for (const c of e.compensating.filter((c) => c.id === 'serratus_anterior' || c.id === 'trapezius_lower'))
      expect(c.state, c.id).toBe('inhibited');
  });

  it('at the temple the deep neck flexors are not the top compensating muscle: they are listed as inhibited, after the overworking ones', () => {
    const e = explain({ sites: [{ region: 'temple', side: 'left' }] });
    expect(e.compensating[0]?.state).toBe('overworking');
    for (const c of e.compensating.filter((c) => c.id === 'longus_colli' || c.id === 'longus_capitis'))
      expect(c.state).toBe('inhibited');
  });

  it('every region lists overworking muscles before inhibited ones, each with an evidence level', () => {
    for (const id of REGION_IDS) {
      const e = explain({ sites: [at(id)] });
      const firstInhibited = e.compensating.findIndex((c) => c.state === 'inhibited');
      if (firstInhibited >= 0)
        expect(
          e.compensating.slice(firstInhibited).every((c) => c.state === 'inhibited'),
          id,
        ).toBe(true);
      for (const c of e.compensating) expect(['table', 'textbook', 'reasoned']).toContain(c.evidence);
    }
  });

  it('the plan releases the overworking and activates the inhibited', () => {
    const e = explain({ sites: [{ region: 'temple', side: 'left' }] });
    const release = new Set(e.plan.release.map((m) => `${m.id}|${m.side}`));
    const activate = new Set(e.plan.activate.map((m) => `${m.id}|${m.side}`));
    for (const c of e.compensating) {
      const k = `${c.id}|${c.side}`;
      if (c.state === 'inhibited') expect(activate.has(k), k).toBe(true);
      else expect(release.has(k), k).toBe(true);
    }
  });
});
