/**
 * The quiz progress on this device, for the components that show or record it. The progress
 * lives in the store (`store/quizProgressStore.ts`); the app keeps it on the device.
 */
import type { QuizProgress } from '../domain/quizProgress';
import type { QuizState } from '../domain/quizState';
import { useQuizProgressStore } from '../store/quizProgressStore';

/** Record a quiz (once, with at least one answer); the app writes it to the device. */
export function recordFinishedQuiz(quiz: QuizState, at = new Date()): void {
  useQuizProgressStore.getState().record(quiz, at);
}

/** The quiz progress on this device. */
export function useQuizProgress(): QuizProgress {
  return useQuizProgressStore((s) => s.progress);
}
