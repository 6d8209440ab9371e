import { describe, expect, it } from 'vitest';
import { NERVE_ROOT_PATTERNS } from '../../src/domain/data/nerveRoots';
import { REGION_CAUTIONS } from '../../src/domain/data/regionCautions';
import { SOURCES } from '../../src/domain/data/sources';
import { MUSCLE_IDS, REGION_IDS } from '../../src/domain/ids';
import { COMPENSATION_EDGES, CONDITIONS, getCondition, MUSCLES, REGIONS } from '../../src/domain/knowledgeBase';
import { nerveRootPattern } from '../../src/domain/nerveRootPattern';
import { regionCaution } from '../../src/domain/regionCaution';
import type { Evidence, NerveRoot } from '../../src/domain/types';

const EVIDENCE: readonly Evidence[] = ['table', 'textbook', 'reasoned'];
const TEXTBOOKS: readonly string[] = [
  SOURCES.TRAVELL_SIMONS_1,
  SOURCES.TRAVELL_SIMONS_2,
  SOURCES.JANDA,
  SOURCES.NASM,
  SOURCES.SAHRMANN,
  SOURCES.CHAITOW,
  SOURCES.VLEEMING,
];
const cites = (sources: readonly string[], works: readonly string[]) =>
  sources.some((s) => works.some((w) => s === w || s.startsWith(`${w}, `)));

describe('every region answers', () => {
  it('names at least one related condition for every region', () => {
    const silent = REGION_IDS.filter((id) => !CONDITIONS.some((c) => c.regions.includes(id)));
    expect(silent).toEqual([]);
  });

  it('has one caution per region, in region order, in both vocabularies', () => {
    expect(REGION_CAUTIONS.map((c) => c.region)).toEqual([...REGION_IDS]);
    for (const c of REGION_CAUTIONS) {
      expect(c.clientText.length, c.region).toBeGreaterThan(60);
      expect(c.therapistText.length, c.region).toBeGreaterThan(60);
      expect(c.clientText, c.region).not.toBe(c.therapistText);
      expect(c.sources.length, c.region).toBeGreaterThan(0);
      expect(regionCaution(c.region)).toBe(c);
    }
  });

  it('gives every region its own caution, not a shared one', () => {
    const texts = REGION_CAUTIONS.map((c) => c.clientText);
    expect(new Set(texts).size).toBe(texts.length);
    const therapist = REGION_CAUTIONS.map((c) => c.therapistText);
    expect(new Set(therapist).size).toBe(therapist.length);
  });

  it('names the structure at each endangerment site', () => {
    const names: Record<string, RegExp> = {
      front_of_neck: /carotid/i,
      side_of_neck: /brachial plexus/i,
      front_of_shoulder: /axillary artery/i,
      front_of_elbow: /brachial artery/i,
      inner_elbow: /ulnar nerve/i,
      groin: /femoral/i,
      back_of_knee: /popliteal/i,
      outer_knee: /fibular nerve/i,
      temple: /temporal artery/i,
    };
    for (const [region, re] of Object.entries(names)) {
      expect(regionCaution(region as (typeof REGION_IDS)[number]).therapistText, region).toMatch(re);
    }
  });
});

describe('refers-here lists', () => {
  const muscleIds = new Set<string>(MUSCLE_IDS);

  it('exist on every region, name only known muscles, each once', () => {
    for (const r of REGIONS) {
      expect(r.refersHere, r.id).toBeDefined();
      const list = r.refersHere ?? [];
      for (const id of list) expect(muscleIds.has(id), `${r.id} → ${id}`).toBe(true);
      expect(new Set(list).size, r.id).toBe(list.length);
    }
  });

  it("agree with the muscles' own referral maps (same muscles, both ways)", () => {
    for (const r of REGIONS) {
      const fromMuscles = MUSCLES.filter((m) => m.referral.regions.includes(r.id))
        .map((m) => m.id as string)
        .sort();
      expect([...(r.refersHere ?? [])].sort(), r.id).toEqual(fromMuscles);
    }
  });

  it('put the classic sources first where issue 9 found them missing or last', () => {
    const rh = (id: string) => REGIONS.find((r) => r.id === id)?.refersHere ?? [];
    expect(rh('temple').slice(0, 3)).toEqual(['trapezius_upper', 'temporalis', 'sternocleidomastoid']);
    expect(rh('back_of_neck')[0]).toBe('levator_scapulae');
    expect(rh('outer_shoulder')[0]).toBe('supraspinatus');
    expect(rh('front_of_shoulder')[0]).toBe('infraspinatus');
    expect(rh('heel')[0]).toBe('soleus');
    expect(rh('outer_elbow')[0]).toBe('supinator');
  });

  it('place rectus femoris at the groin and soleus and FDL at the shin', () => {
    const muscles = (id: string) => REGIONS.find((r) => r.id === id)?.muscles ?? [];
    expect(muscles('groin')).toContain('rectus_femoris');
    expect(muscles('shin')).toEqual(expect.arrayContaining(['soleus', 'flexor_digitorum_longus']));
  });
});

