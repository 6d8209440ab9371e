import { describe, expect, it } from 'vitest';
import { CONDITION_IDS, FINDING_IDS, MUSCLE_IDS, REGION_IDS } from '../../src/domain/ids';
import { COMPENSATION_EDGES, CONDITIONS, FINDINGS, MUSCLES, REGIONS } from '../../src/domain/knowledgeBase';

const muscleIds = new Set<string>(MUSCLE_IDS);
const regionIds = new Set<string>(REGION_IDS);

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    if (seen.has(v)) return true;
    seen.add(v);
    return false;
  });
}

describe('knowledge base integrity', () => {
  it('has one record per id, in id order', () => {
    expect(MUSCLES.map((m) => m.id)).toEqual([...MUSCLE_IDS]);
    expect(REGIONS.map((r) => r.id)).toEqual([...REGION_IDS]);
    expect(CONDITIONS.map((c) => c.id)).toEqual([...CONDITION_IDS]);
    expect(FINDINGS.map((f) => f.id)).toEqual([...FINDING_IDS]);
  });

  it('meets the size floor: ≥80 muscles, ≥35 regions, ≥120 edges', () => {
    expect(MUSCLES.length).toBeGreaterThanOrEqual(80);
    expect(REGIONS.length).toBeGreaterThanOrEqual(35);
    expect(COMPENSATION_EDGES.length).toBeGreaterThanOrEqual(120);
  });

  it('has no duplicate names', () => {
    expect(duplicates(MUSCLES.map((m) => m.name.toLowerCase()))).toEqual([]);
    expect(duplicates(MUSCLES.map((m) => m.plainName.toLowerCase()))).toEqual([]);
    expect(duplicates(REGIONS.map((r) => r.plainName.toLowerCase()))).toEqual([]);
    expect(duplicates(REGIONS.map((r) => r.medicalName.toLowerCase()))).toEqual([]);
    expect(duplicates(CONDITIONS.map((c) => c.name.toLowerCase()))).toEqual([]);
    expect(duplicates(FINDINGS.map((f) => f.name.toLowerCase()))).toEqual([]);
  });

  it('has no dangling id anywhere', () => {
    for (const m of MUSCLES) for (const r of m.referral.regions) expect(regionIds, `${m.id} → ${r}`).toContain(r);
    for (const r of REGIONS) for (const m of r.muscles) expect(muscleIds, `${r.id} → ${m}`).toContain(m);
    for (const c of CONDITIONS) {
      for (const r of c.regions) expect(regionIds, `${c.id} → ${r}`).toContain(r);
      for (const m of c.muscles) expect(muscleIds, `${c.id} → ${m}`).toContain(m);
    }
    for (const f of FINDINGS) for (const m of [...f.overactive, ...f.underactive]) expect(muscleIds).toContain(m);
    for (const e of COMPENSATION_EDGES) {
      expect(muscleIds).toContain(e.from);
      expect(muscleIds).toContain(e.to);
    }
  });

  it('makes every muscle reachable from at least one region (located or referring)', () => {
    const reachable = new Set<string>();
    for (const r of REGIONS) for (const m of r.muscles) reachable.add(m);
    for (const m of MUSCLES) if (m.referral.regions.length > 0) reachable.add(m.id);
    expect(MUSCLE_IDS.filter((id) => !reachable.has(id))).toEqual([]);
  });

  it('ties every condition to regions and muscles, with red flags', () => {
    for (const c of CONDITIONS) {
      expect(c.regions.length, c.id).toBeGreaterThan(0);
      expect(c.muscles.length, c.id).toBeGreaterThan(0);
      expect(c.redFlags.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.caution.length, c.id).toBeGreaterThan(20);
    }
  });

  it('sources every record', () => {
    const all = [...MUSCLES, ...REGIONS, ...CONDITIONS, ...FINDINGS, ...COMPENSATION_EDGES];
    for (const r of all) {
      expect(r.sources.length, JSON.stringify(r).slice(0, 80)).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.trim().length).toBeGreaterThan(5);
    }
  });

  it('gives every muscle its card facts', () => {
    for (const m of MUSCLES) {
      expect(m.origin.length, m.id).toBeGreaterThan(10);
      expect(m.insertion.length, m.id).toBeGreaterThan(10);
      expect(m.actions.length, m.id).toBeGreaterThan(0);
      expect(m.innervation.nerve.length, m.id).toBeGreaterThan(3);
      expect(m.innervation.roots.length, m.id).toBeGreaterThan(1);
      expect([1, 2, 3, 4]).toContain(m.layer);
    }
  });

  it('keeps the compensation graph well formed', () => {
    const triples = COMPENSATION_EDGES.map((e) => `${e.from}>${e.to}>${e.side}`);
    expect(duplicates(triples)).toEqual([]);
    for (const e of COMPENSATION_EDGES) {
      expect(e.from === e.to && e.side === 'same', `${e.from} self-loop`).toBe(false);
      expect(e.weight).toBeGreaterThan(0);
      expect(e.weight).toBeLessThanOrEqual(1);
      expect(e.why.length).toBeGreaterThan(15);
      if (e.relation === 'contralateral') expect(e.side).toBe('opposite');
    }
    const touched = new Set(COMPENSATION_EDGES.flatMap((e) => [e.from, e.to]));
    expect(MUSCLE_IDS.filter((id) => !touched.has(id))).toEqual([]);
  });

  it('contains the conditions the product promises', () => {
    const needed = [
      'muscle_strain',
      'ligament_sprain',
      'edema',
      'rotator_cuff_injury',
      'frozen_shoulder',
      'plantar_fasciitis',
      'tension_type_headache',
      'torticollis',
      'muscle_cramps_spasms',
      'piriformis_sciatica',
      'carpal_tunnel_syndrome',
      'tennis_elbow',
      'golfers_elbow',
      'achilles_tendinopathy',
      'biceps_tendinopathy',
      'patellar_tendinopathy',
      'tmj_dysfunction',
      'thoracic_outlet_syndrome',
      'it_band_syndrome',
      'shin_splints',
      'whiplash',
      'nonspecific_low_back_pain',
    ];
    const ids = CONDITIONS.map((c) => c.id as string);
    for (const id of needed) expect(ids).toContain(id);
  });
});

