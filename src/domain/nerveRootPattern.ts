/** Looking up one nerve root's pattern in the table of `data/nerveRoots.ts` (plain data). */
import { NERVE_ROOT_PATTERNS } from './data/nerveRoots';
import type { NerveRoot, NerveRootPattern } from './types';

let byRoot: Map<NerveRoot, NerveRootPattern> | undefined;

/** The pattern of one nerve root. */
export function nerveRootPattern(root: NerveRoot): NerveRootPattern {
  byRoot ??= new Map(NERVE_ROOT_PATTERNS.map((p) => [p.root, p]));
  const p = byRoot.get(root);
  if (!p) throw new Error(`unknown nerve root: ${root}`);
  return p;
}
