/**
 * Quizzes for anatomy students: "find it" (a muscle is named; click it on the body), "name it"
 * (a muscle is highlighted; choose its name), "what does it do" (actions) and "which nerve"
 * (innervation), by body area. Pure and seeded, so a quiz can be replayed and tested.
 */
import { getMuscle, MUSCLES } from './knowledgeBase';
import type { QuizArea, QuizKind, QuizOption, QuizQuestion, QuizState } from './quizState';
import type { BodyArea, Muscle, PairedSide } from './types';

export type { QuizAnswer, QuizArea, QuizKind, QuizOption, QuizQuestion, QuizState } from './quizState';
export { answerQuestion, currentQuestion, quizScore } from './quizState';

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Muscles a quiz on an area draws from. */
export function quizMuscles(area: QuizArea): readonly Muscle[] {
  return area === 'all' ? MUSCLES : MUSCLES.filter((m) => m.area === area);
}

/** Areas that have enough muscles for a quiz (at least four, so there are three distractors). */
export function quizAreas(): QuizArea[] {
  const areas = new Set<BodyArea>(MUSCLES.map((m) => m.area));
  return ['all', ...[...areas].filter((a) => quizMuscles(a).length >= 4)];
}

function sideWord(side: PairedSide | 'midline'): string {
  return side === 'midline' ? '' : `${side} `;
}

/** The correct answer text for a muscle, for each multiple-choice kind. */
function answerText(m: Muscle, kind: Exclude<QuizKind, 'find'>): string {
  if (kind === 'name') return m.name;
  if (kind === 'action') return m.actions.slice(0, 2).join('; ');
  return `${m.innervation.nerve} (${m.innervation.roots})`;
}

function makeQuestion(m: Muscle, kind: QuizKind, pool: readonly Muscle[], rand: () => number): QuizQuestion {
  const side: PairedSide | 'midline' = m.bilateral ? (rand() < 0.5 ? 'left' : 'right') : 'midline';
  if (kind === 'find') {
    return {
      kind,
      muscleId: m.id,
      side,
      prompt: `Find the ${sideWord(side)}${m.name.toLowerCase()} on the body.`,
      options: [],
      answer: `${m.id}:${side}`,
    };
  }
  const correct = answerText(m, kind);
  // Distractors: other muscles of the same area first (harder), then the whole body.
  const others = shuffle(
    pool.filter((o) => o.id !== m.id),
    rand,
  ).concat(
    shuffle(
      MUSCLES.filter((o) => o.id !== m.id && !pool.includes(o)),
      rand,
    ),
  );
  const options: QuizOption[] = [{ id: m.id, label: correct }];
  for (const o of others) {
    if (options.length === 4) break;
    const label = answerText(o, kind);
    if (options.some((x) => x.label.toLowerCase() === label.toLowerCase())) continue;
    options.push({ id: o.id, label });
  }
  const prompt =
    kind === 'name'
      ? `Which muscle is highlighted (${side === 'midline' ? 'midline' : `${side} side`})?`
      : kind === 'action'
        ? `What does the ${m.name.toLowerCase()} do?`
        : `Which nerve supplies the ${m.name.toLowerCase()}?`;
  return { kind, muscleId: m.id, side, prompt, options: shuffle(options, rand), answer: m.id };
}

/**
 * Start a quiz of `length` questions (at most one per muscle) on an area. The same seed gives the
 * same quiz.
 */
export function createQuiz(kind: QuizKind, area: QuizArea, length: number, seed: number): QuizState {
  const rand = seededRandom(seed);
  const pool = quizMuscles(area);
  const picked = shuffle(pool, rand).slice(0, Math.max(1, Math.min(length, pool.length)));
  return { kind, area, seed, questions: picked.map((m) => makeQuestion(m, kind, pool, rand)), answers: [] };
}

/** The words for an answer given to a question and for the right answer. */
export function answerLabels(q: QuizQuestion, given: string): { givenLabel: string; rightLabel: string } {
  const rightLabel =
    q.kind === 'find'
      ? `${q.side === 'midline' ? '' : `${q.side} `}${getMuscle(q.muscleId).name.toLowerCase()}`
      : (q.options.find((o) => o.id === q.answer)?.label ?? q.answer);
  let givenLabel: string;
  if (q.kind === 'find') {
    const [id, side] = given.split(':');
    const m = MUSCLES.find((x) => x.id === id);
    givenLabel = m
      ? `${side && side !== 'midline' ? `${side} ` : ''}${m.name.toLowerCase()}`
      : 'somewhere that is not a muscle';
  } else {
    givenLabel = q.options.find((o) => o.id === given)?.label ?? given;
  }
  return { givenLabel, rightLabel };
}

/** The questions answered wrongly, with what was given and what was right, for review. */
export function quizMistakes(
  state: QuizState,
): { question: QuizQuestion; given: string; givenLabel: string; rightLabel: string }[] {
  const out: { question: QuizQuestion; given: string; givenLabel: string; rightLabel: string }[] = [];
  state.answers.forEach((a, i) => {
    const q = state.questions[i];
    if (!q || a.correct) return;
    out.push({ question: q, given: a.given, ...answerLabels(q, a.given) });
  });
  return out;
}
