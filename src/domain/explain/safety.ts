/**
 * Stage 5: the safety layer. Red-flag rules fire on one region, on a pattern of several sites or
 * on the health intake; every rule that fires is returned (never capped, never dropped), emergency
 * first. The cautions list opens with the safety texts, then the note that this is not a
 * diagnosis, the inflammation rule, each site's own caution, the endangerment sites and the
 * intake cautions.
 */

import { ENDANGERMENT_SITES, SAFETY_RULES } from '../data/safetyRules';
import type { IntakeId } from '../ids';
import { intakeQuestion } from '../intake';
import { getFinding, getRegion } from '../knowledgeBase';
import { regionPhrase, type Vocabulary } from '../labels';
import { regionCaution } from '../regionCaution';
import type { SafetyRule, SitePattern, Urgency } from '../types';
import { siteTag } from './sites';
import type { ExplainedCondition, FindingSelection, NormalisedSite, SafetyAlert } from './types';
import { sentenceList } from './util';

/** The note shown with every explanation. */
export const NOT_A_DIAGNOSIS = 'These are likely contributors to discuss with a therapist, not a diagnosis.';

/** How a region caution that names endangered structures begins (its therapist text). */
const ENDANGERMENT_PREFIX = 'Endangerment site';

const URGENCY_RANK: Record<Urgency, number> = { emergency: 0, urgent: 1, soon: 2 };

function siteMatches(site: NormalisedSite, group: SitePattern): boolean {
  if (group.alsoAnySide?.includes(site.region)) return true;
  if (!group.regions.includes(site.region)) return false;
  return group.side === undefined || site.side === group.side;
}

/**
 * Match every group of a pattern to a different site (backtracking; patterns are short). Returns
 * the matched sites in group order, or undefined when the pattern does not match.
 */
export function matchPattern(
  sites: readonly NormalisedSite[],
  pattern: readonly SitePattern[],
): NormalisedSite[] | undefined {
  const used = new Set<number>();
  const chosen: NormalisedSite[] = [];
  const go = (g: number): boolean => {
    if (g === pattern.length) return true;
    const group = pattern[g] as SitePattern;
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i] as NormalisedSite;
      if (used.has(i) || !siteMatches(site, group)) continue;
      used.add(i);
      chosen.push(site);
      if (go(g + 1)) return true;
      used.delete(i);
      chosen.pop();
    }
    return false;
  };
  return pattern.length > 0 && go(0) ? chosen : undefined;
}

/** The sites that make a rule fire ([] for an intake rule that fires), or undefined when it does not. */
export function ruleFires(
  rule: SafetyRule,
  sites: readonly NormalisedSite[],
  intake: ReadonlySet<IntakeId>,
): NormalisedSite[] | undefined {
  if (rule.requiresIntake && !rule.requiresIntake.some((id) => intake.has(id))) return undefined;
  if (rule.exceptIntake?.some((id) => intake.has(id))) return undefined;
  const bySite = rule.regions !== undefined || rule.pattern !== undefined;
  if (bySite) {
    const matched: NormalisedSite[] = [];
    if (rule.regions) for (const s of sites) if (rule.regions.includes(s.region)) matched.push(s);
    if (rule.pattern) {
      if (!matchPattern(sites, rule.pattern)) return undefined;
      // Report every site that belongs to the pattern, not only the first match of each group.
      for (const s of sites) if (!matched.includes(s) && rule.pattern.some((g) => siteMatches(s, g))) matched.push(s);
    }
    return matched.length > 0 ? matched : undefined;
  }
  if (rule.intake?.some((id) => intake.has(id))) return [];
  return undefined;
}

/**
 * Every safety rule that fires for these sites and intake answers, emergency → urgent → soon
 * (then in the order of the rule table). `vocabulary` picks `text`: client words for plain,
 * therapist words for medical. Nothing is capped.
 */
export function safetyFor(
  sites: readonly NormalisedSite[],
  intake: readonly IntakeId[],
  vocabulary: Vocabulary = 'plain',
): SafetyAlert[] {
  const answers = new Set(intake);
  const out: { alert: SafetyAlert; order: number }[] = [];
  SAFETY_RULES.forEach((rule, order) => {
    const matched = ruleFires(rule, sites, answers);
    if (!matched) return;
    out.push({
      order,
      alert: {
        id: rule.id,
        urgency: rule.urgency,
        text: vocabulary === 'plain' ? rule.clientText : rule.therapistText,
        clientText: rule.clientText,
        therapistText: rule.therapistText,
        sites: matched.map(siteTag),
        sources: rule.sources,
      },
    });
  });
  return out
    .sort((a, b) => URGENCY_RANK[a.alert.urgency] - URGENCY_RANK[b.alert.urgency] || a.order - b.order)
    .map((x) => x.alert);
}

