import { describe, expect, it } from 'vitest';
import { createQuiz } from '../../src/domain/quiz';
import { emptyProgress, recordQuiz } from '../../src/domain/quizProgress';
import { musclesToReview, recentQuizzes } from '../../src/domain/quizReview';
import { answerQuestion, type QuizState } from '../../src/domain/quizState';

function answerAll(quiz: QuizState, right: (i: number) => boolean): QuizState {
  let q = quiz;
  quiz.questions.forEach((question, i) => {
    q = answerQuestion(q, right(i) ? question.answer : 'nothing');
  });
  return q;
}

describe('quiz review', () => {
  it('lists the muscles missed, the worst first, and only among those asked for', () => {
    const quiz = answerAll(createQuiz('name', 'shoulder', 6, 5), (i) => i % 2 === 0);
    let progress = recordQuiz(emptyProgress(), quiz, new Date('2025-01-01T10:00:00Z'));
    const again = answerAll(createQuiz('name', 'shoulder', 6, 5), () => false);
    progress = recordQuiz(progress, again, new Date('2025-01-02T10:00:00Z'));
    const review = musclesToReview(progress, 10);
    const missedAlways = quiz.questions.filter((_, i) => i % 2 === 1).map((q) => q.muscleId);
    expect(
      review
        .slice(0, missedAlways.length)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...missedAlways].sort());
    for (const r of review) expect(r.correct).toBeLessThan(r.asked);
    expect(musclesToReview(progress, 2)).toHaveLength(2);
    expect(musclesToReview(progress, 10, new Set(['deltoid' as const])).every((r) => r.id === 'deltoid')).toBe(true);
  });

  it('lists the latest quizzes first, by area', () => {
    const a = answerAll(createQuiz('find', 'shoulder', 3, 1), () => true);
    const b = answerAll(createQuiz('find', 'arm', 3, 1), () => true);
    let p = recordQuiz(emptyProgress(), a, new Date('2025-01-01T00:00:00Z'));
    p = recordQuiz(p, b, new Date('2025-01-02T00:00:00Z'));
    expect(recentQuizzes(p).map((r) => r.area)).toEqual(['arm', 'shoulder']);
    expect(recentQuizzes(p, 5, 'shoulder').map((r) => r.area)).toEqual(['shoulder']);
    expect(recentQuizzes(emptyProgress())).toEqual([]);
  });
});
