/**
 * Stage 4: the related conditions felt at the selected sites.
 */
import { CONDITIONS, getMuscle, getRegion } from '../knowledgeBase';
import { regionPhrase, type Vocabulary } from '../labels';
import type { ExplainedCondition, NormalisedSite, PrimaryMuscle } from './types';
import { round, sentenceList } from './util';
import { WEIGHTS } from './weights';

/** Rank the conditions felt at the selected sites, most likely first. */
export function rankConditions(
  sites: readonly NormalisedSite[],
  primary: readonly PrimaryMuscle[],
  vocabulary: Vocabulary,
): ExplainedCondition[] {
  const topMuscles = new Set(primary.slice(0, 6).map((p) => p.id));
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
    const shared = c.muscles.filter((id) => topMuscles.has(id));
    score += 0.15 * shared.length;
    // Broad, body-wide conditions sink below the specific ones.
    score -= 0.02 * c.regions.length;
    const sharedNames = shared.slice(0, 3).map((id) => getMuscle(id).name.toLowerCase());
    const why =
      `Often felt at ${sentenceList(felt)}` +
      (sharedNames.length ? `; involves the ${sentenceList(sharedNames)}.` : '.');
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
