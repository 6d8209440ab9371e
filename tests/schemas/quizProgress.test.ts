import { describe, expect, it } from 'vitest';
import { answerQuestion, createQuiz, currentQuestion } from '../../src/domain/quiz';
import { emptyProgress, recordQuiz } from '../../src/domain/quizProgress';
import { readProgress } from '../../src/schemas/quizProgress';

describe('quiz progress schema', () => {
  it('records tallies and history, and round-trips through JSON', () => {
    let quiz = createQuiz('name', 'shoulder', 2, 11);
    quiz = answerQuestion(quiz, currentQuestion(quiz)!.answer);
    quiz = answerQuestion(quiz, 'nope');
    const p = recordQuiz(emptyProgress(), quiz, new Date('2026-01-02T03:04:05Z'));
    expect(p.history).toEqual([
      { at: '2026-01-02T03:04:05.000Z', kind: 'name', area: 'shoulder', correct: 1, total: 2 },
    ]);
    expect(Object.values(p.muscles).reduce((n, t) => n + (t?.asked ?? 0), 0)).toBe(2);
    expect(readProgress(JSON.stringify(p))).toEqual({ progress: p });
  });

  it('reports damaged or unknown data instead of throwing', () => {
    expect(readProgress(null).problem).toBeUndefined();
    expect(readProgress('{not json').problem).toMatch(/damaged/);
    expect(readProgress('42').problem).toMatch(/format/);
    expect(readProgress('{"version":9}').problem).toMatch(/unknown version/);
    const partly = readProgress(
      JSON.stringify({
        version: 1,
        muscles: {
          deltoid: { asked: 2, correct: 1 },
          bogus: { asked: 1, correct: 0 },
          biceps_brachii: { asked: 1, correct: 5 },
        },
        history: [1],
      }),
    );
    expect(partly.progress.muscles).toEqual({ deltoid: { asked: 2, correct: 1 } });
    expect(partly.problem).toMatch(/3 damaged entries/);
  });

  it('refuses records with more correct answers than questions, or an unknown area or kind', () => {
    const r = readProgress(
      JSON.stringify({
        version: 1,
        muscles: {},
        history: [
          { at: '2026-01-02T03:04:05.000Z', kind: 'name', area: 'shoulder', correct: 3, total: 2 },
          { at: '2026-01-02T03:04:05.000Z', kind: 'dance', area: 'shoulder', correct: 1, total: 2 },
          { at: '2026-01-02T03:04:05.000Z', kind: 'find', area: 'moon', correct: 1, total: 2 },
          { at: '2026-01-02T03:04:05.000Z', kind: 'find', area: 'all', correct: 1, total: 2 },
        ],
      }),
    );
    expect(r.progress.history).toHaveLength(1);
    expect(r.problem).toMatch(/3 damaged entries/);
  });
});
