import { describe, expect, it } from 'vitest';
import { isSharedSource } from '../../src/domain/citations';
import { FINDINGS } from '../../src/domain/data/findings';
import {
  FINDING_ADVICE,
  SELF_CARE_ADVICE,
  SELF_CARE_EXERCISES,
  SELF_CARE_SAFETY,
} from '../../src/domain/data/selfCare';
import { compensationState } from '../../src/domain/explain';
import { FINDING_IDS, MUSCLE_IDS, type MuscleId } from '../../src/domain/ids';
import { COMPENSATION_EDGES } from '../../src/domain/knowledgeBase';
import { activationFor, adviceFor, stretchFor } from '../../src/domain/selfCare';

const muscleIds = new Set<string>(MUSCLE_IDS);

/** Sentences in a text: full stops, question marks and semicolons do not end one in the middle of a number. */
const sentences = (text: string) => text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0).length;

describe('self-care content', () => {
  it('has a stretch for every muscle a finding calls overactive, an exercise for every underactive one', () => {
    for (const f of FINDINGS) {
      for (const m of f.overactive) expect(stretchFor(m)?.kind, `${f.id}: stretch for ${m}`).toBe('stretch');
      for (const m of f.underactive) expect(activationFor(m)?.kind, `${f.id}: exercise for ${m}`).toBe('strengthen');
    }
  });

  it('has a stretch for every overworking compensator and an exercise for every inhibited one', () => {
    // No self-stretch worth giving a client for the scalp muscles, the diaphragm or the serratus anterior.
    const noStretch = new Set<MuscleId>(['frontalis', 'occipitalis', 'diaphragm', 'serratus_anterior']);
    for (const e of COMPENSATION_EDGES) {
      if (compensationState(e) === 'inhibited') expect(activationFor(e.to), `${e.from} → ${e.to}`).toBeDefined();
      else if (!noStretch.has(e.to)) expect(stretchFor(e.to), `${e.from} → ${e.to}`).toBeDefined();
    }
  });

  it('covers the common primary muscles with a stretch', () => {
    const common: MuscleId[] = [
      'trapezius_upper',
      'levator_scapulae',
      'sternocleidomastoid',
      'pectoralis_major',
      'pectoralis_minor',
      'rectus_capitis_posterior_major',
      'obliquus_capitis_inferior',
      'anterior_scalene',
      'middle_scalene',
      'posterior_scalene',
      'extensor_carpi_radialis_brevis',
      'extensor_digitorum',
      'flexor_carpi_radialis',
      'flexor_digitorum_superficialis',
      'quadratus_lumborum',
      'iliocostalis',
      'longissimus',
      'psoas_major',
      'iliacus',
      'piriformis',
      'gluteus_maximus',
      'gluteus_medius',
      'gluteus_minimus',
      'tensor_fasciae_latae',
      'biceps_femoris_long_head',
      'semitendinosus',
      'rectus_femoris',
      'vastus_lateralis',
      'adductor_longus',
      'adductor_magnus',
      'gastrocnemius_medial_head',
      'soleus',
      'tibialis_anterior',
      'abductor_hallucis',
      'flexor_digitorum_brevis',
      'quadratus_plantae',
      'infraspinatus',
      'teres_minor',
      'subscapularis',
      'supraspinatus',
      'masseter',
      'temporalis',
    ];
    for (const m of common) expect(stretchFor(m), m).toBeDefined();
  });

  it('covers the muscles usually trained with an activation exercise', () => {
    const common: MuscleId[] = [
      'rhomboid_major',
      'rhomboid_minor',
      'trapezius_middle',
      'trapezius_lower',
      'serratus_anterior',
      'longus_colli',
      'longus_capitis',
      'transversus_abdominis',
      'multifidus',
      'internal_oblique',
      'external_oblique',
      'rectus_abdominis',
      'infraspinatus',
      'teres_minor',
      'supraspinatus',
      'subscapularis',
      'gluteus_maximus',
      'gluteus_medius',
      'gluteus_minimus',
      'vastus_medialis',
      'tibialis_anterior',
      'tibialis_posterior',
    ];
    for (const m of common) expect(activationFor(m), m).toBeDefined();
  });

  it('gives every muscle at most one stretch and one exercise, naming only existing muscles', () => {
    for (const kind of ['stretch', 'strengthen'] as const) {
      const seen = new Map<string, string>();
      for (const e of SELF_CARE_EXERCISES.filter((x) => x.kind === kind)) {
        expect(e.muscles.length, e.id).toBeGreaterThan(0);
        for (const m of e.muscles) {
          expect(muscleIds.has(m), `${e.id} → ${m}`).toBe(true);
          expect(seen.get(m), `${m} in ${e.id} and ${seen.get(m)}`).toBeUndefined();
          seen.set(m, e.id);
        }
      }
    }
    for (const e of SELF_CARE_EXERCISES)
      for (const m of e.loads ?? []) {
        expect(muscleIds.has(m), `${e.id} loads ${m}`).toBe(true);
        expect(e.muscles, `${e.id} loads ${m}`).not.toContain(m);
      }
    const ids = [...SELF_CARE_EXERCISES.map((e) => e.id), ...SELF_CARE_ADVICE.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps every text short, sourced and safe', () => {
    for (const e of [...SELF_CARE_EXERCISES, ...SELF_CARE_ADVICE]) {
      expect(sentences(e.text), `${e.id}: ${e.text}`).toBeLessThanOrEqual(2);
      expect(e.text.length, e.id).toBeLessThanOrEqual(240);
      expect(e.text, e.id).not.toMatch(/through the pain|no pain,? no gain|as hard as you can|bounce/i);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(isSharedSource(s), `${e.id}: ${s}`).toBe(true);
    }
    for (const e of SELF_CARE_EXERCISES.filter((x) => x.kind === 'stretch'))
      expect(e.text, e.id).toMatch(/hold|ten times/i);
  });

  it('warns to stop where a stretch can press on a nerve', () => {
    const nerveNear: MuscleId[] = [
      'anterior_scalene',
      'pectoralis_minor',
      'pectoralis_major',
      'flexor_carpi_radialis',
      'piriformis',
      'biceps_femoris_long_head',
    ];
    for (const m of nerveNear) expect(stretchFor(m)?.text, m).toMatch(/tingl|shoots/);
    expect(SELF_CARE_SAFETY).toMatch(/tingling/);
    expect(SELF_CARE_SAFETY).toMatch(/numbness/);
  });

  it('gives every finding posture, work-station or activity advice', () => {
    for (const id of FINDING_IDS) {
      const advice = adviceFor(id);
      expect(advice.length, id).toBeGreaterThan(0);
      for (const a of advice) expect(['posture', 'ergonomics', 'activity']).toContain(a.kind);
    }
    expect(adviceFor('forward_head').map((a) => a.kind)).toContain('ergonomics');
    expect(adviceFor('foot_drop')[0]?.text).toMatch(/physician/);
  });

  it("looks up a muscle's first stretch and first exercise in table order, and a finding's advice in its order", () => {
    for (const m of MUSCLE_IDS) {
      expect(stretchFor(m), m).toBe(SELF_CARE_EXERCISES.find((e) => e.kind === 'stretch' && e.muscles.includes(m)));
      expect(activationFor(m), m).toBe(
        SELF_CARE_EXERCISES.find((e) => e.kind === 'strengthen' && e.muscles.includes(m)),
      );
    }
    for (const id of FINDING_IDS) {
      expect(adviceFor(id), id).toEqual(FINDING_ADVICE[id].map((a) => SELF_CARE_ADVICE.find((x) => x.id === a)));
    }
  });
});
