/**
 * Study mode's quiz: choose the kind of question and how many (the body area is the study
 * panel's), answer them — "find it" by clicking the body or from a list — with feedback after
 * each answer, the score, and at the end a review of the mistakes with links to the cards.
 * Progress is kept on this device.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { getMuscle } from '../domain/knowledgeBase';
import { answerLabels, createQuiz, type QuizKind, quizMistakes, quizMuscles, quizScore } from '../domain/quiz';
import type { QuizState } from '../domain/quizState';
import { questionInView } from '../domain/studyRoles';
import { peelFor } from '../domain/studyView';
import { useExplorer } from '../store/explorerStore';
import { areaName } from './areaName';
import { FindFromList } from './FindFromList';
import { openMuscle } from './openMuscle';
import { QuizProgressSummary } from './QuizProgressSummary';
import { recordFinishedQuiz } from './useQuizProgress';

const KINDS: readonly { kind: QuizKind; label: string; detail: string }[] = [
  { kind: 'find', label: 'Find it', detail: 'A muscle is named: click it on the body.' },
  { kind: 'name', label: 'Name it', detail: 'A muscle is highlighted: choose its name.' },
  { kind: 'action', label: 'What does it do?', detail: 'Choose the muscle’s actions.' },
  { kind: 'nerve', label: 'Which nerve?', detail: 'Choose the nerve that supplies it.' },
];

const LENGTHS = [5, 10, 20] as const;

/** The seed for a new quiz (the store's, which tests can set so that a quiz replays). */
const newSeed = (): number => useExplorer.getState().takeQuizSeed();

