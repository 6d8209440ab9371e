/**
 * Study mode's list of the muscles of the study area: each opens its card, each can be selected
 * (left, right or both sides), and the whole area can be selected at once.
 */
import { useId, useState } from 'react';
import { GROUP_NAMES } from '../domain/groups';
import type { MuscleRef } from '../domain/highlight';
import type { MuscleSide } from '../domain/labels';
import { quizMuscles } from '../domain/quiz';
import { useExplorer } from '../store/explorerStore';
import { areaName } from './areaName';
import { openMuscle } from './openMuscle';
import { useVocabulary } from './useVocabulary';
import { nameIn } from './wording';

const SIDES: readonly { side: 'both' | 'left' | 'right'; label: string }[] = [
  { side: 'both', label: 'Both sides' },
  { side: 'left', label: 'Left' },
  { side: 'right', label: 'Right' },
];

export function AreaMuscleList() {
  const area = useExplorer((s) => s.studyArea);
  const selection = useExplorer((s) => s.selection);
  const add = useExplorer((s) => s.addToSelection);
  const remove = useExplorer((s) => s.removeFromSelection);
  const setSelection = useExplorer((s) => s.setSelection);
  const vocabulary = useVocabulary();
  const [side, setSide] = useState<'both' | 'left' | 'right'>('both');
  const id = useId();
  const muscles = quizMuscles(area);
  const refOf = (m: (typeof muscles)[number]): MuscleRef => ({
    id: m.id,
    side: (m.bilateral ? side : 'midline') as MuscleSide,
  });
  const isSelected = (r: MuscleRef) => selection.some((x) => x.id === r.id && x.side === r.side);
  return (
    <section className="panel-section study-area" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Muscles of the {areaName(area).toLowerCase()}</h2>
      <fieldset className="study-sides">
        <legend className="field-label">Sides to select</legend>
        <div className="segmented">
          {SIDES.map((s) => (
            <button key={s.side} type="button" aria-pressed={side === s.side} onClick={() => setSide(s.side)}>
              {s.label}
            </button>
          ))}
        </div>
      </fieldset>
      <button type="button" className="button small" onClick={() => setSelection(muscles.map(refOf))}>
        Select all {muscles.length} ({SIDES.find((s) => s.side === side)!.label.toLowerCase()})
      </button>
      <ul className="area-muscles">
        {muscles.map((m) => {
          const ref = refOf(m);
          const on = isSelected(ref);
          const name = nameIn(m, vocabulary);
          return (
            <li key={m.id} className="area-muscle">
              <button
                type="button"
                className="link-button"
                onClick={() => openMuscle({ id: m.id, side: m.bilateral ? 'both' : 'midline' })}
              >
                {name}
              </button>
              <span className="area-group">{GROUP_NAMES[m.group].name}</span>
              <button
                type="button"
                className="side-toggle"
                aria-pressed={on}
                aria-label={`Select ${name}${m.bilateral ? ` (${side === 'both' ? 'both sides' : side})` : ''}`}
                onClick={() => (on ? remove(ref) : add(ref))}
              >
                {on ? 'Selected' : 'Select'}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
