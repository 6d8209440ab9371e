/**
 * Highlight roles: which muscles of the body glow, in which colour and how strongly, for an
 * explanation. Pure: the 3D view paints what this returns, the tests compare against it.
 */
import type { Explanation, FindingsExplanation, TreatmentPlan } from './explain';
import { muscleKey } from './explain/sites';
import { type HighlightRole, type MeshHighlight, type MeshSide, roleOf, unlistedRole } from './highlightRole';
import type { MuscleId } from './ids';
import { getMuscle } from './knowledgeBase';
import type { MuscleSide } from './labels';

export type { HighlightRole, MeshHighlight, MeshSide } from './highlightRole';
export { roleOf, unlistedRole };

/**
 * Which way in the person uses: pain sites (primary/compensating), posture findings, the
 * treatment plan (avoid/release/activate), or study (the muscles themselves; no explanation is painted).
 */
export type HighlightSource = 'pain' | 'findings' | 'plan' | 'study';

/** A muscle on one side, as the focus of the muscle card. */
export interface MuscleRef {
  readonly id: MuscleId;
  readonly side: MuscleSide;
}

/** The mesh sides an explanation entry covers: `both` → left and right, bilateral `midline` → both. */
export function meshSidesOf(id: MuscleId, side: MuscleSide): MeshSide[] {
  if (!getMuscle(id).bilateral) return ['midline'];
  if (side === 'left' || side === 'right') return [side];
  return ['left', 'right'];
}

/** Strength by rank: the first entry 1, falling to 0.35 for the last. */
function rankStrength(index: number, count: number): number {
  if (count <= 1) return 1;
  return Math.round((1 - (0.65 * index) / (count - 1)) * 1000) / 1000;
}

/**
 * The highlight of every muscle mesh that has one. Meshes not in the map are `faded` when anything
 * is highlighted, and `none` otherwise (see `roleOf`). A muscle listed in two roles keeps the
 * first: avoid (inflamed site) over everything, primary over compensating, overactive over
 * underactive; in the plan, release and activate as overactive and underactive. The focused muscle, if any,
 * becomes `focus` at full strength.
 */
export function highlightRoles(
  explanation: (Pick<Explanation, 'primary' | 'compensating'> & { readonly plan?: TreatmentPlan }) | undefined,
  findings: FindingsExplanation | undefined,
  source: HighlightSource,
  focus?: MuscleRef | null,
): ReadonlyMap<string, MeshHighlight> {
  const out = new Map<string, MeshHighlight>();
  const paint = (
    entries: readonly { id: MuscleId; side: MuscleSide }[],
    role: HighlightRole,
    graded: boolean,
  ): void => {
    entries.forEach((e, i) => {
      const strength = graded ? rankStrength(i, entries.length) : 1;
      for (const s of meshSidesOf(e.id, e.side)) {
        const k = muscleKey(e.id, s);
        if (!out.has(k)) out.set(k, { role, strength });
      }
    });
  };
  // The muscles of an inflamed site keep the "no deep work" look whatever else they are.
  if ((source === 'pain' || source === 'plan') && explanation?.plan) paint(explanation.plan.avoid, 'avoid', false);
  if (source === 'plan' && explanation?.plan) {
    paint(explanation.plan.release, 'overactive', true);
    paint(explanation.plan.activate, 'underactive', true);
  } else if (source === 'pain' && explanation) {
    paint(explanation.primary, 'primary', true);
    // Two groups, each ranked on its own: working harder (release) and switched off (activate).
    paint(
      explanation.compensating.filter((m) => m.state !== 'inhibited'),
      'compensating',
      true,
    );
    paint(
      explanation.compensating.filter((m) => m.state === 'inhibited'),
      'inhibited',
      true,
    );
  } else if (source === 'findings' && findings) {
    paint(findings.overactive, 'overactive', true);
    paint(findings.underactive, 'underactive', true);
  }
  if (focus) {
    for (const s of meshSidesOf(focus.id, focus.side)) out.set(muscleKey(focus.id, s), { role: 'focus', strength: 1 });
  }
  return out;
}
