/**
 * Keeps the quiz progress on this device (localStorage): read once at start (a damaged store is
 * kept aside and reported as a notice), written whenever a quiz is recorded.
 */

import type { StoreApi } from 'zustand';
import { loadQuizProgress, saveQuizProgress } from '../persistence/quizProgressStore';
import type { KeyValueStorage } from '../persistence/sessionStore';
import { useExplorer } from '../store/explorerStore';
import { type QuizProgressStore, useQuizProgressStore } from '../store/quizProgressStore';

function localStorageOrNull(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Start keeping the quiz progress; returns a function that stops. */
export function startQuizProgressSync(
  storage: KeyValueStorage | null = localStorageOrNull(),
  store: StoreApi<QuizProgressStore> = useQuizProgressStore,
): () => void {
  const notify = (message: string) => useExplorer.getState().notify(message);
  if (!storage) {
    notify('Quiz progress cannot be kept: this browser blocks storage.');
    store.getState().hydrate(store.getState().progress);
    return () => undefined;
  }
  const loaded = loadQuizProgress(storage);
  if (loaded.problem) notify(loaded.problem);
  const before = store.getState().progress;
  store.getState().hydrate(loaded.progress);
  // Quizzes recorded before the progress was read in are written with it.
  if (before.history.length) saveQuizProgress(storage, store.getState().progress);
  return store.subscribe((s, prev) => {
    if (s.progress === prev.progress || !s.loaded || !prev.loaded) return;
    const problem = saveQuizProgress(storage, s.progress);
    if (problem) notify(problem);
  });
}