function QuizSetup() {
  const area = useExplorer((s) => s.studyArea);
  const start = useExplorer((s) => s.startQuiz);
  const [kind, setKind] = useState<QuizKind>('find');
  const [length, setLength] = useState(10);
  const id = useId();
  const pool = quizMuscles(area).length;
  return (
    <>
      <fieldset className="quiz-kinds">
        <legend className="field-label">Kind of question</legend>
        {KINDS.map((k) => (
          <label key={k.kind} className="quiz-kind">
            <input type="radio" name={`${id}-kind`} checked={kind === k.kind} onChange={() => setKind(k.kind)} />
            <span>
              <strong>{k.label}</strong> <span className="hint">{k.detail}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="study-row">
        <label htmlFor={`${id}-len`} className="field-label">
          Questions
        </label>
        <select id={`${id}-len`} value={length} onChange={(e) => setLength(Number(e.target.value))}>
          {LENGTHS.map((n) => (
            <option key={n} value={n}>
              {Math.min(n, pool)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button primary" onClick={() => start(createQuiz(kind, area, length, newSeed()))}>
        Start the quiz: {KINDS.find((k) => k.kind === kind)!.label.toLowerCase()}, {areaName(area).toLowerCase()}
      </button>
      <QuizProgressSummary />
    </>
  );
}

function QuestionView({ quiz }: { quiz: QuizState }) {
  const answer = useExplorer((s) => s.answerQuiz);
  const peel = useExplorer((s) => s.peel);
  const setPeel = useExplorer((s) => s.setPeel);
  const prompt = useRef<HTMLParagraphElement>(null);
  const q = quiz.questions[quiz.answers.length]!;
  const index = quiz.answers.length;

  // A new question takes the keyboard focus (a screen reader reads it); a highlighted muscle is uncovered.
  useEffect(() => {
    prompt.current?.focus();
    if (q.kind !== 'find') {
      const needed = peelFor(getMuscle(q.muscleId).layer);
      const s = useExplorer.getState();
      if (s.peel < needed) setPeel(needed);
    }
  }, [q, setPeel]);

  return (
    <div className="quiz-question">
      <p className="quiz-prompt" ref={prompt} tabIndex={-1} id={`quiz-q-${index}`}>
        {q.prompt}
      </p>
      {q.kind === 'find' ? (
        <>
          <p className="hint">
            Click it on the body{peel === 0 ? ' (peel off the skin first, under Layers)' : ''}; deep muscles show when
            you peel the layers above them. Or choose it from the list.
          </p>
          <FindFromList area={quiz.area} onAnswer={answer} />
        </>
      ) : (
        <ul className="quiz-options" aria-labelledby={`quiz-q-${index}`}>
          {q.options.map((o) => (
            <li key={o.id}>
              <button type="button" className="quiz-option" onClick={() => answer(o.id)}>
                {o.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Feedback({ quiz, last }: { quiz: QuizState; last: boolean }) {
  const next = useExplorer((s) => s.nextQuestion);
  const button = useRef<HTMLButtonElement>(null);
  const q = questionInView(quiz, 'feedback')!;
  const a = quiz.answers[quiz.answers.length - 1]!;
  const { givenLabel, rightLabel } = answerLabels(q, a.given);
  useEffect(() => {
    if (!last) button.current?.focus();
  }, [last]);
  return (
    <div className={a.correct ? 'quiz-feedback right' : 'quiz-feedback wrong'}>
      <p role="status">
        {a.correct ? (
          <>
            <strong>Right.</strong> {capitalise(rightLabel)}.
          </>
        ) : (
          <>
            <strong>Not quite.</strong> You answered: {givenLabel}. The answer: {rightLabel}.
          </>
        )}
      </p>
      <div className="quiz-actions">
        {last ? null : (
          <button ref={button} type="button" className="button primary" onClick={next}>
            Next question
          </button>
        )}
        <button type="button" className="button subtle" onClick={() => openMuscle({ id: q.muscleId, side: q.side })}>
          Open the card of the {sideName(q.side)}
          {getMuscle(q.muscleId).name.toLowerCase()}
        </button>
      </div>
    </div>
  );
}

function sideName(side: string): string {
  return side === 'midline' ? '' : `${side} `;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function QuizSummary({ quiz }: { quiz: QuizState }) {
  const start = useExplorer((s) => s.startQuiz);
  const end = useExplorer((s) => s.endQuiz);
  const score = quizScore(quiz);
  const mistakes = quizMistakes(quiz);
  return (
    <div className="quiz-summary">
      <h3>
        Done: {score.correct} of {score.total} right
      </h3>
      {mistakes.length ? (
        <>
          <h4>Review your mistakes</h4>
          <ol className="quiz-mistakes">
            {mistakes.map((m) => (
              <li key={m.question.answer}>
                <p>{m.question.prompt}</p>
                <p className="hint">
                  You answered: {m.givenLabel}. The answer: {m.rightLabel}.
                </p>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => openMuscle({ id: m.question.muscleId, side: m.question.side })}
                >
                  Open the card of the {sideName(m.question.side)}
                  {getMuscle(m.question.muscleId).name.toLowerCase()}
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>No mistakes. Well done!</p>
      )}
      <div className="quiz-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => start(createQuiz(quiz.kind, quiz.area, quiz.questions.length, newSeed()))}
        >
          Another round
        </button>
        <button type="button" className="button" onClick={end}>
          Change the quiz
        </button>
      </div>
    </div>
  );
}

function QuizRunner({ quiz }: { quiz: QuizState }) {
  const stage = useExplorer((s) => s.quizStage);
  const end = useExplorer((s) => s.endQuiz);
  const score = quizScore(quiz);
  const kind = KINDS.find((k) => k.kind === quiz.kind)!;

  // A finished quiz goes into the progress kept on this device.
  useEffect(() => {
    if (score.done) recordFinishedQuiz(quiz);
  }, [quiz, score.done]);

  const number = stage === 'asking' ? score.answered + 1 : score.answered;
  return (
    <div className="quiz-runner">
      <p className="quiz-status">
        {kind.label} · {areaName(quiz.area)} · question {Math.min(number, score.total)} of {score.total} ·{' '}
        <strong>{score.correct} right</strong>
        {score.answered ? ` of ${score.answered}` : ''}
      </p>
      {stage === 'feedback' ? <Feedback quiz={quiz} last={score.done} /> : <QuestionView quiz={quiz} />}
      {score.done && stage === 'feedback' ? (
        <QuizSummary quiz={quiz} />
      ) : (
        <button
          type="button"
          className="button subtle"
          onClick={() => {
            recordFinishedQuiz(quiz);
            end();
          }}
        >
          End the quiz
        </button>
      )}
    </div>
  );
}

export function QuizPanel() {
  const quiz = useExplorer((s) => s.quiz);
  const id = useId();
  return (
    <section className="panel-section study-quiz" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Quiz</h2>
      {quiz ? <QuizRunner quiz={quiz} /> : <QuizSetup />}
    </section>
  );
}
