/**
 * Derived views of the store: the explanation and the highlight roles, computed by the domain
 * functions and memoised on the inputs they depend on (so a hover never recomputes them).
 */
import { type Explanation, explain, explainFindings, type FindingsExplanation } from '../domain/explain';
import { highlightRoles, type MeshHighlight } from '../domain/highlight';
import type { ExplorerState } from './explorerStore';
import { memo } from './memo';
import { selectPlanExplanation } from './planSelectors';
import { type StudyRolesState, selectStudyRoles, withStudyDefaults } from './studySelectors';

const explainSites = memo(
  (
    sites: ExplorerState['sites'],
    intake: ExplorerState['intake'],
    vocabulary: ExplorerState['vocabulary'],
  ): Explanation => explain({ sites, intake }, vocabulary),
);
const explainPosture = memo(
  (
    findings: ExplorerState['findings'],
    intake: ExplorerState['intake'],
    vocabulary: ExplorerState['vocabulary'],
  ): FindingsExplanation | undefined =>
    findings.length > 0 ? explainFindings(findings, intake, vocabulary) : undefined,
);

/** No health-intake answers (one array, so the memo keeps its value). */
const NO_INTAKE: ExplorerState['intake'] = [];

/**
 * The pain explanation for the selected sites and the health-intake answers (empty lists when
 * nothing is selected): its "why" sentences and safety alerts worded in the chosen vocabulary,
 * the intake's alerts and cautions included.
 */
export function selectExplanation(
  s: Pick<ExplorerState, 'sites'> & Partial<Pick<ExplorerState, 'vocabulary' | 'intake'>>,
): Explanation {
  return explainSites(s.sites, s.intake ?? NO_INTAKE, s.vocabulary ?? 'plain');
}

/**
 * The posture explanation for the selected findings, if any, with the safety alerts of the
 * health-intake answers, worded in the chosen vocabulary.
 */
export function selectFindings(
  s: Pick<ExplorerState, 'findings'> & Partial<Pick<ExplorerState, 'vocabulary' | 'intake'>>,
): FindingsExplanation | undefined {
  return explainPosture(s.findings, s.intake ?? NO_INTAKE, s.vocabulary ?? 'plain');
}

const roles = memo(
  (
    explanation: Explanation,
    findings: FindingsExplanation | undefined,
    source: ExplorerState['source'],
    focus: ExplorerState['focus'],
  ) => highlightRoles(explanation, findings, source, focus),
);

/** The highlight of each muscle mesh for the current inputs (in study mode: the labelled muscles). */
export function selectHighlight(
  s: Pick<ExplorerState, 'sites' | 'findings' | 'source' | 'focus'> & Partial<StudyRolesState>,
): ReadonlyMap<string, MeshHighlight> {
  if (s.source === 'study') return selectStudyRoles(withStudyDefaults(s)).labels;
  if (s.source === 'plan') return roles(selectPlanExplanation(s), undefined, s.source, s.focus);
  return roles(selectExplanation(s), selectFindings(s), s.source, s.focus);
}

/** Whether anything is highlighted (the skin turns translucent then). */
export function selectHasHighlight(s: Pick<ExplorerState, 'sites' | 'findings' | 'source' | 'focus'>): boolean {
  return selectHighlight(s).size > 0;
}

/** The muscles the camera frames: the highlight, or in study mode what the study roles frame. */
export function selectFraming(
  s: Pick<ExplorerState, 'sites' | 'findings' | 'source' | 'focus'> & Partial<StudyRolesState>,
): ReadonlyMap<string, MeshHighlight> {
  if (s.source === 'study') return selectStudyRoles(withStudyDefaults(s)).frame;
  return selectHighlight(s);
}
