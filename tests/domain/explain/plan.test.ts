import { describe, expect, it } from 'vitest';
import { explain, explainFindings } from '../../../src/domain/explain';
import { planFor, REASSESS_AFTER_SESSIONS, SELF_CARE_CAP } from '../../../src/domain/explain/plan';
import type {
  CompensatingMuscle,
  PainSite,
  PlanMuscle,
  PrimaryMuscle,
  TreatmentPlan,
} from '../../../src/domain/explain/types';
import { FINDING_IDS, INTAKE_IDS, type MuscleId, REGION_IDS } from '../../../src/domain/ids';
import { getMuscle, getRegion } from '../../../src/domain/knowledgeBase';
import type { MuscleSide } from '../../../src/domain/labels';
import { seededRandom } from '../../../src/domain/quiz';
import { activationFor, stretchFor } from '../../../src/domain/selfCare';
import { at } from '../../support/sites';

const sidesOf = (list: readonly PlanMuscle[], id: MuscleId) => list.filter((m) => m.id === id).map((m) => m.side);

/** The concrete sides a plan entry covers. */
const concrete = (side: MuscleSide) => (side === 'both' ? ['left', 'right'] : [side]);

/** Pairs of entries naming the same muscle on a common side. */
function clashes(a: readonly PlanMuscle[], b: readonly PlanMuscle[]): string[] {
  const out: string[] = [];
  for (const x of a)
    for (const y of b)
      if (x.id === y.id && concrete(x.side).some((s) => concrete(y.side).includes(s)))
        out.push(`${x.id} ${x.side}/${y.side}`);
  return out;
}

function primary(id: MuscleId, side: MuscleSide, why = 'Lies under the pain site.'): PrimaryMuscle {
  const m = getMuscle(id);
  return { id, name: m.name, plainName: m.plainName, side, reason: 'local', why, sites: 1, score: 1 };
}

function compensator(
  id: MuscleId,
  side: MuscleSide,
  via: MuscleId,
  state: CompensatingMuscle['state'],
  why = 'Takes over the load.',
): CompensatingMuscle {
  const m = getMuscle(id);
  return {
    id,
    name: m.name,
    plainName: m.plainName,
    side,
    via,
    viaSide: side,
    relation: state === 'inhibited' ? 'reciprocal_inhibition' : 'synergist_overload',
    state,
    evidence: 'textbook',
    why,
    score: 0.5,
  };
}

const calfMuscles: MuscleId[] = ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'soleus'];
const hamstrings: MuscleId[] = [
  'biceps_femoris_long_head',
  'biceps_femoris_short_head',
  'semitendinosus',
  'semimembranosus',
];
const footMuscles: MuscleId[] = [
  'abductor_hallucis',
  'flexor_digitorum_brevis',
  'quadratus_plantae',
  'abductor_digiti_minimi_foot',
];

