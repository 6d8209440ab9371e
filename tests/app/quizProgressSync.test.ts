import { beforeEach, describe, expect, it } from 'vitest';
import { startQuizProgressSync } from '../../src/app/quizProgressSync';
import { answerQuestion, createQuiz, currentQuestion } from '../../src/domain/quiz';
import { emptyProgress, recordQuiz } from '../../src/domain/quizProgress';
import { QUIZ_PROGRESS_KEY } from '../../src/persistence/quizProgressStore';
import { quarantinedKeys } from '../../src/persistence/sessionStore';
import { INITIAL_STATE, useExplorer } from '../../src/store/explorerStore';
import { createQuizProgressStore } from '../../src/store/quizProgressStore';
import { memoryStorage } from '../persistence/memoryStorage';

const quiz = () => {
  const q = createQuiz('name', 'shoulder', 2, 9);
  return answerQuestion(q, currentQuestion(q)!.answer);
};

beforeEach(() => useExplorer.setState({ ...INITIAL_STATE }));

describe('keeping quiz progress on the device', () => {
  it('reads the stored progress into the store and writes each recorded quiz', () => {
    const stored = recordQuiz(emptyProgress(), quiz(), new Date('2026-01-01T00:00:00Z'));
    const st = memoryStorage({ [QUIZ_PROGRESS_KEY]: JSON.stringify(stored) });
    const store = createQuizProgressStore();
    const stop = startQuizProgressSync(st, store);
    expect(store.getState().progress).toEqual(stored);
    store.getState().record(quiz(), new Date('2026-01-02T00:00:00Z'));
    expect(JSON.parse(st.getItem(QUIZ_PROGRESS_KEY)!).history).toHaveLength(2);
    stop();
    store.getState().record(quiz(), new Date('2026-01-03T00:00:00Z'));
    expect(JSON.parse(st.getItem(QUIZ_PROGRESS_KEY)!).history).toHaveLength(2);
  });

  it('keeps damaged progress aside and says so', () => {
    const st = memoryStorage({ [QUIZ_PROGRESS_KEY]: '{oops' });
    const store = createQuizProgressStore();
    startQuizProgressSync(st, store)();
    expect(store.getState()).toMatchObject({ loaded: true, progress: emptyProgress() });
    expect(quarantinedKeys(st)).toHaveLength(1);
    expect(useExplorer.getState().notices.join(' ')).toMatch(/damaged.*kept aside/);
  });

  it('says when storage is blocked, and still counts quizzes in this visit', () => {
    const store = createQuizProgressStore();
    startQuizProgressSync(null, store)();
    store.getState().record(quiz());
    expect(store.getState().progress.history).toHaveLength(1);
    expect(useExplorer.getState().notices.join(' ')).toMatch(/blocks storage/);
  });
});
