/**
 * Quiz progress as the app holds it: the per-muscle tallies and the recent quizzes. Writing it to
 * the device is the app's job (`app/quizProgressSync.ts`); this store holds no storage or DOM
 * code. Every component that shows progress reads it from here.
 */
import { create } from 'zustand';
import type { MuscleId } from '../domain/ids';
import { emptyProgress, type MuscleTally, type QuizProgress, recordQuiz } from '../domain/quizProgress';
import type { QuizState } from '../domain/quizState';

export interface QuizProgressState {
  readonly progress: QuizProgress;
  /** Whether the progress kept on the device has been read in. */
  readonly loaded: boolean;
}

export interface QuizProgressActions {
  /** The progress read from the device; quizzes recorded before it arrived are kept too. */
  hydrate(progress: QuizProgress): void;
  /** Record a finished (or abandoned) quiz: once per quiz, and only with at least one answer. */
  record(quiz: QuizState, at?: Date): void;
}

export type QuizProgressStore = QuizProgressState & QuizProgressActions;

/** Both progresses together: tallies added, histories in time order (the last 50 kept). */
function combine(a: QuizProgress, b: QuizProgress): QuizProgress {
  const muscles: Partial<Record<MuscleId, MuscleTally>> = { ...a.muscles };
  for (const [id, t] of Object.entries(b.muscles) as [MuscleId, MuscleTally][]) {
    const old = muscles[id];
    muscles[id] = old ? { asked: old.asked + t.asked, correct: old.correct + t.correct } : t;
  }
  const history = [...a.history, ...b.history].sort((x, y) => Date.parse(x.at) - Date.parse(y.at)).slice(-50);
  return { version: a.version, muscles, history };
}

/** Make a quiz-progress store (the app uses one; tests make their own). */
export function createQuizProgressStore() {
  /** Quizzes already recorded (by their question list, which stays the same as answers come in). */
  const recorded = new WeakSet<object>();
  return create<QuizProgressStore>()((set) => ({
    progress: emptyProgress(),
    loaded: false,
    hydrate: (stored) =>
      set((s) => ({ progress: s.progress.history.length ? combine(stored, s.progress) : stored, loaded: true })),
    record: (quiz, at = new Date()) => {
      if (quiz.answers.length === 0 || recorded.has(quiz.questions)) return;
      recorded.add(quiz.questions);
      set((s) => ({ progress: recordQuiz(s.progress, quiz, at) }));
    },
  }));
}

/** The app's quiz-progress store. */
export const useQuizProgressStore = createQuizProgressStore();
