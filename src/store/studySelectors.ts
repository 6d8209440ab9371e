/**
 * Derived views of the study state: the roles (painted, labelled, framed) and what the body
 * shows, computed by the domain functions and memoised on the inputs they depend on.
 */
import type { MeshHighlight, MeshSide, MuscleRef } from '../domain/highlight';
import type { MuscleId } from '../domain/ids';
import { questionInView, type StudyRoles, studyRoles } from '../domain/studyRoles';
import { type StudyView, studyView } from '../domain/studyView';
import type { ExplorerState } from './explorerStore';
import { memo } from './memo';
import { INITIAL_STUDY } from './studySlice';

/** The inputs the study roles depend on. */
export type StudyRolesState = Pick<ExplorerState, 'focus' | 'selection' | 'quiz' | 'quizStage'>;

/** The inputs the study view depends on. */
export type StudyViewState = StudyRolesState & Pick<ExplorerState, 'peel' | 'tissues' | 'isolation'>;

/** Fill in study inputs a partial state lacks (tests and older callers pass only the explorer's). */
export function withStudyDefaults<S extends Pick<ExplorerState, 'focus'> & Partial<StudyViewState>>(
  s: S,
): S & StudyViewState {
  return {
    ...s,
    selection: s.selection ?? INITIAL_STUDY.selection,
    quiz: s.quiz ?? INITIAL_STUDY.quiz,
    quizStage: s.quizStage ?? INITIAL_STUDY.quizStage,
    peel: s.peel ?? INITIAL_STUDY.peel,
    tissues: s.tissues ?? INITIAL_STUDY.tissues,
    isolation: s.isolation ?? INITIAL_STUDY.isolation,
  };
}

const roles = memo(
  (
    focus: StudyRolesState['focus'],
    selection: StudyRolesState['selection'],
    quiz: StudyRolesState['quiz'],
    quizStage: StudyRolesState['quizStage'],
  ): StudyRoles => studyRoles({ focus, selection, quiz, quizStage }),
);

/** The study roles: what is painted, labelled and framed. */
export function selectStudyRoles(s: StudyRolesState): StudyRoles {
  return roles(s.focus, s.selection, s.quiz, s.quizStage);
}

/** Mesh keys always drawn: the open card's muscle and a quiz question's muscles (not the selection). */
const markedOf = memo((paint: ReadonlyMap<string, MeshHighlight>): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const [k, h] of paint) if (h.role !== 'selected') out.add(k);
  return out;
});

const view = memo(
  (
    peel: StudyViewState['peel'],
    tissues: StudyViewState['tissues'],
    isolation: StudyViewState['isolation'],
    selection: StudyViewState['selection'],
    marked: ReadonlySet<string>,
    reveal: boolean,
  ): StudyView =>
    reveal
      ? // After a "find it" answer, the answer (and the wrong click) show through the rest.
        studyView({ peel, tissues, mode: 'xray', selection: refsOf(marked), marked })
      : studyView({ peel, tissues, mode: isolation, selection, marked }),
);

/** Muscle references from mesh keys (`id|side`). */
function refsOf(keys: ReadonlySet<string>): MuscleRef[] {
  return [...keys].map((k) => {
    const [id, side] = k.split('|') as [MuscleId, MeshSide];
    return { id, side };
  });
}

/** Whether the answer to a "find it" question is being shown. */
function revealing(s: StudyRolesState): boolean {
  return s.quizStage === 'feedback' && questionInView(s.quiz, s.quizStage)?.kind === 'find';
}

/** What the body shows in study mode. */
export function selectStudyView(s: StudyViewState): StudyView {
  return view(s.peel, s.tissues, s.isolation, s.selection, markedOf(selectStudyRoles(s).paint), revealing(s));
}

/** A study view and the colours painted on it, as one value (new only when either changes). */
export interface StudyPaint {
  readonly view: StudyView;
  readonly roles: ReadonlyMap<string, MeshHighlight>;
  /**
   * Whether selected muscles are tinted. When they are shown alone or through the rest, they keep
   * their own colours (the tint would make them all look alike).
   */
  readonly tintSelected: boolean;
}

const paintOf = memo(
  (v: StudyView, r: ReadonlyMap<string, MeshHighlight>, tintSelected: boolean): StudyPaint => ({
    view: v,
    roles: r,
    tintSelected,
  }),
);

/** What the 3D view paints in study mode. */
export function selectStudyPaint(s: StudyViewState): StudyPaint {
  const isolating = (s.isolation === 'isolate' || s.isolation === 'xray') && s.selection.length > 0;
  return paintOf(selectStudyView(s), selectStudyRoles(s).paint, !isolating);
}
