/**
 * Answering "find it" without the canvas: a searchable list of muscles, each side a button.
 * With nothing typed it lists the quiz area's muscles.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { MuscleId } from '../domain/ids';
import { getMuscle } from '../domain/knowledgeBase';
import { type QuizArea, quizMuscles } from '../domain/quiz';
import { search } from '../domain/search';
import { useVocabulary } from './useVocabulary';
import { nameIn } from './wording';

export function FindFromList({ area, onAnswer }: { area: QuizArea; onAnswer(given: string): void }) {
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim());
  const vocabulary = useVocabulary();
  const id = useId();
  const ids = useMemo<MuscleId[]>(() => {
    if (!q) return quizMuscles(area).map((m) => m.id);
    return search(q, 30)
      .filter((r) => r.kind === 'muscle')
      .slice(0, 10)
      .map((r) => r.id);
  }, [q, area]);
  return (
    <div className="find-list">
      <label htmlFor={`${id}-q`} className="field-label">
        Choose the muscle from the list
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        autoComplete="off"
        placeholder="Type a muscle’s name"
        aria-describedby={`${id}-n`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={`${id}-n`} className="hint" aria-live="polite">
        {q ? `${ids.length} ${ids.length === 1 ? 'muscle matches' : 'muscles match'}.` : ''}
      </p>
      <ul className="find-options">
        {ids.map((mid) => {
          const m = getMuscle(mid);
          const name = nameIn(m, vocabulary);
          const sides = m.bilateral ? (['left', 'right'] as const) : (['midline'] as const);
          return (
            <li key={mid} className="region-row">
              <span className="region-name">{name}</span>
              <span className="region-sides">
                {sides.map((side) => (
                  <button
                    key={side}
                    type="button"
                    className="side-toggle"
                    aria-label={side === 'midline' ? `Answer: ${name}` : `Answer: ${side} ${name}`}
                    onClick={() => onAnswer(`${mid}:${side}`)}
                  >
                    {side === 'midline' ? 'This one' : side === 'left' ? 'Left' : 'Right'}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
