/**
 * Posture, squat and gait findings → the muscles likely overactive and underactive, with sides.
 */
import type { FindingId, MuscleId } from '../ids';
import { getFinding, getMuscle } from '../knowledgeBase';
import type { MuscleSide } from '../labels';
import type { Finding, FindingSideRelation } from '../types';
import { findingKey, muscleKey } from './sites';
import type { FindingMuscle, FindingSelection, FindingsExplanation } from './types';
import { byScoreThenOrder, flipSide } from './util';

/** The findings without repeats (same id and side). */
export function uniqueFindings(findings: readonly FindingSelection[]): FindingSelection[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = findingKey(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Where a muscle of a finding lies relative to the selected side (same unless the record says otherwise). */
export function sideRelationOf(
  finding: Finding,
  list: 'overactive' | 'underactive',
  id: MuscleId,
): FindingSideRelation {
  return finding.sides?.[list]?.[id] ?? 'same';
}

/** The muscles of the findings without plan and safety (the plan stage needs these first). */
export function collectFindings(
  findings: readonly FindingSelection[],
): Pick<FindingsExplanation, 'findings' | 'overactive' | 'underactive'> {
  const list = uniqueFindings(findings);
  const collect = (pick: 'overactive' | 'underactive'): FindingMuscle[] => {
    const acc = new Map<
      string,
      { id: MuscleId; side: MuscleSide; relation?: FindingSideRelation; findings: FindingId[] }
    >();
    for (const f of list) {
      const record = getFinding(f.id);
      for (const id of record[pick]) {
        const m = getMuscle(id);
        let side: MuscleSide;
        let relation: FindingSideRelation | undefined;
        if (!m.bilateral) side = 'midline';
        else if (!f.side) side = 'both';
        else {
          relation = sideRelationOf(record, pick, id);
          side = relation === 'both' ? 'both' : relation === 'opposite' ? flipSide(f.side) : f.side;
        }
        const k = muscleKey(id, side);
        const e = acc.get(k) ?? { id, side, ...(relation ? { relation } : {}), findings: [] };
        if (!e.findings.includes(f.id)) e.findings.push(f.id);
        acc.set(k, e);
      }
    }
    return [...acc.values()]
      .map((e) => ({ ...e, score: e.findings.length }))
      .sort(byScoreThenOrder)
      .map((e) => {
        const m = getMuscle(e.id);
        return {
          id: e.id,
          name: m.name,
          plainName: m.plainName,
          side: e.side,
          ...(e.relation ? { sideRelation: e.relation } : {}),
          findings: e.findings,
        };
      });
  };
  return {
    findings: list.map((f) => {
      const r = getFinding(f.id);
      return { id: f.id, name: r.name, plainName: r.plainName, kind: r.kind, ...(f.side ? { side: f.side } : {}) };
    }),
    overactive: collect('overactive'),
    underactive: collect('underactive'),
  };
}
