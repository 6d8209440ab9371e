/**
 * The treatment plan for everything chosen: the pain sites with their inflamed marks, the posture
 * and movement findings and the health intake, in one plan (the domain merges them: a muscle is
 * listed once, never both avoided and released). Memoised on those inputs.
 */
import { type Explanation, explain, type TreatmentPlan } from '../domain/explain';
import type { ExplorerState } from './explorerStore';
import { memo } from './memo';

const explainAll = memo(
  (
    sites: ExplorerState['sites'],
    findings: ExplorerState['findings'],
    intake: ExplorerState['intake'],
    vocabulary: ExplorerState['vocabulary'],
  ): Explanation => explain({ sites, findings, intake }, vocabulary),
);

const NO_INTAKE: ExplorerState['intake'] = [];

type PlanInputs = Pick<ExplorerState, 'sites' | 'findings'> & Partial<Pick<ExplorerState, 'intake' | 'vocabulary'>>;

/** The explanation of the sites, findings and intake together (its `plan` is the whole plan). */
export function selectPlanExplanation(s: PlanInputs): Explanation {
  return explainAll(s.sites, s.findings, s.intake ?? NO_INTAKE, s.vocabulary ?? 'plain');
}

/** The whole treatment plan for what is chosen now. */
export function selectPlan(s: PlanInputs): TreatmentPlan {
  return selectPlanExplanation(s).plan;
}

/** Whether there is anything to plan from (a pain site or a finding). */
export function selectHasPlanInput(s: Pick<ExplorerState, 'sites' | 'findings'>): boolean {
  return s.sites.length > 0 || s.findings.length > 0;
}
