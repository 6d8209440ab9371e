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
  (sites: ExplorerState['sites'], vocabulary: ExplorerState['vocabulary']): Explanation =>
    explain({ sites }, vocabulary),
);
const explainPosture = memo((findings: ExplorerState['findings']): FindingsExplanation | undefined =>
  findings.length > 0 ? explainFindings(findings) : undefined,
);

/**
 * The pain explanation for the selected sites (empty lists when nothing is selected), its "why"
 * sentences worded in the chosen vocabulary.
 */
export function selectExplanation(
  s: Pick<ExplorerState, 'sites'> & Partial<Pick<ExplorerState, 'vocabulary'>>,
): Explanation {
  return explainSites(s.sites, s.vocabulary ?? 'plain');
}

/** The posture explanation for the selected findings, if any. */
export function selectFindings(s: Pick<ExplorerState, 'findings'>): FindingsExplanation | undefined {
  return explainPosture(s.findings);
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
