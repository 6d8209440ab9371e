import { describe, expect, it } from 'vitest';
import { isSharedSource } from '../../src/domain/citations';
import { FINDINGS } from '../../src/domain/data/findings';
import { SOURCES } from '../../src/domain/data/sources';
import { collectFindings } from '../../src/domain/explain/findings';
import { FINDING_IDS, MUSCLE_IDS } from '../../src/domain/ids';
import type { Finding, FindingSideRelation } from '../../src/domain/types';

const muscleIds = new Set<string>(MUSCLE_IDS);
const PERRY = SOURCES.PERRY;

const GAIT_IDS = [
  'trendelenburg_gait',
  'compensated_trendelenburg',
  'overpronation_midstance',
  'early_heel_rise',
  'toeing_out',
  'foot_drop',
  'hip_hiking',
  'reduced_hip_extension',
  'reduced_arm_swing',
  'antalgic_gait',
  'knee_hyperextension_gait',
];

/** Where a listed muscle lies relative to the selected side. */
function relation(f: Finding, list: 'overactive' | 'underactive', id: string): FindingSideRelation {
  return (f.sides?.[list] as Record<string, FindingSideRelation> | undefined)?.[id] ?? 'same';
}

/** Two relations that can put the same muscle on the same side. */
function overlap(a: FindingSideRelation, b: FindingSideRelation): boolean {
  return a === 'both' || b === 'both' || a === b;
}

const byId = (id: string) => FINDINGS.find((f) => f.id === id)!;

describe('findings data', () => {
  it('has the eleven gait findings, kind gait, in id order after posture and squat', () => {
    expect(FINDINGS.filter((f) => f.kind === 'gait').map((f) => f.id)).toEqual(GAIT_IDS);
    expect(FINDINGS.map((f) => f.id)).toEqual([...FINDING_IDS]);
    const kinds = FINDINGS.map((f) => f.kind);
    expect(kinds.indexOf('gait')).toBeGreaterThan(kinds.lastIndexOf('overhead_squat'));
  });

  it('has the new standing and squat findings with the right kinds', () => {
    for (const id of ['scapular_winging', 'genu_recurvatum', 'sway_back', 'lateral_shift'])
      expect(byId(id).kind, id).toBe('posture');
    expect(byId('heels_rise').kind).toBe('overhead_squat');
  });

  it('names every finding in medical and plain words, and describes what is seen', () => {
    for (const f of FINDINGS) {
      expect(f.name.length, f.id).toBeGreaterThan(5);
      expect(f.plainName.length, f.id).toBeGreaterThan(5);
      expect(f.plainName, f.id).not.toBe(f.name);
      expect(f.description.length, f.id).toBeGreaterThan(60);
    }
    const plain = FINDINGS.map((f) => f.plainName.toLowerCase());
    expect(new Set(plain).size).toBe(plain.length);
  });

  it('lists only existing muscles, each at most once per list, and at least one per list', () => {
    for (const f of FINDINGS) {
      for (const list of ['overactive', 'underactive'] as const) {
        expect(f[list].length, `${f.id} ${list}`).toBeGreaterThan(0);
        expect(new Set(f[list]).size, `${f.id} ${list}`).toBe(f[list].length);
        for (const m of f[list]) expect(muscleIds.has(m), `${f.id} → ${m}`).toBe(true);
      }
    }
  });

  it('never makes a muscle both overactive and underactive on the same side', () => {
    for (const f of FINDINGS) {
      for (const id of f.overactive.filter((m) => f.underactive.includes(m))) {
        // Only a one-sided finding may name a muscle twice, and then on different sides.
        expect(f.sideMeans, `${f.id}: ${id} in both lists needs a side`).toBeDefined();
        expect(overlap(relation(f, 'overactive', id), relation(f, 'underactive', id)), `${f.id}: ${id}`).toBe(false);
      }
    }
  });

  it('gives side relations only for muscles the finding lists, and only on one-sided findings', () => {
    for (const f of FINDINGS) {
      if (!f.sides) continue;
      expect(f.sideMeans, f.id).toBeDefined();
      for (const list of ['overactive', 'underactive'] as const)
        for (const id of Object.keys(f.sides[list] ?? {}))
          expect(f[list] as readonly string[], `${f.id} ${list} ${id}`).toContain(id);
    }
  });

  it('lets every gait finding be one-sided and says what the side means', () => {
    for (const id of GAIT_IDS) expect(byId(id).sideMeans?.length, id).toBeGreaterThan(5);
  });

  it('sources every finding from the shared table, gait findings from a gait text', () => {
    for (const f of FINDINGS) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) expect(isSharedSource(s), `${f.id}: ${s}`).toBe(true);
    }
    for (const id of GAIT_IDS) expect(byId(id).sources, id).toContain(PERRY);
  });

  it('warns where a finding may have a nerve or joint cause', () => {
    for (const id of ['foot_drop', 'reduced_arm_swing', 'scapular_winging', 'lateral_shift', 'antalgic_gait']) {
      expect(byId(id).caution, id).toMatch(/physician|emergency/);
    }
    expect(byId('foot_drop').caution).toMatch(/nerve/);
    expect(byId('lateral_shift').caution).toMatch(/bladder/);
  });

  it('encodes the classic muscle patterns', () => {
    expect(byId('trendelenburg_gait').underactive).toContain('gluteus_medius');
    expect(byId('compensated_trendelenburg').underactive).toContain('gluteus_medius');
    expect(byId('foot_drop').underactive).toContain('tibialis_anterior');
    expect(byId('early_heel_rise').overactive).toEqual(expect.arrayContaining(['soleus', 'gastrocnemius_medial_head']));
    expect(byId('heels_rise').overactive).toContain('soleus');
    expect(byId('heels_rise').underactive).toContain('tibialis_anterior');
    expect(byId('scapular_winging').underactive).toContain('serratus_anterior');
    expect(byId('reduced_hip_extension').overactive).toEqual(expect.arrayContaining(['psoas_major', 'iliacus']));
    expect(byId('reduced_hip_extension').underactive).toContain('gluteus_maximus');
    expect(byId('knee_hyperextension_gait').underactive).toContain('vastus_medialis');
    expect(byId('sway_back').overactive).toContain('semitendinosus');
  });
});

