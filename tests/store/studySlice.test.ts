import { describe, expect, it } from 'vitest';
import { createQuiz } from '../../src/domain/quiz';
import { currentQuestion, quizScore } from '../../src/domain/quizState';
import { createExplorerStore } from '../../src/store/explorerStore';
import { INITIAL_STUDY } from '../../src/store/studySlice';

describe('study store slice', () => {
  it('starts with the skin peeled off, every tissue on, nothing selected, no quiz', () => {
    const s = createExplorerStore().getState();
    expect(s.peel).toBe(1);
    expect(s.tissues).toEqual({ skin: true, muscles: true, bones: true });
    expect(s.isolation).toBe('all');
    expect(s.selection).toEqual([]);
    expect(s.quiz).toBeNull();
    expect(s.condition).toBeNull();
    expect(INITIAL_STUDY.studyArea).toBe('shoulder');
  });

  it('peels and switches tissues', () => {
    const store = createExplorerStore();
    store.getState().setPeel(3);
    store.getState().setTissue('bones', false);
    expect(store.getState().peel).toBe(3);
    expect(store.getState().tissues).toEqual({ skin: true, muscles: true, bones: false });
  });

  it('selects each side apart, once each; `both` replaces a single side and the other way round', () => {
    const store = createExplorerStore();
    const { addToSelection, removeFromSelection } = store.getState();
    addToSelection({ id: 'deltoid', side: 'left' });
    addToSelection({ id: 'deltoid', side: 'left' });
    addToSelection({ id: 'deltoid', side: 'right' });
    expect(store.getState().selection).toEqual([
      { id: 'deltoid', side: 'left' },
      { id: 'deltoid', side: 'right' },
    ]);
    addToSelection({ id: 'deltoid', side: 'both' });
    expect(store.getState().selection).toEqual([{ id: 'deltoid', side: 'both' }]);
    addToSelection({ id: 'deltoid', side: 'right' });
    expect(store.getState().selection).toEqual([{ id: 'deltoid', side: 'right' }]);
    removeFromSelection({ id: 'deltoid', side: 'right' });
    expect(store.getState().selection).toEqual([]);
  });

  it('isolates, hides or x-rays; "show all" undoes it; clearing the selection too', () => {
    const store = createExplorerStore();
    store.getState().setSelection([{ id: 'supraspinatus', side: 'both' }]);
    store.getState().setIsolation('xray');
    expect(store.getState().isolation).toBe('xray');
    store.getState().showAll();
    expect(store.getState().isolation).toBe('all');
    expect(store.getState().selection).toHaveLength(1);
    store.getState().setIsolation('isolate');
    store.getState().clearSelection();
    expect(store.getState()).toMatchObject({ selection: [], isolation: 'all' });
  });

  it('runs a quiz: ask, answer, feedback, next, to the end', () => {
    const store = createExplorerStore({ focus: { id: 'deltoid', side: 'both' } });
    const quiz = createQuiz('name', 'shoulder', 3, 9);
    store.getState().startQuiz(quiz);
    expect(store.getState()).toMatchObject({ quiz, quizStage: 'asking', focus: null });
    const q1 = currentQuestion(quiz)!;
    store.getState().answerQuiz(q1.answer);
    expect(store.getState().quizStage).toBe('feedback');
    // A second answer while the feedback shows is ignored.
    store.getState().answerQuiz('x');
    expect(quizScore(store.getState().quiz!)).toMatchObject({ answered: 1, correct: 1 });
    store.getState().nextQuestion();
    expect(store.getState().quizStage).toBe('asking');
    store.getState().answerQuiz('wrong');
    store.getState().nextQuestion();
    store.getState().answerQuiz(currentQuestion(store.getState().quiz!)!.answer);
    const end = store.getState();
    expect(quizScore(end.quiz!)).toEqual({ correct: 2, answered: 3, total: 3, done: true });
    // Nothing to go on to: the feedback and summary stay.
    end.nextQuestion();
    expect(store.getState().quizStage).toBe('feedback');
    store.getState().endQuiz();
    expect(store.getState()).toMatchObject({ quiz: null, quizStage: 'asking' });
  });

  it('answers a "find it" question with the muscle and side clicked', () => {
    const store = createExplorerStore();
    const quiz = createQuiz('find', 'shoulder', 2, 4);
    store.getState().startQuiz(quiz);
    const q = currentQuestion(quiz)!;
    store.getState().answerQuiz(`${q.muscleId}:${q.side}`);
    expect(store.getState().quiz!.answers[0]).toEqual({ given: q.answer, correct: true });
  });

  it('opens and closes a condition card; notices are said once', () => {
    const store = createExplorerStore();
    store.getState().openCondition('frozen_shoulder');
    expect(store.getState().condition).toBe('frozen_shoulder');
    store.getState().openCondition(null);
    expect(store.getState().condition).toBeNull();
    store.getState().notify('hello');
    store.getState().notify('hello');
    expect(store.getState().notices).toEqual(['hello']);
  });
});
