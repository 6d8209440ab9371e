import { describe, expect, it } from 'vitest';
import { ENDANGERMENT_SITES, SAFETY_RULES } from '../../../src/domain/data/safetyRules';
import { explain, explainFindings, NOT_A_DIAGNOSIS, type PainSite, safetyFor } from '../../../src/domain/explain';
import { normaliseSites } from '../../../src/domain/explain/sites';
import type { IntakeId } from '../../../src/domain/ids';
import { INTAKE_QUESTIONS } from '../../../src/domain/intake';
import { CONDITIONS, FINDINGS } from '../../../src/domain/knowledgeBase';
import { at } from '../../support/sites';

const ids = (sites: PainSite[], intake: IntakeId[] = []) => safetyFor(normaliseSites(sites), intake).map((a) => a.id);
const tested = new Set<string>();
const L = (region: PainSite['region']): PainSite => at(region);
/** Assert that the rule fires (and remember that it was tested). */
function fires(rule: string, sites: PainSite[], intake: IntakeId[] = []) {
  tested.add(rule);
  expect(ids(sites, intake), `${rule} on ${JSON.stringify(sites)} ${intake.join(',')}`).toContain(rule);
}
function silent(rule: string, sites: PainSite[], intake: IntakeId[] = []) {
  expect(ids(sites, intake), `${rule} must not fire on ${JSON.stringify(sites)} ${intake.join(',')}`).not.toContain(
    rule,
  );
}

describe('safety: heart', () => {
  it('chest + inner elbow + jaw on the left → the heart emergency, first of everything', () => {
    const e = explain({
      sites: [
        { region: 'chest', side: 'left' },
        { region: 'inner_elbow', side: 'left' },
        { region: 'jaw', side: 'left' },
      ],
    });
    expect(e.safety[0]?.id).toBe('cardiac_pattern');
    expect(e.safety[0]?.urgency).toBe('emergency');
    expect(e.safety[0]?.sites).toEqual(['chest.left', 'inner_elbow.left', 'jaw.left']);
    expect(e.cautions[0]).toMatch(/^Emergency: .*heart/);
    expect(e.cautions[0]).toMatch(/emergency services/);
    tested.add('cardiac_pattern');
  });

  it('fires for the breastbone with the arm, the upper belly, the neck or between the shoulder blades, either side', () => {
    fires('cardiac_pattern', [
      { region: 'breastbone', side: 'midline' },
      { region: 'front_of_upper_arm', side: 'left' },
    ]);
    fires('cardiac_pattern', [
      { region: 'breastbone', side: 'midline' },
      { region: 'upper_abdomen', side: 'midline' },
    ]);
    fires('cardiac_pattern', [
      { region: 'chest', side: 'right' },
      { region: 'front_of_forearm', side: 'right' },
    ]);
    fires('cardiac_pattern', [
      { region: 'chest', side: 'left' },
      { region: 'between_shoulder_blades', side: 'left' },
    ]);
    fires('cardiac_pattern', [
      { region: 'chest', side: 'left' },
      { region: 'front_of_neck', side: 'midline' },
    ]);
  });

  it('chest or breastbone alone always gets a heart check, but not the pattern', () => {
    for (const site of [
      { region: 'chest', side: 'right' },
      { region: 'chest', side: 'left' },
      { region: 'breastbone', side: 'midline' },
    ] as PainSite[]) {
      fires('chest_cardiac_check', [site]);
      silent('cardiac_pattern', [site]);
      const e = explain({ sites: [site] });
      expect(e.safety.find((a) => a.id === 'chest_cardiac_check')?.urgency).toBe('urgent');
      expect(e.cautions.join(' ')).toMatch(/heart|emergency services/);
    }
  });

  it('an arm or the jaw alone is no heart pattern', () => {
    silent('cardiac_pattern', [
      { region: 'inner_elbow', side: 'left' },
      { region: 'jaw', side: 'left' },
    ]);
  });
});

