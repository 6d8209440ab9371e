/**
 * What a student's quiz progress says: the muscles most often got wrong (to review) and the
 * latest quizzes. Pure.
 */
import type { MuscleId } from './ids';
import { MUSCLE_ORDER } from './knowledgeBase';
import type { QuizArea } from './quiz';
import type { QuizProgress, QuizRecord } from './quizProgress';

export interface MuscleToReview {
  readonly id: MuscleId;
  readonly asked: number;
  readonly correct: number;
}

/**
 * The muscles missed at least once, the lowest share of right answers first (then the most
 * asked, then head to foot); only those of `among` when given.
 */
export function musclesToReview(progress: QuizProgress, limit = 5, among?: ReadonlySet<MuscleId>): MuscleToReview[] {
  const out: MuscleToReview[] = [];
  for (const [id, t] of Object.entries(progress.muscles) as [MuscleId, { asked: number; correct: number }][]) {
    if (!t || t.correct >= t.asked) continue;
    if (among && !among.has(id)) continue;
    out.push({ id, asked: t.asked, correct: t.correct });
  }
  return out
    .sort(
      (a, b) =>
        a.correct / a.asked - b.correct / b.asked ||
        b.asked - a.asked ||
        (MUSCLE_ORDER.get(a.id) ?? 0) - (MUSCLE_ORDER.get(b.id) ?? 0),
    )
    .slice(0, limit);
}

/** The latest quizzes, newest first; only those of an area when given. */
export function recentQuizzes(progress: QuizProgress, limit = 5, area?: QuizArea): QuizRecord[] {
  return progress.history
    .filter((r) => area === undefined || r.area === area)
    .slice(-limit)
    .reverse();
}
