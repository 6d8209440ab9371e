/**
 * Quiz progress kept on the device: per-muscle tallies and a short history of finished quizzes,
 * with a schema version. Reading stored progress is `schemas/quizProgress.ts` (untrusted input is
 * checked there, so the domain needs no schema library).
 */
import type { MuscleId } from './ids';
import type { QuizArea, QuizKind, QuizState } from './quiz';

/** The schema version written by this code. */
export const QUIZ_PROGRESS_VERSION = 1;

export interface MuscleTally {
  readonly asked: number;
  readonly correct: number;
}

export interface QuizRecord {
  /** ISO date-time the quiz finished. */
  readonly at: string;
  readonly kind: QuizKind;
  readonly area: QuizArea;
  readonly correct: number;
  readonly total: number;
}

export interface QuizProgress {
  readonly version: typeof QUIZ_PROGRESS_VERSION;
  readonly muscles: Readonly<Partial<Record<MuscleId, MuscleTally>>>;
  readonly history: readonly QuizRecord[];
}

/** Progress with nothing in it. */
export function emptyProgress(): QuizProgress {
  return { version: QUIZ_PROGRESS_VERSION, muscles: {}, history: [] };
}

/** Add a finished (or abandoned) quiz to the progress; keeps the last 50 quizzes. */
export function recordQuiz(progress: QuizProgress, quiz: QuizState, at: Date): QuizProgress {
  const muscles: Partial<Record<MuscleId, MuscleTally>> = { ...progress.muscles };
  quiz.answers.forEach((a, i) => {
    const q = quiz.questions[i];
    if (!q) return;
    const t = muscles[q.muscleId] ?? { asked: 0, correct: 0 };
    muscles[q.muscleId] = { asked: t.asked + 1, correct: t.correct + (a.correct ? 1 : 0) };
  });
  const record: QuizRecord = {
    at: at.toISOString(),
    kind: quiz.kind,
    area: quiz.area,
    correct: quiz.answers.filter((a) => a.correct).length,
    total: quiz.answers.length,
  };
  return { version: QUIZ_PROGRESS_VERSION, muscles, history: [...progress.history, record].slice(-50) };
}
