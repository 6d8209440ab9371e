import { describe, expect, it } from 'vitest';
import { explain, WEIGHTS } from '../../src/domain/explain';
import { type ConditionId, REGION_IDS, type RegionId } from '../../src/domain/ids';
import { CONDITIONS, getCondition, getMuscle, getRegion } from '../../src/domain/knowledgeBase';
import { regionCaution } from '../../src/domain/regionCaution';
import { search } from '../../src/domain/search';
import { at } from '../support/sites';

/** The conditions issue 9 asked for, each with the regions it must answer at least. */
const NEW_CONDITIONS: readonly [ConditionId, readonly RegionId[]][] = [
  [
    'lumbar_radiculopathy',
    ['low_back', 'buttock', 'back_of_thigh', 'outer_thigh', 'calf', 'outer_lower_leg', 'top_of_foot', 'sole'],
  ],
  ['cervical_radiculopathy', ['back_of_neck', 'shoulder_blade', 'back_of_upper_arm', 'back_of_forearm', 'thumb_base']],
  ['costochondritis', ['breastbone', 'chest']],
  ['rib_intercostal_strain', ['side_of_ribs']],
  ['abdominal_wall_strain', ['upper_abdomen', 'side_of_abdomen', 'lower_abdomen']],
  ['thoracic_strain', ['mid_back', 'between_shoulder_blades']],
  ['hip_osteoarthritis', ['groin', 'front_of_thigh']],
  ['knee_osteoarthritis', ['inner_knee', 'front_of_knee']],
  ['sacroiliac_joint_pain', ['sacrum', 'buttock']],
  ['pes_anserine_bursitis', ['inner_knee']],
  ['meralgia_paresthetica', ['outer_thigh']],
  ['tarsal_tunnel_syndrome', ['inner_ankle', 'sole']],
  ['mortons_neuroma', ['sole']],
  ['fibular_nerve_entrapment', ['outer_knee', 'outer_lower_leg']],
  ['olecranon_bursitis', ['back_of_elbow']],
  ['cubital_tunnel_syndrome', ['inner_elbow']],
  ['distal_biceps_tendinopathy', ['front_of_elbow']],
  ['triceps_tendinopathy', ['back_of_elbow', 'back_of_upper_arm']],
  ['proximal_hamstring_tendinopathy', ['buttock', 'back_of_thigh']],
  ['tendinopathy', ['outer_elbow', 'achilles']],
];

const listed = (region: RegionId, side: 'left' | 'right' = 'left') =>
  explain({ sites: [at(region, side)] }).conditions.map((c) => c.id);

describe('new conditions', () => {
  it.each(NEW_CONDITIONS)('%s is offered at every region it names', (id, required) => {
    const c = getCondition(id);
    expect(c.regions).toEqual(expect.arrayContaining([...required]));
    for (const region of c.regions) {
      const side = getRegion(region).bilateral ? 'right' : 'left';
      expect(listed(region, side), `${id} at ${region}`).toContain(id);
    }
  });

  it.each(NEW_CONDITIONS)('%s is a complete record', (id) => {
    const c = getCondition(id);
    expect(c.name.length).toBeGreaterThan(5);
    expect(c.plainName.length).toBeGreaterThan(5);
    const sentences = c.description.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(c.muscles.length).toBeGreaterThan(0);
    expect(c.redFlags.length).toBeGreaterThanOrEqual(3);
    expect(c.caution.length).toBeGreaterThan(60);
    expect(c.sources.length).toBeGreaterThan(0);
  });

  it('finds the general tendon entry when searching "tendinitis"', () => {
    const hits = search('tendinitis').filter((r) => r.kind === 'condition');
    expect(hits[0]?.id).toBe('tendinopathy');
  });

  it('tells the nerve-root conditions by their roots', () => {
    expect(getCondition('lumbar_radiculopathy').nerveRoots).toEqual(['L4', 'L5', 'S1']);
    expect(getCondition('cervical_radiculopathy').nerveRoots).toEqual(['C5', 'C6', 'C7', 'C8']);
    expect(CONDITIONS.filter((c) => c.nerveRoots).map((c) => c.id)).toEqual([
      'lumbar_radiculopathy',
      'cervical_radiculopathy',
    ]);
  });
});

