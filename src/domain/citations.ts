/**
 * Citing the table of sources (`data/sources.ts`): a chapter of one of its works, and whether a
 * citation comes from the table. Code kept apart from the table, which ships as plain data.
 */
import { ALL_SOURCES, type Source } from './data/sources';

/**
 * A chapter of a work in the table: `chapter(SOURCES.TRAVELL_SIMONS_2, 8)` →
 * "Travell & Simons, …, vol. 2 (1992), ch. 8"; a string names the chapter by its subject.
 */
export function chapter(source: Source, which: number | string): string {
  return typeof which === 'number' ? `${source}, ch. ${which}` : `${source}, chapter on ${which}`;
}

/** Whether a citation comes from the table: one of its works, or a chapter of one. */
export function isSharedSource(citation: string): boolean {
  return ALL_SOURCES.some(
    (s) =>
      citation === s ||
      (citation.startsWith(`${s}, `) && /^, (ch\. \d+|chapter on [a-z][a-z ,-]*)$/.test(citation.slice(s.length))),
  );
}