describe('plan: inflamed sites', () => {
  const inflamedCalf = explain({ sites: [{ region: 'calf', side: 'right', inflamed: true }] });

  it('puts the muscles lying under the inflamed right calf in avoid, on the right only', () => {
    const { avoid } = inflamedCalf.plan;
    for (const id of calfMuscles) expect(sidesOf(avoid, id), id).toEqual(['right']);
    for (const id of getRegion('calf').muscles) expect(sidesOf(avoid, id), id).toEqual(['right']);
    expect(avoid.every((m) => m.side === 'right')).toBe(true);
  });

  it('says why in words that name the site, its groups and what may still be treated', () => {
    const why = inflamedCalf.plan.avoid.find((m) => m.id === 'soleus')?.why ?? '';
    expect(why).toMatch(/^The right calf is inflamed: no deep work on the calf muscles/);
    expect(why).toMatch(/hamstrings/);
    expect(why).toMatch(/plantar foot muscles/);
    expect(why).toMatch(/may be treated gently/);
    const medical = explain({ sites: [{ region: 'calf', side: 'right', inflamed: true }] }, 'medical');
    expect(medical.plan.avoid[0]?.why).toMatch(/^The right .*inflamed: no deep-tissue work/);
  });

  it('keeps the hamstrings and the muscles of the foot to release', () => {
    const { release } = inflamedCalf.plan;
    expect(release.some((m) => hamstrings.includes(m.id) && m.side === 'right')).toBe(true);
    expect(release.some((m) => footMuscles.includes(m.id) && m.side === 'right')).toBe(true);
    expect(clashes(inflamedCalf.plan.avoid, release)).toEqual([]);
  });

  it('lists the surrounding groups first, each marked to be treated gently', () => {
    const { release } = inflamedCalf.plan;
    const gentle = release.map((m) => /inflamed, treat it gently/.test(m.why));
    expect(gentle[0]).toBe(true);
    // all gentle entries come before any other
    expect(gentle.indexOf(false) === -1 || gentle.lastIndexOf(true) < gentle.indexOf(false)).toBe(true);
  });

  it('has an empty avoid list without an inflamed site, and the same muscles then go to release', () => {
    const calm = explain({ sites: [{ region: 'calf', side: 'right' }] });
    expect(calm.plan.avoid).toEqual([]);
    expect(sidesOf(calm.plan.release, 'soleus')).toEqual(['right']);
    const none = explain({ sites: [{ region: 'back_of_neck', side: 'left' }], findings: [{ id: 'forward_head' }] });
    expect(none.plan.avoid).toEqual([]);
  });

  it('keeps the other side of a muscle named on both sides when one side is inflamed', () => {
    const plan = planFor({
      sites: [{ region: 'calf', side: 'right', inflamed: true }],
      primary: [],
      compensating: [],
      findings: {
        overactive: [{ id: 'soleus', name: 'Soleus', plainName: 'Soleus', side: 'both', findings: ['heels_rise'] }],
        underactive: [],
      },
      intake: [],
    });
    expect(sidesOf(plan.avoid, 'soleus')).toEqual(['right']);
    expect(sidesOf(plan.release, 'soleus')).toEqual(['left']);
  });

  it('never releases a muscle of an inflamed midline site on either side', () => {
    const plan = planFor({
      sites: [{ region: 'sacrum', side: 'midline', inflamed: true }],
      primary: [primary('multifidus', 'left'), primary('gluteus_maximus', 'both'), primary('piriformis', 'right')],
      compensating: [],
      intake: [],
    });
    expect(sidesOf(plan.avoid, 'multifidus')).toEqual(['both']);
    expect(plan.release.map((m) => m.id)).toEqual(['piriformis']);
  });

  it('asks to wait for the inflammation to settle before activating a muscle that lies under it', () => {
    const plan = planFor({
      sites: [{ region: 'outer_hip', side: 'right', inflamed: true }],
      primary: [],
      compensating: [],
      findings: {
        overactive: [],
        underactive: [
          {
            id: 'gluteus_medius',
            name: 'Gluteus medius',
            plainName: 'x',
            side: 'right',
            findings: ['trendelenburg_gait'],
          },
        ],
      },
      intake: [],
    });
    expect(sidesOf(plan.avoid, 'gluteus_medius')).toEqual(['right']);
    expect(plan.activate[0]?.why).toMatch(/settled/);
  });
});

