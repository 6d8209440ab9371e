import { describe, expect, it } from 'vitest';
import { isSharedSource } from '../../src/domain/citations';
import { NERVE_ROOT_PATTERNS } from '../../src/domain/data/nerveRoots';
import { REGION_CAUTIONS } from '../../src/domain/data/regionCautions';
import { SELF_CARE_ADVICE, SELF_CARE_EXERCISES } from '../../src/domain/data/selfCare';
import { ALL_SOURCES } from '../../src/domain/data/sources';
import { COMPENSATION_EDGES, CONDITIONS, FINDINGS, MUSCLES, REGIONS } from '../../src/domain/knowledgeBase';

function label(r: object): string {
  const o = r as Record<string, unknown>;
  return String(o.id ?? o.region ?? o.root ?? o.muscleId ?? `${String(o.from)}>${String(o.to)}`);
}

describe('the shared table of sources', () => {
  it('names each work once, with no two entries for the same citation', () => {
    expect(new Set(ALL_SOURCES).size).toBe(ALL_SOURCES.length);
    for (const s of ALL_SOURCES) expect(s.trim(), s).toBe(s);
  });

  it('is the only source of citations in every record of the knowledge base', () => {
    const records: readonly { readonly sources: readonly string[] }[] = [
      ...MUSCLES,
      ...REGIONS,
      ...CONDITIONS,
      ...FINDINGS,
      ...COMPENSATION_EDGES,
      ...REGION_CAUTIONS,
      ...NERVE_ROOT_PATTERNS,
      ...SELF_CARE_EXERCISES,
      ...SELF_CARE_ADVICE,
    ];
    const stray: string[] = [];
    for (const r of records) {
      expect(r.sources.length, label(r)).toBeGreaterThan(0);
      for (const s of r.sources) if (!isSharedSource(s)) stray.push(`${label(r)}: ${s}`);
    }
    expect(stray).toEqual([]);
  });
});
