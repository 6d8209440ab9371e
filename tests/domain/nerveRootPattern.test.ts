import { describe, expect, it } from 'vitest';
import { NERVE_ROOT_PATTERNS } from '../../src/domain/data/nerveRoots';
import { nerveRootPattern } from '../../src/domain/nerveRootPattern';
import type { NerveRoot } from '../../src/domain/types';

describe('nerveRootPattern', () => {
  it("finds each root's own record of the table", () => {
    for (const p of NERVE_ROOT_PATTERNS) expect(nerveRootPattern(p.root)).toBe(p);
  });

  it('throws on a root the table does not hold', () => {
    expect(() => nerveRootPattern('T4' as NerveRoot)).toThrow(/unknown nerve root: T4/);
  });
});