describe('crossed syndromes and the NASM overhead-squat table', () => {
  const has = (from: string, to: string) => COMPENSATION_EDGES.some((e) => e.from === from && e.to === to);

  it("encodes Janda's upper crossed syndrome on both diagonals", () => {
    const tightNeck = ['trapezius_upper', 'levator_scapulae'];
    const weakNeck = ['longus_colli', 'longus_capitis'];
    const tightChest = ['pectoralis_major', 'pectoralis_minor'];
    const weakBack = ['trapezius_middle', 'trapezius_lower', 'serratus_anterior', 'rhomboid_major'];
    for (const t of tightNeck)
      expect(
        weakNeck.some((w) => has(t, w) || has(w, t)),
        t,
      ).toBe(true);
    for (const w of weakNeck)
      expect(
        tightNeck.some((t) => has(t, w) || has(w, t)),
        w,
      ).toBe(true);
    for (const t of tightChest)
      expect(
        weakBack.some((w) => has(t, w) || has(w, t)),
        t,
      ).toBe(true);
    for (const w of weakBack)
      expect(
        tightChest.some((t) => has(t, w) || has(w, t)),
        w,
      ).toBe(true);
    expect(COMPENSATION_EDGES.filter((e) => e.relation === 'crossed_syndrome').length).toBeGreaterThan(10);
  });

  it("encodes Janda's lower crossed syndrome on both diagonals", () => {
    const flexors = ['psoas_major', 'iliacus', 'rectus_femoris'];
    const glutes = ['gluteus_maximus', 'gluteus_medius'];
    const extensors = ['iliocostalis', 'longissimus'];
    const abs = ['rectus_abdominis', 'transversus_abdominis', 'internal_oblique', 'external_oblique'];
    for (const t of flexors)
      expect(
        glutes.some((w) => has(t, w) || has(w, t)),
        t,
      ).toBe(true);
    for (const w of glutes)
      expect(
        flexors.some((t) => has(t, w) || has(w, t)),
        w,
      ).toBe(true);
    for (const t of extensors)
      expect(
        abs.some((w) => has(t, w) || has(w, t)),
        t,
      ).toBe(true);
    for (const w of abs.slice(0, 2))
      expect(
        extensors.some((t) => has(t, w) || has(w, t)),
        w,
      ).toBe(true);
  });

  it('links every underactive muscle of every overhead-squat finding to an overactive one, and back', () => {
    for (const f of FINDINGS.filter((x) => x.kind === 'overhead_squat')) {
      for (const u of f.underactive)
        expect(
          f.overactive.some((o) => has(u, o)),
          `${f.id}: ${u} → overactive`,
        ).toBe(true);
      for (const o of f.overactive)
        expect(
          f.underactive.some((u) => has(o, u)),
          `${f.id}: ${o} → underactive`,
        ).toBe(true);
    }
  });

  it('has the NASM table rows in full', () => {
    const get = (id: string) => FINDINGS.find((f) => f.id === id)!;
    expect(get('feet_turn_out').overactive).toEqual(
      expect.arrayContaining(['soleus', 'gastrocnemius_lateral_head', 'biceps_femoris_short_head']),
    );
    expect(get('feet_turn_out').underactive).toEqual(
      expect.arrayContaining([
        'gastrocnemius_medial_head',
        'semitendinosus',
        'semimembranosus',
        'gracilis',
        'sartorius',
        'popliteus',
      ]),
    );
    expect(get('knees_cave_in').overactive).toEqual(
      expect.arrayContaining([
        'adductor_longus',
        'adductor_magnus',
        'biceps_femoris_short_head',
        'tensor_fasciae_latae',
        'vastus_lateralis',
      ]),
    );
    expect(get('knees_cave_in').underactive).toEqual(
      expect.arrayContaining(['gluteus_medius', 'gluteus_maximus', 'vastus_medialis']),
    );
    expect(get('excessive_forward_lean').overactive).toEqual(
      expect.arrayContaining([
        'soleus',
        'gastrocnemius_medial_head',
        'psoas_major',
        'rectus_abdominis',
        'external_oblique',
      ]),
    );
    expect(get('excessive_forward_lean').underactive).toEqual(
      expect.arrayContaining(['tibialis_anterior', 'gluteus_maximus', 'iliocostalis', 'longissimus']),
    );
    expect(get('low_back_arches').overactive).toEqual(
      expect.arrayContaining(['psoas_major', 'iliocostalis', 'longissimus', 'latissimus_dorsi']),
    );
    expect(get('low_back_arches').underactive).toEqual(
      expect.arrayContaining(['gluteus_maximus', 'semitendinosus', 'transversus_abdominis', 'multifidus']),
    );
    expect(get('arms_fall_forward').overactive).toEqual(
      expect.arrayContaining(['latissimus_dorsi', 'teres_major', 'pectoralis_major', 'pectoralis_minor']),
    );
    expect(get('arms_fall_forward').underactive).toEqual(
      expect.arrayContaining([
        'trapezius_middle',
        'trapezius_lower',
        'rhomboid_major',
        'infraspinatus',
        'teres_minor',
        'supraspinatus',
        'subscapularis',
      ]),
    );
  });
});