describe('plan: release and activate', () => {
  it('activates the right gluteus medius for a right Trendelenburg, and releases its substitutes', () => {
    const f = explainFindings([{ id: 'trendelenburg_gait', side: 'right' }]);
    expect(sidesOf(f.plan.activate, 'gluteus_medius')).toEqual(['right']);
    expect(sidesOf(f.plan.activate, 'gluteus_minimus')).toEqual(['right']);
    expect(sidesOf(f.plan.release, 'tensor_fasciae_latae')).toEqual(['right']);
    expect(sidesOf(f.plan.release, 'quadratus_lumborum')).toEqual(['right']);
    expect(f.plan.activate[0]?.why).toMatch(/strengthen it rather than massage it/);
  });

  it('puts one-sided gait findings on the right sides, opposite-side muscles included', () => {
    const f = explainFindings([{ id: 'antalgic_gait', side: 'right' }]);
    expect(sidesOf(f.plan.release, 'gluteus_medius')).toEqual(['left']);
    expect(sidesOf(f.plan.activate, 'gluteus_medius')).toEqual(['right']);
    expect(sidesOf(f.plan.release, 'soleus')).toEqual(['left']);
    const drop = explainFindings([{ id: 'foot_drop', side: 'left' }]);
    expect(sidesOf(drop.plan.activate, 'tibialis_anterior')).toEqual(['left']);
    expect(sidesOf(drop.plan.release, 'soleus')).toEqual(['left']);
  });

  it('releases the overactive muscles and activates the underactive ones of the findings', () => {
    const f = explainFindings([{ id: 'forward_head' }, { id: 'rounded_shoulders' }]);
    for (const m of f.overactive) expect(sidesOf(f.plan.release, m.id), m.id).toContain(m.side);
    for (const m of f.underactive) expect(sidesOf(f.plan.activate, m.id), m.id).toContain(m.side);
    expect(f.plan.release.find((m) => m.id === 'pectoralis_minor')?.why).toMatch(/shoulders roll forward/);
    expect(f.plan.avoid).toEqual([]);
  });

  it('releases overworking compensators and activates inhibited ones, never the other way round', () => {
    const plan = planFor({
      sites: [{ region: 'front_of_thigh', side: 'left', inflamed: false }],
      primary: [primary('rectus_femoris', 'left')],
      compensating: [
        compensator('tensor_fasciae_latae', 'left', 'rectus_femoris', 'overworking'),
        compensator('gluteus_maximus', 'left', 'rectus_femoris', 'inhibited', 'A tight hip flexor switches it off.'),
      ],
      intake: [],
    });
    expect(plan.release.map((m) => m.id)).toEqual(['rectus_femoris', 'tensor_fasciae_latae']);
    expect(plan.activate.map((m) => m.id)).toEqual(['gluteus_maximus']);
    expect(plan.activate[0]?.why).toMatch(/^A tight hip flexor switches it off\. .*exercise rather than massage/);
  });

  it('lets what the findings observed outrank what the compensation graph infers, and come first in activate', () => {
    const plan = planFor({
      sites: [{ region: 'top_of_shoulder', side: 'right', inflamed: false }],
      primary: [primary('supraspinatus', 'right')],
      compensating: [
        compensator('trapezius_lower', 'right', 'supraspinatus', 'overworking'),
        compensator('pectoralis_minor', 'right', 'supraspinatus', 'inhibited'),
        compensator('deltoid', 'right', 'supraspinatus', 'overworking'),
        compensator('serratus_anterior', 'right', 'supraspinatus', 'inhibited'),
      ],
      findings: {
        overactive: [
          { id: 'pectoralis_minor', name: 'x', plainName: 'x', side: 'both', findings: ['rounded_shoulders'] },
        ],
        underactive: [
          { id: 'trapezius_lower', name: 'x', plainName: 'x', side: 'both', findings: ['rounded_shoulders'] },
        ],
      },
      intake: [],
    });
    expect(sidesOf(plan.release, 'trapezius_lower')).toEqual([]);
    expect(sidesOf(plan.activate, 'trapezius_lower')).toEqual(['both']);
    expect(sidesOf(plan.activate, 'pectoralis_minor')).toEqual([]);
    expect(sidesOf(plan.release, 'pectoralis_minor')).toEqual(['both']);
    expect(sidesOf(plan.release, 'deltoid')).toEqual(['right']);
    // observed weakness first, inferred inhibition after
    expect(plan.activate.map((m) => m.id)).toEqual(['trapezius_lower', 'serratus_anterior']);
  });

  it('follows the compensating stage: every overworking compensator not avoided is released', () => {
    const e = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] });
    const over = e.compensating.filter((c) => c.state === 'overworking');
    for (const c of over) expect(sidesOf(e.plan.release, c.id), c.id).toContain(c.side);
    for (const c of e.compensating.filter((x) => x.state === 'inhibited'))
      expect(sidesOf(e.plan.activate, c.id), c.id).toContain(c.side);
  });
});

