/**
 * Which muscles stand out in study mode, and how: the open card's muscle, the selected muscles,
 * and a quiz question's muscle (and, after a wrong "find it" answer, the muscle that was clicked).
 * Three views of the same inputs: what is painted, what is labelled (never the answer to a
 * question still open) and what the camera frames. Pure.
 */

import { muscleKey } from './explain/sites';
import type { MeshHighlight, MuscleRef } from './highlight';
import { isMuscleId } from './knowledgeBase';
import { quizMuscles } from './quiz';
import { currentQuestion, type QuizQuestion, type QuizState } from './quizState';
import { meshKeysOf } from './studyView';

/** Whether a quiz waits for an answer or shows how the last answer went. */
export type QuizStage = 'asking' | 'feedback';

export interface StudyRolesInput {
  readonly focus: MuscleRef | null;
  readonly selection: readonly MuscleRef[];
  readonly quiz: QuizState | null;
  readonly quizStage: QuizStage;
}

export interface StudyRoles {
  /** Colours on the body. */
  readonly paint: ReadonlyMap<string, MeshHighlight>;
  /** Muscles named by labels on the body. */
  readonly labels: ReadonlyMap<string, MeshHighlight>;
  /** Muscles the camera frames (the `focus` ones if any, else all of them). */
  readonly frame: ReadonlyMap<string, MeshHighlight>;
}

const FULL = 1;

/** The question whose answer is being shown (feedback) or awaited (asking), if any. */
export function questionInView(quiz: QuizState | null, stage: QuizStage): QuizQuestion | undefined {
  if (!quiz) return undefined;
  if (stage === 'feedback') return quiz.questions[quiz.answers.length - 1];
  return currentQuestion(quiz);
}

/** The muscle mesh a "find it" answer names (`muscleId:side`), if it is one. */
export function clickedMesh(given: string): string | null {
  const [id = '', side = ''] = given.split(':');
  if (!isMuscleId(id) || !['left', 'right', 'midline'].includes(side)) return null;
  return muscleKey(id, side as 'left' | 'right' | 'midline');
}

/** The study roles for the inputs. */
export function studyRoles(input: StudyRolesInput): StudyRoles {
  const paint = new Map<string, MeshHighlight>();
  for (const k of meshKeysOf(input.selection)) paint.set(k, { role: 'selected', strength: FULL });
  const q = questionInView(input.quiz, input.quizStage);
  const asking = q !== undefined && input.quizStage === 'asking';
  if (q) {
    // A "find it" question shows nothing until it is answered.
    if (!(asking && q.kind === 'find')) paint.set(muscleKey(q.muscleId, q.side), { role: 'focus', strength: FULL });
    const given = input.quiz?.answers[input.quiz.answers.length - 1];
    if (!asking && q.kind === 'find' && given && !given.correct) {
      const k = clickedMesh(given.given);
      if (k) paint.set(k, { role: 'primary', strength: FULL });
    }
  } else if (input.focus) {
    for (const k of meshKeysOf([input.focus])) paint.set(k, { role: 'focus', strength: FULL });
  }
  // While a "find it" or "name it" question is open, no label may give the answer away.
  const secret = asking && (q.kind === 'find' || q.kind === 'name');
  const labels = secret ? new Map<string, MeshHighlight>() : paint;
  let frame: ReadonlyMap<string, MeshHighlight> = paint;
  if (asking && q.kind === 'find' && input.quiz && input.quiz.area !== 'all') {
    // Frame the quiz's body area, not the muscle asked for.
    const area = new Map<string, MeshHighlight>();
    for (const m of quizMuscles(input.quiz.area)) {
      for (const k of meshKeysOf([{ id: m.id, side: 'both' }])) area.set(k, { role: 'selected', strength: FULL });
    }
    frame = area;
  } else if (asking && q.kind === 'find') {
    frame = new Map();
  }
  return { paint, labels, frame };
}