describe('one-sided findings through the engine', () => {
  const sideOf = (list: readonly { id: string; side: string }[], id: string) =>
    list.filter((m) => m.id === id).map((m) => m.side);

  it('puts the weak gluteus medius of a right Trendelenburg on the right', () => {
    const f = collectFindings([{ id: 'trendelenburg_gait', side: 'right' }]);
    expect(sideOf(f.underactive, 'gluteus_medius')).toEqual(['right']);
    expect(sideOf(f.overactive, 'tensor_fasciae_latae')).toEqual(['right']);
    expect(f.findings[0]?.kind).toBe('gait');
  });

  it('loads the sound leg in an antalgic gait and inhibits the painful one', () => {
    const f = collectFindings([{ id: 'antalgic_gait', side: 'right' }]);
    expect(sideOf(f.overactive, 'gluteus_medius')).toEqual(['left']);
    expect(sideOf(f.underactive, 'gluteus_medius')).toEqual(['right']);
    expect(sideOf(f.overactive, 'soleus')).toEqual(['left']);
  });

  it('puts every muscle of every one-sided finding on a definite side, never on both lists at once', () => {
    for (const finding of FINDINGS) {
      if (!finding.sideMeans) continue;
      for (const side of ['left', 'right'] as const) {
        const f = collectFindings([{ id: finding.id, side }]);
        const over = new Set(f.overactive.map((m) => `${m.id}|${m.side}`));
        for (const m of f.underactive) {
          expect(over.has(`${m.id}|${m.side}`), `${finding.id} ${side}: ${m.id} ${m.side}`).toBe(false);
          if (m.side !== 'both' && m.side !== 'midline') {
            expect(['left', 'right']).toContain(m.side);
          }
        }
      }
    }
  });

  it('mirrors a left finding onto the left side', () => {
    const r = collectFindings([{ id: 'foot_drop', side: 'right' }]);
    const l = collectFindings([{ id: 'foot_drop', side: 'left' }]);
    expect(sideOf(r.underactive, 'tibialis_anterior')).toEqual(['right']);
    expect(sideOf(l.underactive, 'tibialis_anterior')).toEqual(['left']);
  });
});