describe('every region answers', () => {
  it.each([...REGION_IDS])('%s lists at least one related condition', (region) => {
    const side = getRegion(region).bilateral ? 'right' : 'left';
    expect(listed(region, side).length).toBeGreaterThan(0);
  });

  it.each([...REGION_IDS])('%s shows its own caution in both vocabularies', (region) => {
    const caution = regionCaution(region);
    expect(explain({ sites: [at(region, 'right')] }, 'plain').cautions).toContain(caution.clientText);
    expect(explain({ sites: [at(region, 'right')] }, 'medical').cautions).toContain(caution.therapistText);
  });
});

describe('condition data behind the ranking fixes of issue 9', () => {
  it('offers frozen shoulder and rotator cuff injury at the shoulder blade', () => {
    expect(getCondition('frozen_shoulder').regions).toContain('shoulder_blade');
    expect(getCondition('rotator_cuff_injury').regions).toContain('shoulder_blade');
    expect(listed('shoulder_blade', 'right')).toEqual(
      expect.arrayContaining(['frozen_shoulder', 'rotator_cuff_injury']),
    );
  });

  it('leads shin splints with soleus and flexor digitorum longus', () => {
    expect(getCondition('shin_splints').muscles.slice(0, 2)).toEqual(['soleus', 'flexor_digitorum_longus']);
  });

  it('places the calf first for calf strain and after the tendon for Achilles tendinopathy', () => {
    expect(getCondition('calf_strain').regions[0]).toBe('calf');
    const achilles = getCondition('achilles_tendinopathy').regions;
    expect(achilles[0]).toBe('achilles');
    expect(achilles.indexOf('calf')).toBeGreaterThan(0);
    expect(getCondition('calf_strain').muscles.length).toBeLessThanOrEqual(achilles.length + 3);
  });

  it('names rectus femoris for hip flexor strain, felt at the groin', () => {
    const c = getCondition('hip_flexor_strain');
    expect(c.regions).toContain('groin');
    expect(c.muscles).toContain('rectus_femoris');
  });
});

describe('muscles a condition brings in at its typical site', () => {
  /** Muscles that neither lie at nor refer to a condition's first region, brought in on purpose. */
  const INTENDED: Readonly<Record<string, readonly string[]>> = {
    rotator_cuff_injury: ['subscapularis', 'teres_minor'],
    shoulder_impingement: ['subscapularis', 'teres_minor'],
    frozen_shoulder: ['subscapularis', 'pectoralis_major'],
    plantar_fasciitis: ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head'],
    trigger_finger: ['flexor_pollicis_longus'],
    distal_biceps_tendinopathy: ['supinator'],
    abdominal_wall_strain: ['rectus_abdominis'],
    proximal_hamstring_tendinopathy: ['biceps_femoris_long_head', 'adductor_magnus'],
    meralgia_paresthetica: ['tensor_fasciae_latae'],
    ankle_sprain: ['tibialis_anterior'],
  };

  it('brings in only muscles that belong at that site', () => {
    const surprising: string[] = [];
    for (const c of CONDITIONS) {
      if (c.regions.length > WEIGHTS.conditionOnlyMaxRegions) continue;
      for (const region of c.regions.slice(0, WEIGHTS.conditionOnlyRegions)) {
        const r = getRegion(region);
        for (const id of c.muscles.slice(0, WEIGHTS.conditionOnlyMuscles)) {
          const there = r.muscles.includes(id) || getMuscle(id).referral.regions.includes(region);
          if (!there && !(INTENDED[c.id] ?? []).includes(id)) surprising.push(`${c.id}: ${id} at ${region}`);
        }
      }
    }
    expect(surprising).toEqual([]);
  });
});
