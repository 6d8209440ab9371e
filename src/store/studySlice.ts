/**
 * The study part of the store: inputs only. The layer peel and tissue toggles, the selected
 * muscles and what to do with them (isolate, hide, x-ray), the condition card, and the quiz in
 * progress. What the body shows is derived from these by the domain (`studyView`, `studyRoles`).
 *
 * Like the rest of the store, this module reads no knowledge-base data (the first chunk stays
 * small): quizzes are made by the caller and passed in.
 */

import { muscleKey } from '../domain/explain/keys';
import type { MuscleRef } from '../domain/highlight';
import type { ConditionId } from '../domain/ids';
import { answerQuestion, currentQuestion, type QuizArea, type QuizState } from '../domain/quizState';
import type { QuizStage } from '../domain/studyRoles';
import type { IsolationMode, PeelLevel, TissueToggles } from '../domain/studyView';

export interface StudyState {
  readonly peel: PeelLevel;
  readonly tissues: TissueToggles;
  readonly isolation: IsolationMode;
  readonly selection: readonly MuscleRef[];
  /** The body area the study panel lists and quizzes on. */
  readonly studyArea: QuizArea;
  /** The condition whose card is open (from the search), if any. */
  readonly condition: ConditionId | null;
  readonly quiz: QuizState | null;
  readonly quizStage: QuizStage;
}

export interface StudyActions {
  setPeel(peel: PeelLevel): void;
  setTissue(tissue: keyof TissueToggles, on: boolean): void;
  /** Add a muscle (side `both`, `left`, `right` or `midline`) to the selection; the same side again is ignored. */
  addToSelection(ref: MuscleRef): void;
  removeFromSelection(ref: MuscleRef): void;
  /** Replace the selection. */
  setSelection(refs: readonly MuscleRef[]): void;
  clearSelection(): void;
  setStudyArea(area: QuizArea): void;
  setIsolation(mode: IsolationMode): void;
  /** Undo isolating, hiding and x-ray: every muscle the layers allow is shown again. */
  showAll(): void;
  openCondition(id: ConditionId | null): void;
  /** Begin a quiz (made by `createQuiz`); closes the muscle card so it gives nothing away. */
  startQuiz(quiz: QuizState): void;
  /** Answer the open question (`muscleId:side` for "find it", the option id otherwise). */
  answerQuiz(given: string): void;
  /** Leave the feedback on the last answer and ask the next question. */
  nextQuestion(): void;
  endQuiz(): void;
}

/** The study state a fresh app starts in: the skin peeled off, every muscle shown. */
export const INITIAL_STUDY: StudyState = {
  peel: 1,
  tissues: { skin: true, muscles: true, bones: true },
  isolation: 'all',
  selection: [],
  studyArea: 'shoulder',
  condition: null,
  quiz: null,
  quizStage: 'asking',
};

const refKey = (r: MuscleRef) => muscleKey(r.id, r.side);

type Set<S> = (partial: Partial<S> | ((s: S) => Partial<S>)) => void;

/** The study actions, for a store whose state includes `StudyState` and `focus`. */
export function studyActions<S extends StudyState & { readonly focus: MuscleRef | null }>(set: Set<S>): StudyActions {
  const update = (f: (s: S) => Partial<StudyState & { focus: MuscleRef | null }>) => set((s) => f(s) as Partial<S>);
  return {
    setPeel: (peel) => update(() => ({ peel })),
    setTissue: (tissue, on) => update((s) => ({ tissues: { ...s.tissues, [tissue]: on } })),
    addToSelection: (ref) =>
      update((s) => {
        if (s.selection.some((r) => refKey(r) === refKey(ref))) return {};
        // A side replaces the same muscle's other entries ("both" covers the sides and vice versa).
        const rest = s.selection.filter((r) => r.id !== ref.id || (r.side !== 'both' && ref.side !== 'both'));
        return { selection: [...rest, ref] };
      }),
    removeFromSelection: (ref) => update((s) => ({ selection: s.selection.filter((r) => refKey(r) !== refKey(ref)) })),
    setSelection: (refs) => update(() => ({ selection: [...refs] })),
    clearSelection: () => update(() => ({ selection: [], isolation: 'all' })),
    setStudyArea: (studyArea) => update(() => ({ studyArea })),
    setIsolation: (isolation) => update(() => ({ isolation })),
    showAll: () => update(() => ({ isolation: 'all' })),
    openCondition: (condition) => update(() => ({ condition })),
    startQuiz: (quiz) => update(() => ({ quiz, quizStage: 'asking', focus: null, condition: null })),
    answerQuiz: (given) =>
      update((s) => {
        if (!s.quiz || s.quizStage !== 'asking' || !currentQuestion(s.quiz)) return {};
        return { quiz: answerQuestion(s.quiz, given), quizStage: 'feedback' };
      }),
    nextQuestion: () =>
      update((s) => (s.quiz && currentQuestion(s.quiz) && s.quizStage === 'feedback' ? { quizStage: 'asking' } : {})),
    endQuiz: () => update(() => ({ quiz: null, quizStage: 'asking' })),
  };
}
