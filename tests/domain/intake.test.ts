import { describe, expect, it } from 'vitest';
import { INTAKE_IDS } from '../../src/domain/ids';
import { INTAKE_QUESTIONS, intakeQuestion, isIntakeId } from '../../src/domain/intake';

describe('health intake', () => {
  it('has one question per id, in id order, each with both vocabularies and sources', () => {
    expect(INTAKE_QUESTIONS.map((q) => q.id)).toEqual([...INTAKE_IDS]);
    for (const q of INTAKE_QUESTIONS) {
      expect(q.question.endsWith('?'), q.id).toBe(true);
      expect(q.medical.length).toBeGreaterThan(3);
      expect(q.caution.length).toBeGreaterThan(30);
      expect(q.therapistCaution.length).toBeGreaterThan(30);
      expect(q.sources.length).toBeGreaterThan(0);
    }
  });

  it('covers the first-consultation questions of issue 9', () => {
    for (const id of [
      'blood_thinners',
      'pregnancy',
      'recent_surgery',
      'recent_injury',
      'osteoporosis',
      'cancer_history',
      'diabetes',
      'fever_unwell',
      'numbness_weakness',
    ])
      expect(isIntakeId(id), id).toBe(true);
  });

  it('narrows untrusted strings and looks questions up', () => {
    expect(isIntakeId('pregnancy')).toBe(true);
    expect(isIntakeId('__proto__')).toBe(false);
    expect(intakeQuestion('diabetes').caution).toMatch(/feet/);
  });

  it('marks the answers that are themselves a reason to see a physician', () => {
    expect(intakeQuestion('bladder_bowel_change').urgency).toBe('emergency');
    expect(intakeQuestion('saddle_numbness').urgency).toBe('emergency');
    expect(intakeQuestion('fever_unwell').urgency).toBe('soon');
    expect(intakeQuestion('blood_thinners').urgency).toBeUndefined();
  });
});