describe('safety: aorta, abdominal organs', () => {
  it('tearing pain between the shoulder blades or mid back → aortic dissection warning', () => {
    fires('aortic_dissection', [{ region: 'between_shoulder_blades', side: 'left' }]);
    fires('aortic_dissection', [{ region: 'mid_back', side: 'right' }]);
    silent('aortic_dissection', [{ region: 'low_back', side: 'right' }]);
    const a = safetyFor(normaliseSites([{ region: 'mid_back', side: 'right' }]), []).find(
      (x) => x.id === 'aortic_dissection',
    );
    expect(a?.clientText).toMatch(/tearing/);
    expect(a?.therapistText).toMatch(/aortic dissection/);
  });

  it('right shoulder blade or shoulder tip → gallbladder screen; with upper belly pain → same day', () => {
    fires('gallbladder_screen', [{ region: 'shoulder_blade', side: 'right' }]);
    fires('gallbladder_screen', [{ region: 'top_of_shoulder', side: 'right' }]);
    silent('gallbladder_screen', [{ region: 'shoulder_blade', side: 'left' }]);
    fires('gallbladder_referral', [
      { region: 'upper_abdomen', side: 'midline' },
      { region: 'shoulder_blade', side: 'right' },
    ]);
    silent('gallbladder_referral', [
      { region: 'upper_abdomen', side: 'midline' },
      { region: 'shoulder_blade', side: 'left' },
    ]);
  });

  it("shoulder-tip pain with belly pain → Kehr's sign emergency; left shoulder tip after injury → spleen", () => {
    fires('kehr_sign', [
      { region: 'lower_abdomen', side: 'midline' },
      { region: 'top_of_shoulder', side: 'left' },
    ]);
    silent('kehr_sign', [{ region: 'top_of_shoulder', side: 'left' }]);
    fires('splenic_injury', [{ region: 'top_of_shoulder', side: 'left' }], ['recent_injury']);
    silent('splenic_injury', [{ region: 'top_of_shoulder', side: 'left' }]);
    silent('splenic_injury', [{ region: 'top_of_shoulder', side: 'right' }], ['recent_injury']);
  });

  it('belly pain → organs screen', () => {
    fires('abdominal_organs', [{ region: 'upper_abdomen', side: 'midline' }]);
    fires('abdominal_organs', [{ region: 'side_of_abdomen', side: 'left' }]);
  });
});

describe('safety: spine and nerves', () => {
  it('low back with both legs → cauda equina emergency; one leg is not enough', () => {
    const sites: PainSite[] = [
      { region: 'low_back', side: 'left' },
      { region: 'back_of_thigh', side: 'left' },
      { region: 'calf', side: 'right' },
    ];
    fires('cauda_equina_pattern', sites);
    expect(explain({ sites }).safety[0]?.id).toBe('cauda_equina_pattern');
    silent('cauda_equina_pattern', [
      { region: 'low_back', side: 'left' },
      { region: 'back_of_thigh', side: 'left' },
      { region: 'calf', side: 'left' },
    ]);
  });

  it('saddle numbness or bladder/bowel change → cauda equina emergency, with or without sites', () => {
    fires('cauda_equina_symptoms', [], ['saddle_numbness']);
    fires('cauda_equina_symptoms', [{ region: 'low_back', side: 'left' }], ['bladder_bowel_change']);
    expect(safetyFor([], ['bladder_bowel_change'])[0]?.urgency).toBe('emergency');
    expect(safetyFor([], ['bladder_bowel_change'])[0]?.sites).toEqual([]);
  });

  it('fever with spinal pain → infection; cancer history with spinal pain → malignancy', () => {
    fires('spinal_infection', [{ region: 'low_back', side: 'left' }], ['fever_unwell']);
    silent('spinal_infection', [{ region: 'low_back', side: 'left' }]);
    fires('spinal_malignancy', [{ region: 'mid_back', side: 'left' }], ['cancer_history']);
    silent('spinal_malignancy', [{ region: 'calf', side: 'left' }], ['cancer_history']);
  });

  it('osteoporosis with back or rib pain → fragility fracture', () => {
    fires('osteoporotic_fracture', [{ region: 'mid_back', side: 'left' }], ['osteoporosis']);
    fires('osteoporotic_fracture', [{ region: 'side_of_ribs', side: 'right' }], ['osteoporosis']);
    silent('osteoporotic_fracture', [{ region: 'mid_back', side: 'left' }]);
  });

  it('back pain below the knee, or neck pain into the forearm or hand → nerve-root check', () => {
    fires('lumbar_radicular', [L('low_back'), L('outer_lower_leg')]);
    silent('lumbar_radicular', [L('low_back'), L('back_of_thigh')]);
    fires('cervical_radicular', [L('back_of_neck'), L('thumb_base')]);
    silent('cervical_radicular', [L('back_of_neck'), L('top_of_shoulder')]);
  });

  it('numbness or weakness → neurological check', () => {
    fires('neurological_check', [], ['numbness_weakness']);
  });
});