describe('plan: intake', () => {
  it('says "no deep work anywhere" in every release why with blood thinners', () => {
    const e = explain({ sites: [{ region: 'low_back', side: 'left' }], intake: ['blood_thinners'] });
    expect(e.plan.release.length).toBeGreaterThan(0);
    for (const m of e.plan.release) expect(m.why, m.id).toMatch(/Blood thinners: gentle pressure only/);
    const plain = explain({ sites: [{ region: 'low_back', side: 'left' }] });
    for (const m of plain.plan.release) expect(m.why, m.id).not.toMatch(/Blood thinners/);
  });

  it('says to postpone hands-on work when the client is unwell, and to spare a fresh injury, in medical words too', () => {
    const e = explain(
      { sites: [{ region: 'outer_hip', side: 'left' }], intake: ['fever_unwell', 'recent_injury'] },
      'medical',
    );
    for (const m of e.plan.release) {
      expect(m.why, m.id).toMatch(/postpone manual therapy/);
      expect(m.why, m.id).toMatch(/Recent injury/);
    }
  });

  it('limits pressure only where it matters in pregnancy', () => {
    const f = explainFindings([{ id: 'heels_rise' }, { id: 'forward_head' }], ['pregnancy']);
    expect(f.plan.release.find((m) => m.id === 'soleus')?.why).toMatch(/Pregnancy/);
    expect(f.plan.release.find((m) => m.id === 'trapezius_upper')?.why).not.toMatch(/Pregnancy/);
  });
});

describe('plan: self-care and maintenance', () => {
  const e = explain({
    sites: [{ region: 'calf', side: 'right', inflamed: true }],
    findings: [{ id: 'forward_head' }, { id: 'trendelenburg_gait', side: 'right' }],
  });
  const care = e.plan.selfCare;

  it('starts with settling advice for the inflamed site', () => {
    expect(care[0]?.kind).toBe('activity');
    expect(care[0]?.text).toMatch(/^Let the inflamed right calf settle/);
    expect(care[0]?.text).toMatch(/physician/);
  });

  it('gives stretches for released muscles and exercises for activated ones, each once and capped', () => {
    const stretches = care.filter((c) => c.kind === 'stretch');
    const strengthen = care.filter((c) => c.kind === 'strengthen');
    expect(stretches.length).toBeGreaterThan(0);
    expect(stretches.length).toBeLessThanOrEqual(SELF_CARE_CAP.stretch);
    expect(strengthen.length).toBeGreaterThan(0);
    expect(strengthen.length).toBeLessThanOrEqual(SELF_CARE_CAP.strengthen);
    for (const s of stretches) {
      expect(e.plan.release.map((m) => m.id)).toContain(s.muscleId);
      expect(s.text).toContain(stretchFor(s.muscleId!)!.text);
    }
    for (const s of strengthen) {
      expect(e.plan.activate.map((m) => m.id)).toContain(s.muscleId);
      expect(s.text).toContain(activationFor(s.muscleId!)!.text);
    }
    const texts = care.map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(care.every((c) => c.sources.length > 0)).toBe(true);
  });

  it('never gives an exercise that stretches or loads a muscle under the inflamed site', () => {
    const avoided = new Set<string>(e.plan.avoid.map((m) => m.id));
    for (const c of care) {
      if (c.kind !== 'stretch' && c.kind !== 'strengthen') continue;
      const ex = (c.kind === 'stretch' ? stretchFor : activationFor)(c.muscleId!)!;
      for (const m of [...ex.muscles, ...(ex.loads ?? [])]) expect(avoided.has(m), `${ex.id}: ${m}`).toBe(false);
    }
    expect(care.some((c) => c.text.includes('near the heel'))).toBe(false); // the bent-knee calf stretch
    expect(care.some((c) => c.text.includes('until the sole stretches'))).toBe(false); // pulls on the long toe flexors
  });

  it('leaves out a stretch that would pull on an inflamed neighbour, but keeps it for the other side', () => {
    const plan = planFor({
      sites: [{ region: 'achilles', side: 'right', inflamed: true }],
      primary: [primary('flexor_digitorum_longus', 'right'), primary('tibialis_posterior', 'left')],
      compensating: [],
      intake: [],
    });
    expect(sidesOf(plan.avoid, 'soleus')).toEqual(['right']);
    expect(sidesOf(plan.release, 'flexor_digitorum_longus')).toEqual(['right']);
    const stretches = plan.selfCare.filter((c) => c.kind === 'stretch');
    expect(stretches.map((c) => c.muscleId)).toEqual(['tibialis_posterior']);
    expect(stretches[0]?.text).toMatch(/^Left side: .*near the heel/);
  });

  it('adds posture and work-station advice for the findings, at most the cap', () => {
    const advice = care.filter((c) => c.kind === 'posture' || c.kind === 'ergonomics' || c.kind === 'activity');
    expect(advice.some((c) => /screen/.test(c.text))).toBe(true);
    expect(advice.length - 1).toBeLessThanOrEqual(SELF_CARE_CAP.advice);
  });

  it('names the side of a one-sided stretch or exercise', () => {
    const glute = care.find((c) => c.muscleId === 'gluteus_medius' && c.kind === 'strengthen');
    expect(glute?.text).toMatch(/^Right side: /);
  });

  it('ends with the maintenance note: reassess after 3–4 sessions, refer on, then preventive visits', () => {
    expect(e.plan.maintenance.reassessAfterSessions).toBe(3);
    expect(REASSESS_AFTER_SESSIONS).toBe(3);
    expect(e.plan.maintenance.text).toMatch(/3–4 sessions/);
    expect(e.plan.maintenance.text).toMatch(/physician/);
    expect(e.plan.maintenance.text).toMatch(/preventive visits/);
    const medical = explain({ sites: [{ region: 'calf', side: 'right' }] }, 'medical').plan.maintenance.text;
    expect(medical).toMatch(/refer on/);
  });
});

