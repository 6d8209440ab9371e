/**
 * Words for the plan: one sentence per inflamed site (which muscle groups get no deep work there
 * and which surrounding groups may still be treated gently), the inflammatory conditions that
 * suggest marking a site, and the self-care headings. Pure: built from the domain's explanation.
 */
import type { Explanation, PlanMuscle, SelfCareItem } from '../domain/explain';
import { siteKey } from '../domain/explain';
import { GROUP_NAMES } from '../domain/groups';
import { getCondition, getMuscle, getRegion } from '../domain/knowledgeBase';
import { regionPhrase, type Vocabulary } from '../domain/labels';
import type { MuscleGroup, Side } from '../domain/types';
import { nameIn } from './wording';

/** A sentence for one inflamed site. */
export interface InflamedNote {
  /** `region|side`, as the store keys sites. */
  readonly key: string;
  readonly text: string;
}

/** How many surrounding groups a site's sentence names at most. */
const MAX_GENTLE_GROUPS = 3;

function groupWords(group: MuscleGroup): string {
  const name = GROUP_NAMES[group].name;
  return /^[A-Z][A-Z]/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Whether a plan entry lies on a site's side (a `both` entry lies on every side). */
function onSide(m: PlanMuscle, side: Side): boolean {
  return m.side === side || m.side === 'both' || m.side === 'midline' || side === 'midline';
}

/**
 * One sentence per inflamed site, e.g. "The right calf is inflamed: no deep work on the calf
 * muscles; the hamstrings and the plantar foot muscles may be treated gently." The avoided groups
 * are those of the plan's `avoid` muscles lying at the site; the gentle ones are the groups of the
 * plan's `release` list (surrounding groups first), skipping the avoided groups.
 */
export function inflamedNotes(
  explanation: Pick<Explanation, 'regions' | 'plan'>,
  vocabulary: Vocabulary,
): InflamedNote[] {
  const out: InflamedNote[] = [];
  for (const r of explanation.regions) {
    if (!r.inflamed) continue;
    const region = getRegion(r.id);
    const here = new Set(region.muscles);
    const avoided: MuscleGroup[] = [];
    for (const m of explanation.plan.avoid) {
      if (!here.has(m.id) || !onSide(m, r.side)) continue;
      const g = getMuscle(m.id).group;
      if (!avoided.includes(g)) avoided.push(g);
    }
    const gentle: MuscleGroup[] = [];
    for (const m of explanation.plan.release) {
      const g = getMuscle(m.id).group;
      if (!avoided.includes(g) && !gentle.includes(g)) gentle.push(g);
      if (gentle.length === MAX_GENTLE_GROUPS) break;
    }
    const where = regionPhrase(region, r.side, vocabulary);
    const avoidText = avoided.length
      ? `no deep work on the ${list(avoided.map(groupWords))}`
      : 'no deep work on the muscles there';
    const gentleText = gentle.length
      ? `; the ${list(gentle.map(groupWords))} may be treated gently`
      : '; the surrounding muscle groups may be treated gently';
    out.push({
      key: siteKey({ region: r.id, side: r.side }),
      text: `${capitalise(where)} is inflamed: ${avoidText}${gentleText}.`,
    });
  }
  return out;
}

/** An inflammatory condition that suggests marking a site inflamed. */
export interface InflamedSuggestion {
  /** The site's key, `region|side`. */
  readonly key: string;
  /** The condition's name in the chosen vocabulary. */
  readonly condition: string;
}

/**
 * For each selected site not yet marked inflamed: the first related condition that is marked
 * inflammatory and is felt at that site's region (the engine ranks the conditions).
 */
export function inflamedSuggestions(
  explanation: Pick<Explanation, 'regions' | 'conditions'>,
  vocabulary: Vocabulary,
): InflamedSuggestion[] {
  const out: InflamedSuggestion[] = [];
  for (const r of explanation.regions) {
    if (r.inflamed) continue;
    const c = explanation.conditions.find((x) => x.inflammatory && getCondition(x.id).regions.includes(r.id));
    if (c)
      out.push({
        key: siteKey({ region: r.id, side: r.side }),
        condition: nameIn(c, vocabulary),
      });
  }
  return out;
}

/** Self-care headings, in the order the plan shows them. */
export const SELF_CARE_KINDS: readonly { kind: SelfCareItem['kind']; plain: string; medical: string }[] = [
  { kind: 'stretch', plain: 'Stretches', medical: 'Stretching' },
  { kind: 'strengthen', plain: 'Exercises to wake muscles up', medical: 'Activation and strengthening' },
  { kind: 'posture', plain: 'Posture', medical: 'Posture' },
  { kind: 'ergonomics', plain: 'At work and at the desk', medical: 'Ergonomics' },
  { kind: 'activity', plain: 'Everyday activity', medical: 'Activity' },
];

/** Self-care items grouped by kind, in `SELF_CARE_KINDS` order, without repeated texts. */
export function selfCareGroups(
  items: readonly SelfCareItem[],
): { kind: SelfCareItem['kind']; items: SelfCareItem[] }[] {
  const seen = new Set<string>();
  return SELF_CARE_KINDS.map(({ kind }) => ({
    kind,
    items: items.filter((i) => {
      if (i.kind !== kind || seen.has(i.text)) return false;
      seen.add(i.text);
      return true;
    }),
  })).filter((g) => g.items.length > 0);
}
