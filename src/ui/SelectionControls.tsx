/**
 * Study mode's selection: the selected muscles (each side on its own, each removable), and what
 * to do with them — show them alone, hide them, or see them through the rest — and "show all".
 */
import { useId } from 'react';
import { muscleKey } from '../domain/explain';
import type { IsolationMode } from '../domain/studyView';
import { useExplorer } from '../store/explorerStore';
import { openMuscle } from './openMuscle';
import { muscleText, useVocabulary } from './useVocabulary';

const MODES: readonly { mode: Exclude<IsolationMode, 'all'>; label: string; title: string }[] = [
  { mode: 'isolate', label: 'Show only these', title: 'Isolate: show the selected muscles alone' },
  { mode: 'hide', label: 'Hide these', title: 'Hide the selected muscles' },
  { mode: 'xray', label: 'See through the rest', title: 'X-ray: the selected muscles solid, the rest see-through' },
];

export function SelectionControls() {
  const selection = useExplorer((s) => s.selection);
  const isolation = useExplorer((s) => s.isolation);
  const remove = useExplorer((s) => s.removeFromSelection);
  const clear = useExplorer((s) => s.clearSelection);
  const setIsolation = useExplorer((s) => s.setIsolation);
  const showAll = useExplorer((s) => s.showAll);
  const vocabulary = useVocabulary();
  const id = useId();
  const none = selection.length === 0;
  return (
    <section className="panel-section study-selection" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Selected muscles</h2>
      {none ? (
        <p className="hint">
          Nothing selected yet. Add muscles from the list below or from a muscle’s card, or Shift-click them on the
          body.
        </p>
      ) : (
        <div className="chips">
          <ul aria-label="Selected muscles">
            {selection.map((r) => {
              const text = muscleText(r.id, r.side, vocabulary);
              return (
                <li key={muscleKey(r.id, r.side)} className="chip chip-selected">
                  <span className="chip-dot" aria-hidden="true" />
                  <button type="button" className="chip-name" onClick={() => openMuscle(r)}>
                    {text}
                  </button>
                  <button type="button" aria-label={`Remove ${text} from the selection`} onClick={() => remove(r)}>
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button subtle" onClick={clear}>
            Clear selection
          </button>
        </div>
      )}
      <fieldset className="isolation" disabled={none}>
        <legend className="visually-hidden">With the selected muscles</legend>
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            className="button small"
            title={m.title}
            aria-pressed={isolation === m.mode}
            onClick={() => setIsolation(isolation === m.mode ? 'all' : m.mode)}
          >
            {m.label}
          </button>
        ))}
        <button type="button" className="button small" disabled={isolation === 'all'} onClick={showAll}>
          Show all
        </button>
      </fieldset>
    </section>
  );
}
