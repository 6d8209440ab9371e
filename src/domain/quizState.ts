/**
 * The state of a quiz and its moves (the current question, answering, the score), apart from the
 * questions' making: this module reads no knowledge-base data, so the store can use it and stay
 * small. Pure.
 */
import type { MuscleId } from './ids';
import type { BodyArea, PairedSide } from './types';

/** The kinds of question. */
export type QuizKind = 'find' | 'name' | 'action' | 'nerve';

/** Areas a quiz can cover; `all` is the whole body. */
export type QuizArea = BodyArea | 'all';

/** One choice of a multiple-choice question. */
export interface QuizOption {
  readonly id: string;
  readonly label: string;
}

/** One question. `find` questions are answered with a muscle and side; the others with an option id. */
export interface QuizQuestion {
  readonly kind: QuizKind;
  readonly muscleId: MuscleId;
  /** The side the question is about (for `find`, the side that must be clicked; `midline` for the diaphragm). */
  readonly side: PairedSide | 'midline';
  readonly prompt: string;
  readonly options: readonly QuizOption[];
  /** The correct option id (`find`: `muscleId:side`). */
  readonly answer: string;
}

/** What the student answered and whether it was right. */
export interface QuizAnswer {
  readonly given: string;
  readonly correct: boolean;
}

/** A quiz in progress. */
export interface QuizState {
  readonly kind: QuizKind;
  readonly area: QuizArea;
  readonly seed: number;
  readonly questions: readonly QuizQuestion[];
  readonly answers: readonly QuizAnswer[];
}

/** The question waiting for an answer, or undefined when the quiz is over. */
export function currentQuestion(state: QuizState): QuizQuestion | undefined {
  return state.questions[state.answers.length];
}

/**
 * Answer the current question. For `find`, `given` is `muscleId:side` of what was clicked (a
 * click on the right muscle but the wrong side is wrong: sides matter). Answering a finished
 * quiz changes nothing.
 */
export function answerQuestion(state: QuizState, given: string): QuizState {
  const q = currentQuestion(state);
  if (!q) return state;
  return { ...state, answers: [...state.answers, { given, correct: given === q.answer }] };
}

/** Score so far. */
export function quizScore(state: QuizState): { correct: number; answered: number; total: number; done: boolean } {
  const correct = state.answers.filter((a) => a.correct).length;
  return {
    correct,
    answered: state.answers.length,
    total: state.questions.length,
    done: state.answers.length >= state.questions.length,
  };
}