describe('plan: properties over random selections', () => {
  const rand = seededRandom(20261202);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

  function randomSelection() {
    const sites: PainSite[] = [];
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const region = pick(REGION_IDS);
      sites.push({
        ...at(region, pick(['left', 'right'] as const)),
        inflamed: rand() < 0.4,
      });
    }
    const findings = Array.from({ length: Math.floor(rand() * 4) }, () => {
      const id = pick(FINDING_IDS);
      const side = pick([undefined, 'left', 'right'] as const);
      return side ? { id, side } : { id };
    });
    const intake = INTAKE_IDS.filter(() => rand() < 0.1);
    return { sites, findings, intake };
  }

  function check(plan: TreatmentPlan, anyInflamed: boolean, label: string) {
    expect(clashes(plan.avoid, plan.release), label).toEqual([]);
    if (!anyInflamed) expect(plan.avoid, label).toEqual([]);
    for (const list of [plan.avoid, plan.release, plan.activate]) {
      expect(clashes(list, list).length, label).toBe(list.length); // each entry clashes only with itself
      for (const m of list) expect(m.why.length, `${label} ${m.id}`).toBeGreaterThan(10);
    }
    expect(plan.selfCare.filter((c) => c.kind === 'stretch').length).toBeLessThanOrEqual(SELF_CARE_CAP.stretch);
    expect(plan.selfCare.filter((c) => c.kind === 'strengthen').length).toBeLessThanOrEqual(SELF_CARE_CAP.strengthen);
    expect(plan.maintenance.reassessAfterSessions).toBe(3);
  }

  it('never puts a muscle in both avoid and release, and avoid is empty without an inflamed site', () => {
    for (let i = 0; i < 150; i++) {
      const sel = randomSelection();
      const label = JSON.stringify(sel);
      const e = explain(sel, i % 2 === 0 ? 'plain' : 'medical');
      check(
        e.plan,
        sel.sites.some((s) => s.inflamed),
        label,
      );
      // every muscle lying under an inflamed site is avoided on that side
      for (const s of sel.sites.filter((x) => x.inflamed))
        for (const id of getRegion(s.region).muscles)
          expect(
            e.plan.avoid.some((m) => m.id === id),
            `${label} ${id}`,
          ).toBe(true);
      // deterministic
      expect(explain(sel, i % 2 === 0 ? 'plain' : 'medical').plan).toEqual(e.plan);
    }
  });

  it('gives a findings-only plan with no avoid list', () => {
    for (let i = 0; i < 100; i++) {
      const { findings, intake } = randomSelection();
      const f = explainFindings(findings, intake);
      check(f.plan, false, JSON.stringify(findings));
    }
  });
});