describe('safety: head and neck', () => {
  it('head pain → thunderclap headache warning', () => {
    fires('sudden_severe_headache', [{ region: 'forehead', side: 'midline' }]);
    fires('sudden_severe_headache', [{ region: 'back_of_head', side: 'left' }]);
    silent('sudden_severe_headache', [{ region: 'calf', side: 'left' }]);
  });

  it('temple → arteritis screen; over 50 → same day', () => {
    fires('temple_arteritis_screen', [{ region: 'temple', side: 'left' }]);
    silent('giant_cell_arteritis', [{ region: 'temple', side: 'left' }]);
    fires('giant_cell_arteritis', [{ region: 'temple', side: 'left' }], ['age_over_50']);
    // Over 50 the same-day rule replaces the screen, rather than saying it twice.
    silent('temple_arteritis_screen', [{ region: 'temple', side: 'left' }], ['age_over_50']);
    const e = explain({ sites: [{ region: 'temple', side: 'left' }], intake: ['age_over_50'] });
    const gca = e.safety.find((a) => a.id === 'giant_cell_arteritis');
    expect(gca?.urgency).toBe('urgent');
    expect(gca?.clientText).toMatch(/chew/);
  });

  it('neck pain → cervical artery warning; fever with neck or head pain → meningitis', () => {
    fires('cervical_artery', [{ region: 'back_of_neck', side: 'left' }]);
    fires('cervical_artery', [{ region: 'front_of_neck', side: 'midline' }]);
    fires('meningitis', [{ region: 'back_of_neck', side: 'left' }], ['fever_unwell']);
    silent('meningitis', [{ region: 'back_of_neck', side: 'left' }]);
  });

  it('headache in pregnancy → pre-eclampsia check', () => {
    fires('pregnancy_headache', [{ region: 'forehead', side: 'midline' }], ['pregnancy']);
    silent('pregnancy_headache', [{ region: 'forehead', side: 'midline' }]);
  });
});

describe('safety: limbs', () => {
  it('calf or back of the knee → DVT check', () => {
    fires('deep_vein_thrombosis', [{ region: 'calf', side: 'right' }]);
    fires('deep_vein_thrombosis', [{ region: 'back_of_knee', side: 'left' }]);
  });

  it('shin, calf, outer lower leg or forearm → compartment syndrome', () => {
    fires('compartment_syndrome', [{ region: 'shin', side: 'right' }]);
    fires('compartment_syndrome', [{ region: 'outer_lower_leg', side: 'right' }]);
    fires('compartment_syndrome', [{ region: 'front_of_forearm', side: 'left' }]);
  });

  it('groin or hip pain after a fall or with osteoporosis → hip fracture check', () => {
    fires('hip_fracture', [L('groin')], ['recent_injury']);
    fires('hip_fracture', [L('outer_hip')], ['osteoporosis']);
    silent('hip_fracture', [L('groin')]);
  });

  it('ankle and knee → Ottawa rules', () => {
    fires('ottawa_ankle', [{ region: 'outer_ankle', side: 'right' }]);
    fires('ottawa_ankle', [{ region: 'top_of_foot', side: 'right' }]);
    fires('ottawa_knee', [{ region: 'front_of_knee', side: 'left' }]);
    silent('ottawa_knee', [{ region: 'outer_ankle', side: 'right' }]);
  });
});

