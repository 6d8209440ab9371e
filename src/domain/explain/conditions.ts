/**
 * Stage 4: the related conditions felt at the selected sites.
 *
 * A condition scores by where the sites sit in its own region list (its typical site first), plus
 * a bonus for its best-matching muscle among the top primary muscles — the best single match, so a
 * long muscle list does not make a condition likelier — less a little for very broad conditions.
 * A nerve-root condition (radiculopathy) whose root's pattern the sites follow ranks first.
 */
import { NERVE_ROOT_PATTERNS } from '../data/nerveRoots';
import type { MuscleId } from '../ids';
import { CONDITIONS, getMuscle, getRegion } from '../knowledgeBase';
import { regionPhrase, type Vocabulary } from '../labels';
import type { Condition, NerveRoot, NerveRootPattern } from '../types';
import type { ExplainedCondition, NormalisedSite, PrimaryMuscle } from './types';
import { round, sentenceList } from './util';
import { WEIGHTS } from './weights';

/** How many top primary muscles a condition's muscles are matched against. */
const TOP_PRIMARY = 6;

/** How well the sites follow one nerve root's pattern. */
export interface RootMatch {
  readonly root: NerveRoot;
  /** The selected sites inside the pattern (on one side; midline sites count for either). */
  readonly sites: readonly NormalisedSite[];
  /** Whether a key (far, root-specific) region is among them. */
  readonly key: boolean;
}

/**
 * The best match of the sites with a root's dermatome pattern, per side of the body (a nerve root
 * is one-sided; midline sites such as the sacrum count for either side).
 */
export function matchRoot(sites: readonly NormalisedSite[], pattern: NerveRootPattern): RootMatch {
  let best: RootMatch = { root: pattern.root, sites: [], key: false };
  for (const side of ['left', 'right'] as const) {
    const inside = sites.filter((s) => (s.side === side || s.side === 'midline') && pattern.regions.includes(s.region));
    const key = inside.some((s) => pattern.keyRegions.includes(s.region));
    if (inside.length > best.sites.length || (inside.length === best.sites.length && key && !best.key)) {
      best = { root: pattern.root, sites: inside, key };
    }
  }
  return best;
}

/** The strongest nerve-root match among a condition's roots, if the sites follow any. */
export function nerveRootMatch(condition: Condition, sites: readonly NormalisedSite[]): RootMatch | undefined {
  if (!condition.nerveRoots?.length) return undefined;
  let best: RootMatch | undefined;
  for (const p of NERVE_ROOT_PATTERNS) {
    if (p.condition !== condition.id || !condition.nerveRoots.includes(p.root)) continue;
    const m = matchRoot(sites, p);
    if (!m.key || m.sites.length < 2) continue;
    if (!best || m.sites.length > best.sites.length) best = m;
  }
  return best;
}

/** Rank the conditions felt at the selected sites, most likely first. */
export function rankConditions(
  sites: readonly NormalisedSite[],
  primary: readonly PrimaryMuscle[],
  vocabulary: Vocabulary,
): ExplainedCondition[] {
  const topRank = new Map<string, number>();
  for (const [k, p] of primary.slice(0, TOP_PRIMARY).entries()) if (!topRank.has(p.id)) topRank.set(p.id, k);
  const out: ExplainedCondition[] = [];
  CONDITIONS.forEach((c, order) => {
    let score = 0;
    const felt: string[] = [];
    for (const site of sites) {
      const i = c.regions.indexOf(site.region);
      if (i < 0) continue;
      score += Math.max(0.4, 1 - 0.12 * i);
      felt.push(regionPhrase(getRegion(site.region), site.side, vocabulary));
    }
    if (score === 0) return;
    // The best single muscle match: the condition's leading muscles against the top primaries.
    let best = 0;
    const shared: MuscleId[] = [];
    c.muscles.forEach((id, j) => {
      const k = topRank.get(id);
      if (k === undefined) return;
      shared.push(id);
      best = Math.max(best, Math.max(0.3, 1 - 0.1 * j) * (1 - 0.1 * k));
    });
    score += WEIGHTS.conditionMuscleBonus * best;
    // Broad, body-wide conditions sink below the specific ones.
    score -= 0.02 * c.regions.length;
    const root = nerveRootMatch(c, sites);
    if (root) score += root.sites.length >= 3 ? WEIGHTS.nerveRootMatch : WEIGHTS.nerveRootPartial;
    const sharedNames = shared.slice(0, 3).map((id) => getMuscle(id).name.toLowerCase());
    const why =
      `Often felt at ${sentenceList(felt)}` +
      (sharedNames.length ? `; involves the ${sentenceList(sharedNames)}.` : '.') +
      (root
        ? ` The sites follow the ${root.root} nerve-root pattern${root.sites.length >= 3 ? '' : ' in part'}: ${vocabulary === 'plain' ? 'a nerve may be irritated where it leaves the spine' : 'consider radiculopathy; check dermatome, myotome and reflexes'}.`
        : '');
    out.push({
      id: c.id,
      name: c.name,
      plainName: c.plainName,
      why,
      description: c.description,
      inflammatory: c.inflammatory,
      caution: c.caution,
      redFlags: c.redFlags,
      score: round(score - order * 1e-6),
    });
  });
  return out.sort((a, b) => b.score - a.score).slice(0, WEIGHTS.maxConditions);
}
