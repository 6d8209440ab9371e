import { describe, expect, it } from 'vitest';
import { muscleKey } from '../../src/domain/explain';
import { createQuiz } from '../../src/domain/quiz';
import { answerQuestion, currentQuestion } from '../../src/domain/quizState';
import { studyView } from '../../src/domain/studyView';
import { type ExplorerState, INITIAL_STATE } from '../../src/store/explorerStore';
import { selectFraming, selectHighlight } from '../../src/store/selectors';
import { selectStudyPaint, selectStudyView } from '../../src/store/studySelectors';

const study: ExplorerState = { ...INITIAL_STATE, source: 'study' };

describe('study selectors', () => {
  it('derive the view from the domain and keep it while unrelated inputs change', () => {
    const s = { ...study, peel: 2 as const };
    expect(selectStudyView(s)).toEqual(
      studyView({ peel: 2, tissues: s.tissues, mode: 'all', selection: [], marked: new Set() }),
    );
    const a = selectStudyPaint(s);
    const hovered: ExplorerState = {
      ...s,
      hover: { kind: 'region', id: 'calf', side: 'left' },
      notes: 'n',
    };
    const b = selectStudyPaint(hovered);
    expect(b).toBe(a);
  });

  it('keep the open card’s muscle drawn whatever the peel', () => {
    const s = { ...study, peel: 5 as const, focus: { id: 'deltoid', side: 'left' } as const };
    const v = selectStudyView(s);
    expect(v.muscles.get(muscleKey('deltoid', 'left'))).toBe('solid');
    expect(v.muscles.get(muscleKey('deltoid', 'right'))).toBe('hidden');
  });

  it('tint the selection only while it is not shown alone or through the rest', () => {
    const selection = [{ id: 'deltoid', side: 'both' }] as const;
    expect(selectStudyPaint({ ...study, selection }).tintSelected).toBe(true);
    expect(selectStudyPaint({ ...study, selection, isolation: 'isolate' }).tintSelected).toBe(false);
    expect(selectStudyPaint({ ...study, selection, isolation: 'xray' }).tintSelected).toBe(false);
  });

  it('show a "find it" answer through the rest of the muscles', () => {
    const quiz = createQuiz('find', 'shoulder', 3, 2);
    const q = currentQuestion(quiz)!;
    const answered = { ...study, quiz: answerQuestion(quiz, q.answer), quizStage: 'feedback' as const };
    const v = selectStudyView(answered);
    expect(v.muscles.get(muscleKey(q.muscleId, q.side))).toBe('solid');
    expect([...v.muscles.values()].filter((x) => x === 'solid')).toHaveLength(1);
    expect([...v.muscles.values()].some((x) => x === 'ghost')).toBe(true);
  });

  it('in study mode, label and frame from the study roles, not from the pain explanation', () => {
    const s = { ...study, sites: [{ region: 'outer_elbow', side: 'right' }] as const };
    expect(selectHighlight(s).size).toBe(0);
    const quiz = createQuiz('find', 'shoulder', 3, 2);
    expect(selectFraming({ ...s, quiz }).size).toBeGreaterThan(0);
    expect(selectHighlight({ ...s, quiz }).size).toBe(0);
    expect(selectHighlight({ ...s, source: 'pain' }).size).toBeGreaterThan(0);
  });
});
