/**
 * Quiz progress kept on this device: read once (a damaged store is kept aside and reported as a
 * notice), recorded when a quiz ends. Shared by every component that shows it.
 */
import { useSyncExternalStore } from 'react';
import { emptyProgress, type QuizProgress, recordQuiz } from '../domain/quizProgress';
import type { QuizState } from '../domain/quizState';
import { loadQuizProgress, saveQuizProgress } from '../persistence/quizProgressStore';
import type { KeyValueStorage } from '../persistence/sessionStore';
import { useExplorer } from '../store/explorerStore';

let progress: QuizProgress | null = null;
const listeners = new Set<() => void>();
/** Quizzes already recorded (by their question list, which stays the same as answers come in). */
const recorded = new WeakSet<object>();

function storage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A notice for the person, given after the render that found the problem. */
function tell(message: string): void {
  queueMicrotask(() => useExplorer.getState().notify(message));
}

function current(): QuizProgress {
  if (!progress) {
    const store = storage();
    if (!store) {
      progress = emptyProgress();
      tell('Quiz progress cannot be kept: this browser blocks storage.');
    } else {
      const loaded = loadQuizProgress(store);
      progress = loaded.progress;
      if (loaded.problem) tell(loaded.problem);
    }
  }
  return progress;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Record a quiz (once, with at least one answer) and keep it on the device. */
export function recordFinishedQuiz(quiz: QuizState, at = new Date()): void {
  if (quiz.answers.length === 0 || recorded.has(quiz.questions)) return;
  recorded.add(quiz.questions);
  progress = recordQuiz(current(), quiz, at);
  const store = storage();
  const problem = store ? saveQuizProgress(store, progress) : null;
  if (problem) tell(problem);
  for (const l of listeners) l();
}

/** The quiz progress on this device. */
export function useQuizProgress(): QuizProgress {
  return useSyncExternalStore(subscribe, current, current);
}
