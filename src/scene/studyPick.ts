/**
 * Picking in study mode: what a ray hits among what is drawn. Hidden muscles are ignored; solid
 * muscles come before see-through ones; the opaque skin and the bones stop the ray. A click
 * answers a "find it" question, opens a card, or changes the selection.
 */
import type { Ray } from 'three';
import type { MuscleRef } from '../domain/highlight';
import { currentQuestion, type QuizState } from '../domain/quizState';
import type { QuizStage } from '../domain/studyRoles';
import type { StudyPaint } from '../store/studySelectors';
import type { Picker, PickHit } from './picker';
import { showOf } from './studyPaint';

export interface StudyPick {
  readonly muscle: PickHit<'muscle'> | null;
  readonly region: PickHit<'region'> | null;
}

/** The nearest drawn thing along the ray: a muscle, a skin region, or nothing (a bone or the background). */
export function pickStudy(picker: Picker, paint: StudyPaint, ray: Ray): StudyPick {
  const skin = paint.view.skin === 'solid' ? picker.first(ray, 'region') : null;
  const bone = paint.view.bones === 'solid' ? picker.first(ray, 'bone') : null;
  const solid = picker.firstWhere(ray, 'muscle', (p) => showOf(paint, p) === 'solid');
  const muscle = solid ?? picker.firstWhere(ray, 'muscle', (p) => showOf(paint, p) === 'ghost');
  const nearest = Math.min(
    skin?.distance ?? Number.POSITIVE_INFINITY,
    bone?.distance ?? Number.POSITIVE_INFINITY,
    muscle?.distance ?? Number.POSITIVE_INFINITY,
  );
  if (skin && skin.distance === nearest) return { muscle: null, region: skin };
  if (muscle && muscle.distance === nearest) return { muscle, region: null };
  // A ghost muscle in front of a solid one is looked through; a bone in front stops the ray.
  return { muscle: null, region: null };
}

/** The store actions a click in study mode uses. */
interface StudyClickTarget {
  readonly quiz: QuizState | null;
  readonly quizStage: QuizStage;
  readonly selection: readonly MuscleRef[];
  answerQuiz(given: string): void;
  focusMuscle(ref: MuscleRef): void;
  addToSelection(ref: MuscleRef): void;
  removeFromSelection(ref: MuscleRef): void;
}

/**
 * A click on a muscle in study mode: the answer to an open "find it" question (nothing while
 * another kind of question is open); else, with Shift
 * (or Ctrl/Cmd), adds it to the selection or takes it out; else opens its card (that side).
 */
export function studyClick(s: StudyClickTarget, hit: PickHit<'muscle'> | null, additive: boolean): void {
  if (!hit) return;
  const ref: MuscleRef = { id: hit.part.id, side: hit.part.side };
  const q = s.quiz && s.quizStage === 'asking' ? currentQuestion(s.quiz) : undefined;
  if (q) {
    // While a question is open, a click only answers "find it"; it opens no card that would tell.
    if (q.kind === 'find') s.answerQuiz(`${ref.id}:${ref.side}`);
    return;
  }
  if (additive) {
    if (s.selection.some((r) => r.id === ref.id && r.side === ref.side)) s.removeFromSelection(ref);
    else s.addToSelection(ref);
    return;
  }
  s.focusMuscle(ref);
}
