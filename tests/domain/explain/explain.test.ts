import { describe, expect, it } from 'vitest';
import { explain, explainFindings, NOT_A_DIAGNOSIS, regionSites } from '../../../src/domain/explain';
import { REGION_IDS } from '../../../src/domain/ids';
import { REGIONS } from '../../../src/domain/knowledgeBase';

const top = <T extends { id: string }>(list: readonly T[], n: number) => list.slice(0, n).map((x) => x.id);

describe('explain: clinical sanity', () => {
  it('pain outside the elbow → wrist extensors, ECRB first, and tennis elbow', () => {
    const e = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] });
    expect(e.primary[0]?.id).toBe('extensor_carpi_radialis_brevis');
    expect(e.primary[0]?.side).toBe('right');
    expect(top(e.primary, 5)).toEqual(expect.arrayContaining(['extensor_carpi_radialis_longus']));
    expect(top(e.conditions, 2)).toContain('tennis_elbow');
    expect(e.regions).toEqual([
      expect.objectContaining({ id: 'outer_elbow', side: 'right', name: 'Outside of right elbow' }),
    ]);
  });

  it('heel pain → plantar fasciitis, with the calf among the compensating or primary muscles', () => {
    const e = explain({ sites: [{ region: 'heel', side: 'left' }] });
    expect(top(e.conditions, 2)).toContain('plantar_fasciitis');
    const all = [...e.primary, ...e.compensating].map((m) => m.id);
    expect(all).toEqual(expect.arrayContaining(['soleus']));
  });

  it('temple pain → temporalis and upper trapezius, tension-type headache', () => {
    const e = explain({ sites: [{ region: 'temple', side: 'left' }] });
    expect(top(e.primary, 4)).toContain('temporalis');
    expect(e.primary.map((m) => m.id)).toContain('trapezius_upper');
    expect(top(e.conditions, 3)).toContain('tension_type_headache');
  });

  it('buttock pain → gluteals and piriformis, with piriformis sciatica among the conditions', () => {
    const e = explain({ sites: [{ region: 'buttock', side: 'right' }] });
    expect(top(e.primary, 3)).toEqual(expect.arrayContaining(['gluteus_maximus']));
    expect(top(e.primary, 6)).toContain('piriformis');
    expect(e.conditions.map((c) => c.id)).toContain('piriformis_sciatica');
  });

  it('palm-side wrist pain → carpal tunnel syndrome', () => {
    const e = explain({ sites: [{ region: 'front_of_wrist', side: 'right' }] });
    expect(top(e.conditions, 3)).toContain('carpal_tunnel_syndrome');
  });

  it('front of shoulder → rotator cuff, biceps tendinopathy or frozen shoulder among the conditions', () => {
    const e = explain({ sites: [{ region: 'front_of_shoulder', side: 'left' }] });
    const ids = e.conditions.map((c) => c.id);
    expect(ids.some((id) => ['rotator_cuff_injury', 'biceps_tendinopathy', 'frozen_shoulder'].includes(id))).toBe(true);
  });
});

describe('explain: sides', () => {
  it('keeps the side of a paired region on every muscle', () => {
    const e = explain({ sites: [{ region: 'calf', side: 'left' }] });
    for (const m of e.primary) expect(m.side).toBe('left');
  });

  it('puts contralateral compensation on the other side', () => {
    const e = explain({ sites: [{ region: 'low_back', side: 'right' }] });
    const ql = e.primary.find((m) => m.id === 'quadratus_lumborum');
    expect(ql?.side).toBe('right');
    const opposite = e.compensating.filter((c) => c.side === 'left');
    expect(opposite.length).toBeGreaterThan(0);
    for (const c of opposite) expect(c.viaSide).toBe('right');
  });

  it('implicates both sides from a midline region', () => {
    const e = explain({ sites: [{ region: 'forehead', side: 'midline' }] });
    expect(e.regions[0]?.side).toBe('midline');
    const frontalis = e.primary.find((m) => m.id === 'frontalis');
    expect(frontalis?.side).toBe('both');
  });

  it('keeps left and right of the same region apart', () => {
    const e = explain({
      sites: [
        { region: 'calf', side: 'left' },
        { region: 'calf', side: 'right' },
      ],
    });
    const soleus = e.primary
      .filter((m) => m.id === 'soleus')
      .map((m) => m.side)
      .sort();
    expect(soleus).toEqual(['left', 'right']);
  });
});

describe('explain: several sites', () => {
  it('ranks a muscle higher when more sites implicate it', () => {
    const one = explain({ sites: [{ region: 'back_of_neck', side: 'right' }] });
    const two = explain({
      sites: [
        { region: 'back_of_neck', side: 'right' },
        { region: 'temple', side: 'right' },
      ],
    });
    const rank = (e: typeof one, id: string) => e.primary.findIndex((m) => m.id === id);
    const trap2 = two.primary.find((m) => m.id === 'trapezius_upper');
    expect(trap2?.sites).toBe(2);
    expect(rank(two, 'trapezius_upper')).toBeLessThanOrEqual(rank(one, 'trapezius_upper'));
    expect(rank(two, 'trapezius_upper')).toBe(0);
  });

  it('does not list a muscle twice as primary and compensating on the same side', () => {
    const e = explain({
      sites: [
        { region: 'low_back', side: 'left' },
        { region: 'buttock', side: 'left' },
      ],
    });
    const primary = new Set(e.primary.map((m) => `${m.id}|${m.side}`));
    for (const c of e.compensating) expect(primary.has(`${c.id}|${c.side}`)).toBe(false);
  });

  it('merges a repeated site', () => {
    const e = explain({
      sites: [
        { region: 'heel', side: 'left' },
        { region: 'heel', side: 'left' },
      ],
    });
    expect(e.regions).toHaveLength(1);
  });
});