describe('evidence levels', () => {
  it('on every compensation edge, and only tables for the Janda and NASM rows', () => {
    for (const e of COMPENSATION_EDGES) {
      const k = `${e.from}>${e.to}`;
      expect(EVIDENCE, k).toContain(e.evidence);
      if (e.evidence === 'table') expect(cites(e.sources, [SOURCES.JANDA, SOURCES.NASM]), k).toBe(true);
      if (e.evidence === 'textbook') expect(cites(e.sources, TEXTBOOKS), k).toBe(true);
      if (e.relation === 'crossed_syndrome') expect(e.evidence, k).toBe('table');
    }
    const levels = new Set(COMPENSATION_EDGES.map((e) => e.evidence));
    expect([...levels].sort()).toEqual(['reasoned', 'table', 'textbook']);
  });

  it("on every muscle's referral map: textbook only when Travell & Simons is cited", () => {
    for (const m of MUSCLES) {
      expect(EVIDENCE, m.id).toContain(m.referral.evidence);
      const ts = cites(m.sources, [SOURCES.TRAVELL_SIMONS_1, SOURCES.TRAVELL_SIMONS_2]);
      expect(m.referral.evidence, m.id).toBe(ts ? 'textbook' : 'reasoned');
    }
  });
});

describe('compensation edges asked for in issue 9', () => {
  const edge = (from: string, to: string) => COMPENSATION_EDGES.find((e) => e.from === from && e.to === to);

  it.each([
    ['supraspinatus', 'serratus_anterior', 'inhibited'],
    ['supraspinatus', 'trapezius_lower', 'inhibited'],
    ['supraspinatus', 'pectoralis_minor', undefined],
    ['infraspinatus', 'serratus_anterior', 'inhibited'],
    ['infraspinatus', 'trapezius_lower', 'inhibited'],
    ['infraspinatus', 'pectoralis_minor', undefined],
    ['flexor_digitorum_superficialis', 'anterior_scalene', undefined],
    ['flexor_digitorum_superficialis', 'middle_scalene', undefined],
    ['flexor_digitorum_superficialis', 'pectoralis_minor', undefined],
    ['vastus_medialis', 'gluteus_medius', 'inhibited'],
    ['tibialis_posterior', 'gluteus_medius', 'inhibited'],
    ['subscapularis', 'trapezius_upper', undefined],
    ['subscapularis', 'levator_scapulae', undefined],
  ])('%s → %s', (from, to, state) => {
    const e = edge(from, to);
    expect(e).toBeDefined();
    expect(e?.side).toBe('same');
    expect(e?.targetState).toBe(state);
    expect(e?.evidence).toBeDefined();
  });
});

describe('nerve-root patterns', () => {
  const roots: readonly NerveRoot[] = ['C5', 'C6', 'C7', 'C8', 'L4', 'L5', 'S1'];

  it('cover C5-C8, L4, L5 and S1, each once', () => {
    expect(NERVE_ROOT_PATTERNS.map((p) => p.root)).toEqual(roots);
    for (const r of roots) expect(nerveRootPattern(r).root).toBe(r);
  });

  it('point to a radiculopathy that names the root and every region of the pattern', () => {
    for (const p of NERVE_ROOT_PATTERNS) {
      const c = getCondition(p.condition);
      expect(c.nerveRoots ?? [], p.root).toContain(p.root);
      for (const r of p.regions) expect(c.regions, `${p.root}: ${r}`).toContain(r);
      for (const r of p.keyRegions) expect(p.regions, `${p.root}: key ${r}`).toContain(r);
      expect(p.keyRegions.length, p.root).toBeGreaterThan(0);
      expect(p.myotome.length, p.root).toBeGreaterThan(0);
      expect(new Set(p.regions).size, p.root).toBe(p.regions.length);
    }
    for (const c of CONDITIONS)
      for (const root of c.nerveRoots ?? []) expect(nerveRootPattern(root).condition, c.id).toBe(c.id);
  });

  it('set neighbouring roots apart by their key regions', () => {
    const groups: readonly (readonly NerveRoot[])[] = [
      ['C5', 'C6', 'C7', 'C8'],
      ['L4', 'L5', 'S1'],
    ];
    for (const group of groups) {
      const keys = group.flatMap((r) => nerveRootPattern(r).keyRegions);
      expect(new Set(keys).size, group.join()).toBe(keys.length);
    }
  });

  it('follow the classic dermatomes', () => {
    expect(nerveRootPattern('L5').regions).toEqual(
      expect.arrayContaining(['low_back', 'outer_thigh', 'outer_lower_leg', 'top_of_foot']),
    );
    expect(nerveRootPattern('S1').regions).toEqual(expect.arrayContaining(['back_of_thigh', 'calf', 'sole', 'heel']));
    expect(nerveRootPattern('L4').regions).toEqual(expect.arrayContaining(['front_of_thigh', 'inner_knee']));
    expect(nerveRootPattern('C6').keyRegions).toEqual(['thumb_base']);
    expect(nerveRootPattern('C7').regions).toContain('back_of_upper_arm');
    expect(nerveRootPattern('C8').regions).toContain('palm');
    expect(nerveRootPattern('C5').regions).toContain('outer_shoulder');
    // the foot's top is L5, never S1; the sole and heel are S1, never L5
    expect(nerveRootPattern('S1').regions).not.toContain('top_of_foot');
    expect(nerveRootPattern('L5').regions).not.toContain('sole');
  });
});
