/**
 * The schema of the quiz progress kept on the device (`domain/quizProgress.ts` holds its type and
 * how a quiz is added to it). Reading never throws: entries that cannot be used are counted and
 * reported, and the caller keeps the original aside.
 */
import * as v from 'valibot';
import { MUSCLE_IDS, type MuscleId } from '../domain/ids';
import { isJsonObject } from '../domain/jsonObject';
import {
  emptyProgress,
  type MuscleTally,
  QUIZ_PROGRESS_VERSION,
  type QuizProgress,
  type QuizRecord,
} from '../domain/quizProgress';
import type { QuizArea } from '../domain/quizState';

const KINDS = ['find', 'name', 'action', 'nerve'] as const;
const AREAS = [
  'all',
  'head',
  'neck',
  'shoulder',
  'arm',
  'forearm',
  'hand',
  'chest',
  'abdomen',
  'back',
  'hip',
  'thigh',
  'leg',
  'foot',
] as const satisfies readonly QuizArea[];

const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One muscle's tally: asked and correct, correct never above asked. */
export const MUSCLE_TALLY = v.pipe(
  v.object({ asked: COUNT, correct: COUNT }),
  v.check((t) => t.correct <= t.asked, 'more correct answers than questions'),
);

/** One finished quiz. */
export const QUIZ_RECORD = v.pipe(
  v.object({
    at: v.pipe(
      v.string(),
      v.maxLength(40),
      v.check((s) => !Number.isNaN(Date.parse(s))),
    ),
    kind: v.picklist(KINDS),
    area: v.picklist(AREAS),
    correct: COUNT,
    total: COUNT,
  }),
  v.check((r) => r.correct <= r.total, 'more correct answers than questions'),
);

const MUSCLE_KEY = v.picklist(MUSCLE_IDS);

/** The box around the progress: a known version, and the two parts (each read entry by entry). */
const PROGRESS_BOX = v.object({
  version: v.literal(QUIZ_PROGRESS_VERSION),
  muscles: v.optional(v.record(v.string(), v.unknown()), {}),
  history: v.optional(v.array(v.unknown()), []),
});

/** Result of reading stored progress. */
export interface ProgressRead {
  readonly progress: QuizProgress;
  /** A plain sentence when something could not be read (the caller keeps the raw data aside). */
  readonly problem?: string;
}

/** Read stored progress (a JSON string, or null when there is none). */
export function readProgress(raw: string | null): ProgressRead {
  if (raw === null || raw === '') return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'The saved quiz progress is damaged and could not be read.' };
  }
  if (!isJsonObject(data)) {
    return { progress: emptyProgress(), problem: 'The saved quiz progress is not in a known format.' };
  }
  const box = v.safeParse(PROGRESS_BOX, data);
  if (!box.success) {
    const version = (data as { version?: unknown }).version;
    return {
      progress: emptyProgress(),
      problem:
        version === QUIZ_PROGRESS_VERSION
          ? 'The saved quiz progress is not in a known format.'
          : `The saved quiz progress is from an unknown version (${String(version).slice(0, 20)}).`,
    };
  }
  const muscles: Partial<Record<MuscleId, MuscleTally>> = {};
  let dropped = 0;
  for (const [id, t] of Object.entries(box.output.muscles)) {
    const key = v.safeParse(MUSCLE_KEY, id);
    const tally = v.safeParse(MUSCLE_TALLY, t);
    if (key.success && tally.success) muscles[key.output] = tally.output;
    else dropped++;
  }
  const history: QuizRecord[] = [];
  for (const h of box.output.history) {
    const r = v.safeParse(QUIZ_RECORD, h);
    if (r.success) history.push(r.output);
    else dropped++;
  }
  return {
    progress: { version: QUIZ_PROGRESS_VERSION, muscles, history },
    ...(dropped
      ? {
          problem: `${dropped} damaged entr${dropped === 1 ? 'y' : 'ies'} in the saved quiz progress could not be read.`,
        }
      : {}),
  };
}
