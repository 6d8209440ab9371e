import { describe, expect, it } from 'vitest';
import { NERVE_ROOT_PATTERNS } from '../../src/domain/data/nerveRoots';
import { REGION_CAUTIONS } from '../../src/domain/data/regionCautions';
import { SELF_CARE_ADVICE, SELF_CARE_EXERCISES } from '../../src/domain/data/selfCare';
import { ALL_SOURCES, chapter, isSharedSource, SOURCES } from '../../src/domain/data/sources';
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

  it('recognises its works and their chapters, and nothing else', () => {
    expect(isSharedSource(SOURCES.MAGEE)).toBe(true);
    expect(isSharedSource(chapter(SOURCES.TRAVELL_SIMONS_2, 8))).toBe(true);
    expect(isSharedSource(chapter(SOURCES.TRAVELL_SIMONS_1, 'the abdominal muscles'))).toBe(true);
    expect(isSharedSource('Magee, Orthopedic Physical Assessment')).toBe(false);
    expect(isSharedSource(`${SOURCES.MAGEE}, some page`)).toBe(false);
    expect(isSharedSource(`${SOURCES.TRAVELL_SIMONS_2}, ch. eight`)).toBe(false);
    expect(isSharedSource("Gray's Anatomy, 42nd ed.")).toBe(false);
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
