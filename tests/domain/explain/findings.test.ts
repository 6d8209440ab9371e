import { describe, expect, it } from 'vitest';
import { explainFindings } from '../../../src/domain/explain';

const sideOf = (list: readonly { id: string; side: string }[], id: string) =>
  list.filter((m) => m.id === id).map((m) => m.side);

describe('one-sided findings', () => {
  it('asymmetric weight shift to the right: right gluteus medius underactive, left overactive (NASM)', () => {
    const f = explainFindings([{ id: 'asymmetric_weight_shift', side: 'right' }]);
    expect(sideOf(f.overactive, 'gluteus_medius')).toEqual(['left']);
    expect(sideOf(f.underactive, 'gluteus_medius')).toEqual(['right']);
    expect(sideOf(f.overactive, 'adductor_longus')).toEqual(['right']);
    expect(sideOf(f.underactive, 'adductor_longus')).toEqual(['left']);
    expect(sideOf(f.overactive, 'tensor_fasciae_latae')).toEqual(['left']);
    // No muscle is both overactive and underactive on the same side.
    const over = new Set(f.overactive.map((m) => `${m.id}|${m.side}`));
    for (const m of f.underactive) expect(over.has(`${m.id}|${m.side}`), m.id).toBe(false);
  });

  it('says for each muscle whether it is on the same or the opposite side', () => {
    const f = explainFindings([{ id: 'asymmetric_weight_shift', side: 'left' }]);
    const glute = f.overactive.find((m) => m.id === 'gluteus_medius');
    expect(glute).toMatchObject({ side: 'right', sideRelation: 'opposite' });
    expect(f.underactive.find((m) => m.id === 'gluteus_medius')).toMatchObject({ side: 'left', sideRelation: 'same' });
  });

  it('lateral pelvic tilt, right hip high: QL and adductors short on the right, TFL short on the left, abductors weak on the right', () => {
    const f = explainFindings([{ id: 'lateral_pelvic_tilt', side: 'right' }]);
    expect(sideOf(f.overactive, 'quadratus_lumborum')).toEqual(['right']);
    expect(sideOf(f.overactive, 'adductor_magnus')).toEqual(['right']);
    expect(sideOf(f.overactive, 'tensor_fasciae_latae')).toEqual(['left']);
    expect(sideOf(f.underactive, 'gluteus_medius')).toEqual(['right']);
  });

  it('without a side every muscle is on both sides and carries no side relation', () => {
    const f = explainFindings([{ id: 'asymmetric_weight_shift' }]);
    for (const m of [...f.overactive, ...f.underactive]) {
      expect(m.side).toBe('both');
      expect(m.sideRelation).toBeUndefined();
    }
  });

  it('each finding carries its kind', () => {
    const f = explainFindings([{ id: 'forward_head' }, { id: 'knees_cave_in' }]);
    expect(f.findings.map((x) => x.kind)).toEqual(['posture', 'overhead_squat']);
  });

  it('a findings-only answer has a plan (overactive to release, underactive to activate)', () => {
    const f = explainFindings([{ id: 'elevated_shoulder', side: 'right' }]);
    expect(f.plan.avoid).toEqual([]);
    expect(f.plan.release.map((m) => `${m.id}|${m.side}`)).toContain('trapezius_upper|right');
    expect(f.plan.activate.map((m) => m.id)).toContain('trapezius_lower');
  });
});
