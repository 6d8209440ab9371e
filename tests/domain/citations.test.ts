import { describe, expect, it } from 'vitest';
import { chapter, isSharedSource } from '../../src/domain/citations';
import { SOURCES } from '../../src/domain/data/sources';

describe('citing the table of sources', () => {
  it('names a chapter by number or by subject', () => {
    expect(chapter(SOURCES.TRAVELL_SIMONS_2, 8)).toBe(`${SOURCES.TRAVELL_SIMONS_2}, ch. 8`);
    expect(chapter(SOURCES.TRAVELL_SIMONS_1, 'the abdominal muscles')).toBe(
      `${SOURCES.TRAVELL_SIMONS_1}, chapter on the abdominal muscles`,
    );
  });

  it('recognises the works of the table and their chapters, and nothing else', () => {
    expect(isSharedSource(SOURCES.MAGEE)).toBe(true);
    expect(isSharedSource(chapter(SOURCES.TRAVELL_SIMONS_2, 8))).toBe(true);
    expect(isSharedSource(chapter(SOURCES.TRAVELL_SIMONS_1, 'the abdominal muscles'))).toBe(true);
    expect(isSharedSource('Magee, Orthopedic Physical Assessment')).toBe(false);
    expect(isSharedSource(`${SOURCES.MAGEE}, some page`)).toBe(false);
    expect(isSharedSource(`${SOURCES.TRAVELL_SIMONS_2}, ch. eight`)).toBe(false);
    expect(isSharedSource("Gray's Anatomy, 42nd ed.")).toBe(false);
  });
});