describe('explain: cautions and determinism', () => {
  it('always says it is not a diagnosis', () => {
    expect(explain({ sites: [] }).cautions).toEqual([NOT_A_DIAGNOSIS]);
    const shin = explain({ sites: [{ region: 'shin', side: 'left' }] });
    // Safety texts open the cautions; the note follows them.
    expect(shin.cautions[shin.safety.length]).toBe(NOT_A_DIAGNOSIS);
  });

  it('gives the inflammation caution when an inflammatory condition is listed', () => {
    const e = explain({ sites: [{ region: 'outer_ankle', side: 'right' }] });
    expect(e.conditions.some((c) => c.inflammatory)).toBe(true);
    expect(e.cautions.join(' ')).toMatch(/no deep-tissue work/);
    expect(e.cautions.join(' ')).toMatch(/surrounding muscle groups may still be treated/);
    // The ankle's own red flag (Ottawa ankle rules) opens the cautions.
    expect(e.safety.map((a) => a.id)).toContain('ottawa_ankle');
    expect(e.cautions[0]).toMatch(/X-ray/);
  });

  it('gives the same answer to the same question', () => {
    const q = {
      sites: [
        { region: 'low_back' as const, side: 'left' as const },
        { region: 'outer_hip' as const, side: 'left' as const },
      ],
    };
    expect(JSON.stringify(explain(q))).toBe(JSON.stringify(explain(q)));
  });

  it('explains every region on every side without error, ranked', () => {
    for (const id of REGION_IDS) {
      const region = REGIONS.find((r) => r.id === id)!;
      for (const site of regionSites(region.id)) {
        const e = explain({ sites: [site] });
        expect(e.primary.length, id).toBeGreaterThan(0);
        for (let i = 1; i < e.primary.length; i++)
          expect(e.primary[i - 1]!.score).toBeGreaterThanOrEqual(e.primary[i]!.score);
        // Overworking muscles first, then the inhibited ones, each group most likely first.
        const states = e.compensating.map((c) => c.state);
        expect(
          states.indexOf('inhibited') < 0 || !states.slice(states.indexOf('inhibited')).includes('overworking'),
        ).toBe(true);
        for (let i = 1; i < e.compensating.length; i++) {
          if (e.compensating[i - 1]!.state !== e.compensating[i]!.state) continue;
          expect(e.compensating[i - 1]!.score).toBeGreaterThanOrEqual(e.compensating[i]!.score);
        }
        for (const m of e.primary) expect(m.why.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('explainFindings', () => {
  it('lists the overactive and underactive muscles of the upper crossed pattern', () => {
    const f = explainFindings([{ id: 'forward_head' }, { id: 'rounded_shoulders' }]);
    const over = f.overactive.map((m) => m.id);
    const under = f.underactive.map((m) => m.id);
    expect(over).toEqual(expect.arrayContaining(['trapezius_upper', 'pectoralis_minor']));
    expect(under).toEqual(expect.arrayContaining(['longus_colli', 'trapezius_lower']));
    for (const m of f.overactive) expect(m.side).toBe('both');
  });

  it('ranks a muscle first when several findings agree', () => {
    const f = explainFindings([{ id: 'knees_cave_in' }, { id: 'feet_turn_out' }, { id: 'flat_feet' }]);
    expect(f.overactive[0]?.findings.length).toBeGreaterThan(1);
  });

  it('puts a one-sided finding on that side', () => {
    const f = explainFindings([{ id: 'elevated_shoulder', side: 'right' }]);
    for (const m of f.overactive) expect(m.side).toBe('right');
  });

  it('explains findings together with pain sites', () => {
    const e = explain({ sites: [{ region: 'front_of_knee', side: 'left' }], findings: [{ id: 'knees_cave_in' }] });
    expect(e.findings?.overactive.map((m) => m.id)).toContain('tensor_fasciae_latae');
  });
});

describe('explain: vocabulary', () => {
  it('words the why sentences in medical terms on request, with the same ranking', () => {
    const q = { sites: [{ region: 'outer_elbow' as const, side: 'right' as const }] };
    const plain = explain(q);
    const medical = explain(q, 'medical');
    expect(medical.primary.map((m) => m.id)).toEqual(plain.primary.map((m) => m.id));
    expect(plain.primary[0]?.why).toContain('outside of the right elbow');
    expect(medical.primary[0]?.why).toContain('right lateral epicondylar region');
    expect(medical.conditions[0]?.why).toContain('lateral epicondylar');
  });
});
