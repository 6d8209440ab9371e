/**
 * Derived views of the study state: the roles (painted, labelled, framed) and what the body
 * shows, computed by the domain functions and memoised on the inputs they depend on.
 */
import type { MeshHighlight } from '../domain/highlight';
import { type StudyRoles, studyRoles } from '../domain/studyRoles';
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
  ): StudyView => studyView({ peel, tissues, mode: isolation, selection, marked }),
);

/** What the body shows in study mode. */
export function selectStudyView(s: StudyViewState): StudyView {
  return view(s.peel, s.tissues, s.isolation, s.selection, markedOf(selectStudyRoles(s).paint));
}

/** A study view and the colours painted on it, as one value (new only when either changes). */
export interface StudyPaint {
  readonly view: StudyView;
  readonly roles: ReadonlyMap<string, MeshHighlight>;
}

const paintOf = memo((v: StudyView, r: ReadonlyMap<string, MeshHighlight>): StudyPaint => ({ view: v, roles: r }));

/** What the 3D view paints in study mode. */
export function selectStudyPaint(s: StudyViewState): StudyPaint {
  return paintOf(selectStudyView(s), selectStudyRoles(s).paint);
}
