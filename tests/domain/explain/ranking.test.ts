import { describe, expect, it } from 'vitest';
import { explain, type PainSite } from '../../../src/domain/explain';
import { referralScore } from '../../../src/domain/explain/primary';
import { REGIONS } from '../../../src/domain/knowledgeBase';
import { at } from '../../support/sites';

const L = (region: PainSite['region']): PainSite => at(region);
const rank = (list: readonly { id: string }[], id: string) => list.findIndex((x) => x.id === id);

describe('ranking a therapist would sign', () => {
  it('temple: upper trapezius and SCM, the classic referral sources, rank high', () => {
    const e = explain({ sites: [L('temple')] });
    expect(rank(e.primary, 'trapezius_upper')).toBeGreaterThanOrEqual(0);
    expect(rank(e.primary, 'trapezius_upper')).toBeLessThan(3);
    expect(rank(e.primary, 'sternocleidomastoid')).toBeGreaterThanOrEqual(0);
    expect(rank(e.primary, 'sternocleidomastoid')).toBeLessThan(5);
    expect(e.primary[0]?.id).toBe('temporalis');
  });

  it('groin: rectus femoris reaches the primaries (hip flexor strain names it)', () => {
    const e = explain({ sites: [L('groin')] });
    expect(rank(e.primary, 'rectus_femoris')).toBeGreaterThanOrEqual(0);
    expect(rank(e.primary, 'rectus_femoris')).toBeLessThan(8);
  });

  it('shin: soleus and flexor digitorum longus are among the primaries, shin splints first', () => {
    const e = explain({ sites: [L('shin')] });
    expect(rank(e.primary, 'soleus')).toBeLessThan(6);
    expect(rank(e.primary, 'flexor_digitorum_longus')).toBeLessThan(6);
    expect(rank(e.primary, 'soleus')).toBeGreaterThanOrEqual(0);
    expect(rank(e.primary, 'flexor_digitorum_longus')).toBeGreaterThanOrEqual(0);
    expect(e.conditions[0]?.id).toBe('shin_splints');
  });

  it('shoulder blade: frozen shoulder and rotator cuff injury are offered', () => {
    const ids = explain({ sites: [L('shoulder_blade')] }).conditions.map((c) => c.id);
    expect(ids).toContain('rotator_cuff_injury');
    expect(ids).toContain('frozen_shoulder');
  });

  it('calf: calf strain ranks above Achilles tendinopathy', () => {
    const e = explain({ sites: [L('calf')] });
    expect(rank(e.conditions, 'calf_strain')).toBeGreaterThanOrEqual(0);
    expect(rank(e.conditions, 'calf_strain')).toBeLessThan(rank(e.conditions, 'achilles_tendinopathy'));
  });

  it('the region\'s own "refers here" order wins over the muscle\'s list order', () => {
    for (const r of REGIONS) {
      const list = r.refersHere ?? [];
      for (let i = 1; i < list.length; i++) {
        expect(referralScore(list[i - 1]!, r.id), `${r.id}: ${list[i - 1]} vs ${list[i]}`).toBeGreaterThanOrEqual(
          referralScore(list[i]!, r.id),
        );
      }
    }
  });
});

describe('nerve-root patterns rank the radiculopathy first', () => {
  const cases: [string, PainSite[], string][] = [
    [
      'L4',
      [L('low_back'), L('front_of_thigh'), L('front_of_knee'), L('shin'), L('inner_ankle')],
      'lumbar_radiculopathy',
    ],
    ['L5', [L('low_back'), L('outer_thigh'), L('outer_lower_leg'), L('top_of_foot')], 'lumbar_radiculopathy'],
    ['S1', [L('low_back'), L('back_of_thigh'), L('calf'), L('sole')], 'lumbar_radiculopathy'],
    ['C5', [L('back_of_neck'), L('top_of_shoulder'), L('outer_shoulder')], 'cervical_radiculopathy'],
    [
      'C6',
      [L('back_of_neck'), L('front_of_upper_arm'), L('back_of_forearm'), L('thumb_base')],
      'cervical_radiculopathy',
    ],
    [
      'C7',
      [L('back_of_neck'), L('back_of_upper_arm'), L('back_of_forearm'), L('back_of_hand')],
      'cervical_radiculopathy',
    ],
    ['C8', [L('back_of_neck'), L('inner_elbow'), L('front_of_forearm'), L('palm')], 'cervical_radiculopathy'],
  ];
  it.each(cases)('%s pattern → %s first, and the why names the root', (root, sites, condition) => {
    const e = explain({ sites });
    expect(e.conditions[0]?.id).toBe(condition);
    expect(e.conditions[0]?.why).toContain(`${root} nerve-root pattern`);
  });

  it('the L5 pattern no longer ranks hip bursitis first', () => {
    const e = explain({ sites: [L('low_back'), L('outer_thigh'), L('outer_lower_leg'), L('top_of_foot')] });
    expect(e.conditions[0]?.id).not.toBe('greater_trochanteric_pain');
  });

  it('a pattern split across the two sides is not one root', () => {
    const e = explain({
      sites: [
        L('low_back'),
        { region: 'outer_thigh', side: 'right' },
        L('outer_lower_leg'),
        { region: 'top_of_foot', side: 'right' },
      ],
    });
    expect(e.conditions[0]?.why ?? '').not.toContain('L5 nerve-root pattern:');
  });
});
