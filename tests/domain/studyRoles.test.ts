import { describe, expect, it } from 'vitest';
import { muscleKey } from '../../src/domain/explain';
import { createQuiz, quizMuscles } from '../../src/domain/quiz';
import { answerQuestion, currentQuestion } from '../../src/domain/quizState';
import { clickedMesh, questionInView, type StudyRolesInput, studyRoles } from '../../src/domain/studyRoles';

const none: StudyRolesInput = { focus: null, selection: [], quiz: null, quizStage: 'asking' };
const roleMap = (m: ReadonlyMap<string, { role: string }>) => Object.fromEntries([...m].map(([k, v]) => [k, v.role]));

describe('study roles', () => {
  it('paint, label and frame nothing when nothing is chosen', () => {
    const r = studyRoles(none);
    expect(r.paint.size + r.labels.size + r.frame.size).toBe(0);
  });

  it('mark the open card’s muscle and the selected muscles', () => {
    const r = studyRoles({
      ...none,
      focus: { id: 'deltoid', side: 'both' },
      selection: [{ id: 'supraspinatus', side: 'left' }],
    });
    expect(roleMap(r.paint)).toEqual({
      [muscleKey('deltoid', 'left')]: 'focus',
      [muscleKey('deltoid', 'right')]: 'focus',
      [muscleKey('supraspinatus', 'left')]: 'selected',
    });
    expect(r.labels).toBe(r.paint);
    expect(r.frame).toBe(r.paint);
  });

  it('give nothing away while a "find it" question is open, and frame the quiz area', () => {
    const quiz = createQuiz('find', 'shoulder', 5, 7);
    const r = studyRoles({ ...none, quiz, focus: { id: 'deltoid', side: 'both' } });
    expect(r.paint.size).toBe(0);
    expect(r.labels.size).toBe(0);
    const framed = new Set([...r.frame.keys()].map((k) => k.split('|')[0]));
    expect([...framed].sort()).toEqual(
      quizMuscles('shoulder')
        .map((m) => m.id)
        .sort(),
    );
    // A whole-body quiz frames the whole body.
    expect(studyRoles({ ...none, quiz: createQuiz('find', 'all', 5, 7) }).frame.size).toBe(0);
  });

  it('highlight a "name it" muscle without labelling it, then name it once answered', () => {
    const quiz = createQuiz('name', 'shoulder', 5, 3);
    const q = currentQuestion(quiz)!;
    const asking = studyRoles({ ...none, quiz });
    expect(roleMap(asking.paint)).toEqual({ [muscleKey(q.muscleId, q.side)]: 'focus' });
    expect(asking.labels.size).toBe(0);
    expect(asking.frame).toBe(asking.paint);
    const answered = answerQuestion(quiz, q.options[0]!.id);
    const feedback = studyRoles({ ...none, quiz: answered, quizStage: 'feedback' });
    expect(roleMap(feedback.labels)).toEqual({ [muscleKey(q.muscleId, q.side)]: 'focus' });
  });

  it('after a wrong "find it" answer, show the answer and the muscle clicked', () => {
    const quiz = createQuiz('find', 'shoulder', 5, 11);
    const q = currentQuestion(quiz)!;
    const wrong = q.muscleId === 'deltoid' ? 'teres_major:left' : 'deltoid:left';
    const r = studyRoles({ ...none, quiz: answerQuestion(quiz, wrong), quizStage: 'feedback' });
    expect(roleMap(r.paint)).toEqual({
      [muscleKey(q.muscleId, q.side)]: 'focus',
      [clickedMesh(wrong)!]: 'primary',
    });
    const right = studyRoles({ ...none, quiz: answerQuestion(quiz, q.answer), quizStage: 'feedback' });
    expect(roleMap(right.paint)).toEqual({ [muscleKey(q.muscleId, q.side)]: 'focus' });
  });

  it('read a clicked mesh, or nothing for what is not a muscle', () => {
    expect(clickedMesh('deltoid:right')).toBe(muscleKey('deltoid', 'right'));
    expect(clickedMesh('nothing')).toBeNull();
    expect(clickedMesh('deltoid:up')).toBeNull();
  });

  it('know which question is in view', () => {
    const quiz = createQuiz('nerve', 'arm', 3, 1);
    expect(questionInView(quiz, 'asking')).toBe(quiz.questions[0]);
    expect(questionInView(quiz, 'feedback')).toBeUndefined();
    const one = answerQuestion(quiz, 'x');
    expect(questionInView(one, 'feedback')).toBe(quiz.questions[0]);
    expect(questionInView(null, 'asking')).toBeUndefined();
  });
});