/** Findings that are nerve signs first and muscle patterns second: same-day review, not "soon". */
const URGENT_FINDINGS: ReadonlySet<string> = new Set(['foot_drop']);

/**
 * The selected findings whose record says a physician should look first (foot drop, winging or a
 * lean that appeared suddenly...) as safety alerts: `urgent` for a nerve sign such as foot drop,
 * `soon` otherwise; each finding once, in selection order.
 */
export function findingAlerts(findings: readonly FindingSelection[]): SafetyAlert[] {
  const seen = new Set<string>();
  const out: SafetyAlert[] = [];
  for (const f of findings) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const finding = getFinding(f.id);
    if (!finding.caution) continue;
    out.push({
      id: `finding_${finding.id}`,
      urgency: URGENT_FINDINGS.has(finding.id) ? 'urgent' : 'soon',
      text: finding.caution,
      clientText: finding.caution,
      therapistText: finding.caution,
      sites: [],
      sources: finding.sources,
    });
  }
  return out;
}

/** Safety alerts from several stages in one list: emergency first, each stage's order kept. */
export function mergeAlerts(...lists: readonly (readonly SafetyAlert[])[]): SafetyAlert[] {
  return lists.flat().sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency]);
}

const URGENCY_WORDS: Record<Urgency, { plain: string; medical: string }> = {
  emergency: { plain: 'Emergency', medical: 'Emergency' },
  urgent: { plain: 'See a doctor today', medical: 'Urgent (same day)' },
  soon: { plain: 'See a doctor soon', medical: 'Refer (within days)' },
};

/** A safety alert as one caution line, urgency first. */
export function safetyLine(alert: SafetyAlert, vocabulary: Vocabulary = 'plain'): string {
  return `${URGENCY_WORDS[alert.urgency][vocabulary]}: ${alert.text}`;
}

/**
 * The cautions: the safety texts (emergency first), the not-a-diagnosis note, the inflammation
 * rule, each region's own caution, the no-deep-pressure endangerment sites, then the intake cautions.
 */
export function buildCautions(
  sites: readonly NormalisedSite[],
  conditions: readonly ExplainedCondition[],
  safety: readonly SafetyAlert[],
  intake: readonly IntakeId[],
  vocabulary: Vocabulary = 'plain',
): string[] {
  const cautions: string[] = safety.map((a) => safetyLine(a, vocabulary));
  cautions.push(NOT_A_DIAGNOSIS);
  const phrase = (s: NormalisedSite) => regionPhrase(getRegion(s.region), s.side, vocabulary);
  const marked = sites.filter((s) => s.inflamed);
  if (marked.length > 0) {
    cautions.push(
      `${capitalise(sentenceList(marked.map(phrase)))} ${marked.length > 1 ? 'are' : 'is'} marked inflamed: no deep-tissue work there while it is inflamed; the surrounding muscle groups may still be treated gently.`,
    );
  } else {
    const inflammatory = conditions.filter((c) => c.inflammatory);
    if (inflammatory.length > 0 && sites.length > 0) {
      const where =
        sites.length === 1 ? phrase(sites[0] as NormalisedSite) : `any of ${sentenceList(sites.map(phrase))}`;
      cautions.push(
        `If ${where} is swollen, warm or red (possible ${sentenceList(inflammatory.slice(0, 3).map((c) => c.plainName.toLowerCase()))}), ` +
          'it gets no deep-tissue work while inflamed; the surrounding muscle groups may still be treated gently.',
      );
    }
  }
  const regions = new Set<string>();
  /** Regions whose own caution already names their endangered structures. */
  const covered = new Set<string>();
  for (const s of sites) {
    if (regions.has(s.region)) continue;
    regions.add(s.region);
    const rc = regionCaution(s.region);
    if (rc.therapistText.startsWith(ENDANGERMENT_PREFIX)) covered.add(s.region);
    cautions.push(vocabulary === 'plain' ? rc.clientText : rc.therapistText);
  }
  for (const e of ENDANGERMENT_SITES) {
    if (sites.some((s) => e.regions.includes(s.region) && !covered.has(s.region))) {
      cautions.push(vocabulary === 'plain' ? e.clientText : e.therapistText);
    }
  }
  for (const id of intake) {
    const q = intakeQuestion(id);
    const text = vocabulary === 'plain' ? q.caution : q.therapistCaution;
    if (!cautions.includes(text)) cautions.push(text);
  }
  return cautions;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
