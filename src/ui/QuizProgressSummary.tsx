/**
 * What the quiz progress on this device says for the study area: the latest quizzes and the
 * muscles most often missed, each a link to its card.
 */
import { quizMuscles } from '../domain/quiz';
import { musclesToReview, recentQuizzes } from '../domain/quizReview';
import { useExplorer } from '../store/explorerStore';
import { areaName } from './areaName';
import { bothSides, openMuscle } from './openMuscle';
import { useQuizProgress } from './useQuizProgress';
import { muscleText, useVocabulary } from './useVocabulary';

const KIND_NAMES = { find: 'Find it', name: 'Name it', action: 'What does it do?', nerve: 'Which nerve?' } as const;

export function QuizProgressSummary() {
  const progress = useQuizProgress();
  const area = useExplorer((s) => s.studyArea);
  const vocabulary = useVocabulary();
  const recent = recentQuizzes(progress, 3, area);
  const review = musclesToReview(progress, 5, new Set(quizMuscles(area).map((m) => m.id)));
  if (recent.length === 0 && review.length === 0) {
    return <p className="hint">Your progress is kept on this device only.</p>;
  }
  return (
    <div className="quiz-progress">
      <h3>Your progress: {areaName(area).toLowerCase()}</h3>
      {recent.length ? (
        <ul className="quiz-history">
          {recent.map((r) => (
            <li key={r.at}>
              {KIND_NAMES[r.kind]}: {r.correct} of {r.total} right{' '}
              <span className="hint">({new Date(r.at).toLocaleDateString()})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {review.length ? (
        <>
          <h4>Muscles to review</h4>
          <ul className="card-links">
            {review.map((m) => (
              <li key={m.id}>
                <button type="button" className="link-button" onClick={() => openMuscle(bothSides(m.id))}>
                  {muscleText(m.id, bothSides(m.id).side, vocabulary).replace(' (both sides)', '')}
                </button>{' '}
                <span className="hint">
                  {m.correct} of {m.asked} right
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="hint">Kept on this device only.</p>
    </div>
  );
}
