/**
 * The search box's options for a list of search results: a label in the chosen vocabulary, a
 * line saying what it is and why it matched, and what picking it does. A paired region gives one
 * option per side, since a pain site always has a side. Pure (no React).
 */
import { type PainSite, regionSites } from '../domain/explain';
import { GROUP_NAMES } from '../domain/groups';
import type { MuscleRef } from '../domain/highlight';
import type { ConditionId } from '../domain/ids';
import { getCondition, getMuscle, getRegion } from '../domain/knowledgeBase';
import { regionLabel, type Vocabulary } from '../domain/labels';
import type { SearchResult } from '../domain/search';
import { nameIn, otherNameIn } from './wording';

/** What picking an option does. */
export type SearchPick =
  | { readonly kind: 'muscle'; readonly ref: MuscleRef }
  | { readonly kind: 'region'; readonly site: PainSite }
  | { readonly kind: 'condition'; readonly id: ConditionId };

export interface SearchOption {
  readonly key: string;
  readonly label: string;
  readonly detail: string;
  readonly pick: SearchPick;
}

function why(r: SearchResult, shown: string): string {
  if (r.field === 'name' || r.field === 'plain name' || r.matched.toLowerCase() === shown.toLowerCase()) return '';
  return ` · matches “${r.matched}”`;
}

/** The options for some results, in their order. */
export function searchOptions(results: readonly SearchResult[], vocabulary: Vocabulary): SearchOption[] {
  const out: SearchOption[] = [];
  for (const r of results) {
    if (r.kind === 'muscle') {
      const m = getMuscle(r.id);
      const label = nameIn(m, vocabulary);
      const other = otherNameIn(m, vocabulary);
      out.push({
        key: `muscle:${r.id}`,
        label,
        detail: `Muscle · ${other} · ${GROUP_NAMES[m.group].name}${why(r, label)}`,
        pick: { kind: 'muscle', ref: { id: r.id, side: m.bilateral ? 'both' : 'midline' } },
      });
    } else if (r.kind === 'region') {
      const region = getRegion(r.id);
      for (const site of regionSites(r.id)) {
        const label = regionLabel(region, site.side, vocabulary);
        out.push({
          key: `region:${r.id}:${site.side}`,
          label,
          detail: `Body region · add as a pain site${why(r, label)}`,
          pick: { kind: 'region', site },
        });
      }
    } else {
      const c = getCondition(r.id);
      const label = nameIn(c, vocabulary);
      out.push({
        key: `condition:${r.id}`,
        label,
        detail: `Condition${why(r, label)}`,
        pick: { kind: 'condition', id: r.id },
      });
    }
  }
  return out;
}
