import { describe, expect, it } from 'vitest';
import { answerQuestion, createQuiz, currentQuestion } from '../../src/domain/quiz';
import { emptyProgress, recordQuiz } from '../../src/domain/quizProgress';
import { createQuizProgressStore } from '../../src/store/quizProgressStore';

function answered(seed: number) {
  let quiz = createQuiz('name', 'shoulder', 2, seed);
  quiz = answerQuestion(quiz, currentQuestion(quiz)!.answer);
  return quiz;
}

describe('the quiz-progress store', () => {
  it('records a quiz once, and never one without answers', () => {
    const store = createQuizProgressStore();
    const quiz = answered(3);
    store.getState().record(createQuiz('name', 'shoulder', 2, 4));
    expect(store.getState().progress.history).toEqual([]);
    store.getState().record(quiz, new Date('2026-01-01T00:00:00Z'));
    store.getState().record(answerQuestion(quiz, 'nope'), new Date('2026-01-01T00:01:00Z'));
    expect(store.getState().progress.history).toHaveLength(1);
  });

  it('keeps quizzes recorded before the stored progress arrived', () => {
    const store = createQuizProgressStore();
    store.getState().record(answered(5), new Date('2026-02-01T00:00:00Z'));
    const stored = recordQuiz(emptyProgress(), answered(6), new Date('2026-01-01T00:00:00Z'));
    store.getState().hydrate(stored);
    const { progress, loaded } = store.getState();
    expect(loaded).toBe(true);
    expect(progress.history.map((h) => h.at)).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
    const asked = Object.values(progress.muscles).reduce((n, t) => n + (t?.asked ?? 0), 0);
    expect(asked).toBe(2);
  });
});