describe('safety: intake and systemic', () => {
  it('weight loss, night pain or cancer history → systemic screen; fever → no massage today', () => {
    fires('systemic_disease', [], ['unexplained_weight_loss']);
    fires('systemic_disease', [], ['night_pain']);
    fires('systemic_disease', [], ['cancer_history']);
    fires('fever_no_massage', [], ['fever_unwell']);
  });

  it('every intake answer adds its own caution to the explanation', () => {
    for (const q of INTAKE_QUESTIONS) {
      const e = explain({ sites: [{ region: 'calf', side: 'left' }], intake: [q.id] });
      expect(e.cautions, q.id).toContain(q.caution);
      expect(explain({ sites: [{ region: 'calf', side: 'left' }], intake: [q.id] }, 'medical').cautions).toContain(
        q.therapistCaution,
      );
      expect(q.sources.length, q.id).toBeGreaterThan(0);
    }
  });

  it('blood thinners, osteoporosis and diabetes say what to avoid', () => {
    const text = (id: IntakeId) => INTAKE_QUESTIONS.find((q) => q.id === id)?.caution ?? '';
    expect(text('blood_thinners')).toMatch(/bruis/);
    expect(text('blood_thinners')).toMatch(/no deep/);
    expect(text('osteoporosis')).toMatch(/no forceful pressure/);
    expect(text('diabetes')).toMatch(/feet/);
    expect(text('fever_unwell')).toMatch(/no massage today/);
  });

  it('findings alone carry the intake alerts too', async () => {
    const { explainFindings } = await import('../../../src/domain/explain');
    const f = explainFindings([{ id: 'forward_head' }], ['saddle_numbness']);
    expect(f.safety.map((a) => a.id)).toEqual(['cauda_equina_symptoms']);
  });
});

describe('safety: ordering, vocabulary and completeness', () => {
  it('orders emergency → urgent → soon and never drops a rule, however many fire', () => {
    const sites: PainSite[] = [
      { region: 'chest', side: 'left' },
      { region: 'inner_elbow', side: 'left' },
      { region: 'temple', side: 'left' },
      { region: 'calf', side: 'left' },
      { region: 'calf', side: 'right' },
      { region: 'low_back', side: 'left' },
      { region: 'upper_abdomen', side: 'midline' },
      { region: 'shoulder_blade', side: 'right' },
      { region: 'mid_back', side: 'left' },
      { region: 'outer_ankle', side: 'left' },
      { region: 'front_of_knee', side: 'left' },
    ];
    const intake: IntakeId[] = ['fever_unwell', 'cancer_history', 'age_over_50', 'osteoporosis', 'saddle_numbness'];
    const e = explain({ sites, intake });
    const rank = { emergency: 0, urgent: 1, soon: 2 };
    for (let i = 1; i < e.safety.length; i++) {
      expect(rank[e.safety[i - 1]!.urgency]).toBeLessThanOrEqual(rank[e.safety[i]!.urgency]);
    }
    expect(e.safety.length).toBeGreaterThan(15);
    // Every alert opens the cautions, in the same order, before the not-a-diagnosis note.
    expect(e.cautions.indexOf(NOT_A_DIAGNOSIS)).toBe(e.safety.length);
    e.safety.forEach((a, i) => {
      expect(e.cautions[i]).toContain(a.text);
    });
  });

  it('words the alert for the client or the therapist', () => {
    const q = { sites: [{ region: 'calf' as const, side: 'left' as const }] };
    const plain = explain(q).safety.find((a) => a.id === 'deep_vein_thrombosis');
    const medical = explain(q, 'medical').safety.find((a) => a.id === 'deep_vein_thrombosis');
    expect(plain?.text).toBe(plain?.clientText);
    expect(medical?.text).toBe(medical?.therapistText);
    expect(medical?.text).toMatch(/DVT/);
  });

  it('keeps every condition red flag in full (no merging, no cut at six)', () => {
    const e = explain({ sites: [{ region: 'temple', side: 'left' }] });
    for (const c of e.conditions) {
      expect(c.redFlags).toEqual(CONDITIONS.find((x) => x.id === c.id)?.redFlags);
    }
  });

  it('every rule has an id, texts in both vocabularies and sources; ids are unique', () => {
    const seen = new Set<string>();
    for (const r of SAFETY_RULES) {
      expect(seen.has(r.id), r.id).toBe(false);
      seen.add(r.id);
      expect(r.clientText.length).toBeGreaterThan(40);
      expect(r.therapistText.length).toBeGreaterThan(40);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.regions || r.pattern || r.intake, r.id).toBeTruthy();
    }
  });

  it('has a test for every rule in the table', () => {
    for (const r of SAFETY_RULES) expect(tested.has(r.id), `untested rule ${r.id}`).toBe(true);
  });
});

