import { describe, expect, it } from 'vitest';
import { getMuscle } from '../../src/domain/knowledgeBase';
import {
  answerQuestion,
  createQuiz,
  currentQuestion,
  quizAreas,
  quizMistakes,
  quizMuscles,
  quizScore,
  seededRandom,
} from '../../src/domain/quiz';

describe('quiz', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(createQuiz('name', 'shoulder', 8, 42)).toEqual(createQuiz('name', 'shoulder', 8, 42));
    expect(createQuiz('name', 'shoulder', 8, 42).questions.map((q) => q.muscleId)).not.toEqual(
      createQuiz('name', 'shoulder', 8, 43).questions.map((q) => q.muscleId),
    );
  });

  it('draws questions from the area, one per muscle', () => {
    const quiz = createQuiz('find', 'shoulder', 50, 1);
    const pool = quizMuscles('shoulder').map((m) => m.id);
    expect(quiz.questions.length).toBe(pool.length);
    expect(new Set(quiz.questions.map((q) => q.muscleId)).size).toBe(pool.length);
    for (const q of quiz.questions) expect(pool).toContain(q.muscleId);
  });

  it('builds four distinct options with exactly one right answer', () => {
    for (const kind of ['name', 'action', 'nerve'] as const) {
      const quiz = createQuiz(kind, 'all', 30, 7);
      for (const q of quiz.questions) {
        expect(q.options).toHaveLength(4);
        expect(new Set(q.options.map((o) => o.label.toLowerCase())).size).toBe(4);
        expect(q.options.filter((o) => o.id === q.answer)).toHaveLength(1);
      }
    }
  });

  it('names the side in find questions and requires the right side', () => {
    const quiz = createQuiz('find', 'thigh', 3, 5);
    const q = currentQuestion(quiz)!;
    expect(q.prompt).toContain(q.side);
    const wrongSide = q.side === 'left' ? 'right' : 'left';
    expect(answerQuestion(quiz, `${q.muscleId}:${wrongSide}`).answers[0]?.correct).toBe(false);
    expect(answerQuestion(quiz, `${q.muscleId}:${q.side}`).answers[0]?.correct).toBe(true);
  });

  it('scores, finishes, and lists mistakes for review', () => {
    let quiz = createQuiz('name', 'forearm', 3, 9);
    const q0 = currentQuestion(quiz)!;
    quiz = answerQuestion(quiz, q0.answer);
    const q1 = currentQuestion(quiz)!;
    const wrong = q1.options.find((o) => o.id !== q1.answer)!;
    quiz = answerQuestion(quiz, wrong.id);
    quiz = answerQuestion(quiz, currentQuestion(quiz)!.answer);
    expect(quizScore(quiz)).toEqual({ correct: 2, answered: 3, total: 3, done: true });
    expect(currentQuestion(quiz)).toBeUndefined();
    expect(answerQuestion(quiz, 'x')).toBe(quiz);
    const mistakes = quizMistakes(quiz);
    expect(mistakes).toHaveLength(1);
    expect(mistakes[0]?.rightLabel).toBe(getMuscle(q1.muscleId).name);
    expect(mistakes[0]?.givenLabel).toBe(wrong.label);
  });

  it('offers only areas with enough muscles', () => {
    const areas = quizAreas();
    expect(areas[0]).toBe('all');
    expect(areas).toContain('shoulder');
    for (const a of areas) expect(quizMuscles(a).length).toBeGreaterThanOrEqual(4);
  });

  it('has a uniform-looking PRNG', () => {
    const r = seededRandom(3);
    const xs = Array.from({ length: 2000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1);
  });
});
