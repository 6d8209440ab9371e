/**
 * Quiz progress on the device (localStorage). Stored progress that cannot be read, wholly or in
 * part, is kept aside under a quarantine key and reported: never silently dropped, never a crash.
 */
import { emptyProgress, type QuizProgress } from '../domain/quizProgress';
import { readProgress } from '../schemas/quizProgress';
import { type KeyValueStorage, quarantine } from './sessionStore';

export const QUIZ_PROGRESS_KEY = 'myotrace.quizProgress';

/** What loading found. */
export interface LoadedProgress {
  readonly progress: QuizProgress;
  /** A plain sentence for the person when something could not be read, naming where it was kept. */
  readonly problem?: string;
}

/** Load the quiz progress, quarantining whatever cannot be read. */
export function loadQuizProgress(storage: KeyValueStorage, now = new Date()): LoadedProgress {
  let raw: string | null;
  try {
    raw = storage.getItem(QUIZ_PROGRESS_KEY);
  } catch {
    return {
      progress: emptyProgress(),
      problem: 'Quiz progress could not be read: this browser blocks storage. Progress will not be kept.',
    };
  }
  const read = readProgress(raw);
  if (!read.problem || raw === null) return { progress: read.progress };
  try {
    const key = quarantine(storage, 'quiz', raw, now);
    // Keep what could be read; an unreadable store starts afresh (the original is kept aside).
    storage.setItem(QUIZ_PROGRESS_KEY, JSON.stringify(read.progress));
    return { progress: read.progress, problem: `${read.problem} The original was kept aside (${key}).` };
  } catch {
    return {
      progress: read.progress,
      problem: `${read.problem} It could not be kept aside: storage is full or blocked.`,
    };
  }
}

/** Write the progress. Returns a problem sentence when storage refuses (full, blocked). */
export function saveQuizProgress(storage: KeyValueStorage, progress: QuizProgress): string | null {
  try {
    storage.setItem(QUIZ_PROGRESS_KEY, JSON.stringify(progress));
    return null;
  } catch {
    return 'Quiz progress could not be saved: the browser refused to store it (storage may be full or blocked).';
  }
}