describe('endangerment sites', () => {
  const cases: [PainSite, RegExp][] = [
    [{ region: 'front_of_neck', side: 'midline' }, /carotid/],
    [{ region: 'side_of_neck', side: 'left' }, /carotid|brachial plexus/],
    [{ region: 'side_of_ribs', side: 'left' }, /axilla/],
    [{ region: 'front_of_shoulder', side: 'left' }, /axilla/],
    [{ region: 'front_of_elbow', side: 'right' }, /brachial artery/],
    [{ region: 'inner_elbow', side: 'right' }, /ulnar nerve/],
    [{ region: 'groin', side: 'left' }, /femoral/],
    [{ region: 'back_of_knee', side: 'left' }, /popliteal/],
  ];
  it.each(cases)('%o gets a no-deep-pressure caution naming what lies there, once', (site, structure) => {
    const medical = explain({ sites: [site] }, 'medical').cautions.filter((c) => c.startsWith('Endangerment site'));
    expect(medical).toHaveLength(1);
    expect(medical[0]).toMatch(structure);
    const plain = explain({ sites: [site] }).cautions.join(' ');
    expect(plain).toMatch(/(No deep pressure|Only light pressure|Only gentle pressure|Go gently)/);
  });

  it('names the structures for the therapist', () => {
    const text = ENDANGERMENT_SITES.map((s) => s.therapistText).join(' ');
    for (const s of [
      'carotid',
      'jugular',
      'vagus',
      'brachial plexus',
      'axillary',
      'brachial artery',
      'median nerve',
      'femoral',
      'popliteal',
      'tibial',
    ])
      expect(text).toContain(s);
  });

  it('a site with no endangered structure gets none', () => {
    const e = explain({ sites: [{ region: 'heel', side: 'left' }] }, 'medical');
    expect(e.cautions.some((c) => c.startsWith('Endangerment site'))).toBe(false);
  });
});

describe('findings that need a physician first', () => {
  it('foot drop is an urgent nerve sign in the findings explanation and in a pain explanation with it', () => {
    const f = explainFindings([{ id: 'foot_drop', side: 'right' }]);
    const alert = f.safety.find((a) => a.id === 'finding_foot_drop');
    expect(alert?.urgency).toBe('urgent');
    expect(alert?.text).toMatch(/nerve/);
    const e = explain({ sites: [{ region: 'shin', side: 'right' }], findings: [{ id: 'foot_drop', side: 'right' }] });
    expect(e.safety.some((a) => a.id === 'finding_foot_drop')).toBe(true);
    // emergency alerts of the site still come first; the finding's text also opens the cautions
    expect(e.safety[0]?.urgency).toBe('emergency');
    expect(e.cautions.some((c) => c.includes(alert?.text ?? '—'))).toBe(true);
  });

  it('every finding with a caution raises it once, and findings without one raise nothing', () => {
    for (const finding of FINDINGS) {
      const alerts = explainFindings([
        { id: finding.id, side: 'left' },
        { id: finding.id, side: 'left' },
      ]).safety.filter((a) => a.id.startsWith('finding_'));
      expect(alerts.length, finding.id).toBe(finding.caution ? 1 : 0);
      if (finding.caution) expect(['urgent', 'soon']).toContain(alerts[0]?.urgency);
    }
  });
});
