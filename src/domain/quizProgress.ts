/**
 * Quiz progress kept on the device: per-muscle tallies and a short history of finished quizzes,
 * with a schema version. Reading never throws: data it cannot use is reported, not dropped.
 */
import { MUSCLE_IDS, type MuscleId } from './ids';
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

/** Result of reading stored progress. */
export interface ProgressRead {
  readonly progress: QuizProgress;
  /** A plain sentence when something could not be read (the caller keeps the raw data aside). */
  readonly problem?: string;
}

const KINDS = new Set(['find', 'name', 'action', 'nerve']);

/** Read stored progress (a JSON string, or null when there is none). */
export function readProgress(raw: string | null): ProgressRead {
  if (raw === null || raw === '') return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'The saved quiz progress is damaged and could not be read.' };
  }
  if (typeof data !== 'object' || data === null) {
    return { progress: emptyProgress(), problem: 'The saved quiz progress is not in a known format.' };
  }
  const d = data as { version?: unknown; muscles?: unknown; history?: unknown };
  if (d.version !== QUIZ_PROGRESS_VERSION) {
    return {
      progress: emptyProgress(),
      problem: `The saved quiz progress is from an unknown version (${String(d.version)}).`,
    };
  }
  const muscles: Partial<Record<MuscleId, MuscleTally>> = {};
  let dropped = 0;
  if (typeof d.muscles === 'object' && d.muscles !== null) {
    for (const [id, t] of Object.entries(d.muscles as Record<string, unknown>)) {
      const tally = t as { asked?: unknown; correct?: unknown } | null;
      const ok =
        (MUSCLE_IDS as readonly string[]).includes(id) &&
        tally !== null &&
        typeof tally === 'object' &&
        Number.isInteger(tally.asked) &&
        Number.isInteger(tally.correct) &&
        (tally.correct as number) >= 0 &&
        (tally.correct as number) <= (tally.asked as number);
      if (ok) muscles[id as MuscleId] = { asked: tally.asked as number, correct: tally.correct as number };
      else dropped++;
    }
  }
  const history: QuizRecord[] = [];
  if (Array.isArray(d.history)) {
    for (const h of d.history as unknown[]) {
      const r = h as Partial<QuizRecord> | null;
      if (
        r &&
        typeof r.at === 'string' &&
        !Number.isNaN(Date.parse(r.at)) &&
        KINDS.has(r.kind as string) &&
        typeof r.area === 'string' &&
        Number.isInteger(r.correct) &&
        Number.isInteger(r.total)
      ) {
        history.push({
          at: r.at,
          kind: r.kind as QuizKind,
          area: r.area as QuizArea,
          correct: r.correct as number,
          total: r.total as number,
        });
      } else dropped++;
    }
  }
  return {
    progress: { version: QUIZ_PROGRESS_VERSION, muscles, history },
    ...(dropped
      ? {
          problem: `${dropped} damaged entr${dropped === 1 ? 'y' : 'ies'} in the saved quiz progress could not be read.`,
        }
      : {}),
  };
}
