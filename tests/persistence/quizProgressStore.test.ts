import { describe, expect, it } from 'vitest';
import { createQuiz } from '../../src/domain/quiz';
import { emptyProgress, recordQuiz } from '../../src/domain/quizProgress';
import { answerQuestion } from '../../src/domain/quizState';
import { loadQuizProgress, QUIZ_PROGRESS_KEY, saveQuizProgress } from '../../src/persistence/quizProgressStore';
import { quarantinedKeys } from '../../src/persistence/sessionStore';
import { memoryStorage } from './memoryStorage';

const NOW = new Date('2025-03-04T05:06:07.000Z');

function someProgress() {
  const quiz = createQuiz('find', 'shoulder', 2, 1);
  return recordQuiz(emptyProgress(), answerQuestion(quiz, quiz.questions[0]!.answer), NOW);
}

describe('quiz progress on the device', () => {
  it('starts empty and round-trips', () => {
    const st = memoryStorage();
    expect(loadQuizProgress(st, NOW)).toEqual({ progress: emptyProgress() });
    const p = someProgress();
    expect(saveQuizProgress(st, p)).toBeNull();
    expect(loadQuizProgress(st, NOW)).toEqual({ progress: p });
  });

  it('keeps damaged progress aside under a dated quarantine key, says so, and starts afresh', () => {
    const st = memoryStorage({ [QUIZ_PROGRESS_KEY]: '{"version":1,"muscles":{' });
    const r = loadQuizProgress(st, NOW);
    expect(r.progress).toEqual(emptyProgress());
    const key = `myotrace.quarantine.quiz.${NOW.toISOString()}`;
    expect(quarantinedKeys(st)).toEqual([key]);
    expect(st.getItem(key)).toBe('{"version":1,"muscles":{');
    expect(r.problem).toContain(key);
    // Read once: the next load finds nothing wrong.
    expect(loadQuizProgress(st, NOW).problem).toBeUndefined();
  });

  it('keeps what can be read of partly damaged progress, and the original aside', () => {
    const good = someProgress();
    const raw = JSON.stringify({ ...good, muscles: { ...good.muscles, not_a_muscle: { asked: 1, correct: 0 } } });
    const st = memoryStorage({ [QUIZ_PROGRESS_KEY]: raw });
    const r = loadQuizProgress(st, NOW);
    expect(r.progress).toEqual(good);
    expect(r.problem).toMatch(/1 damaged entry/);
    expect(st.getItem(quarantinedKeys(st)[0]!)).toBe(raw);
  });

  it('an unknown version is kept aside, not read', () => {
    const st = memoryStorage({ [QUIZ_PROGRESS_KEY]: '{"version":99}' });
    const r = loadQuizProgress(st, NOW);
    expect(r.problem).toMatch(/unknown version/);
    expect(quarantinedKeys(st)).toHaveLength(1);
  });

  it('says so, without throwing, when storage is blocked or full', () => {
    const blocked = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
    };
    expect(loadQuizProgress(blocked, NOW).problem).toMatch(/blocks storage/);
    expect(saveQuizProgress(blocked, emptyProgress())).toMatch(/could not be saved/);
  });
});
