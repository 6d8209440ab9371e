/**
 * In study mode, the muscle card's actions: add the muscle (this side or both) to the selection,
 * or show it alone.
 */
import type { MuscleRef } from '../domain/highlight';
import { useExplorer } from '../store/explorerStore';

export function MuscleStudyActions({ focus }: { focus: MuscleRef }) {
  const selected = useExplorer((s) => s.selection.some((r) => r.id === focus.id && r.side === focus.side));
  const isolated = useExplorer(
    (s) =>
      s.isolation === 'isolate' &&
      s.selection.length === 1 &&
      s.selection[0]!.id === focus.id &&
      s.selection[0]!.side === focus.side,
  );
  const add = useExplorer((s) => s.addToSelection);
  const remove = useExplorer((s) => s.removeFromSelection);
  const setSelection = useExplorer((s) => s.setSelection);
  const setIsolation = useExplorer((s) => s.setIsolation);
  const showAll = useExplorer((s) => s.showAll);
  return (
    <div className="card-actions">
      <button
        type="button"
        className="button small"
        aria-pressed={selected}
        onClick={() => (selected ? remove(focus) : add(focus))}
      >
        {selected ? 'Selected' : 'Add to selection'}
      </button>
      <button
        type="button"
        className="button small"
        aria-pressed={isolated}
        onClick={() => {
          if (isolated) showAll();
          else {
            setSelection([focus]);
            setIsolation('isolate');
          }
        }}
      >
        Show it alone
      </button>
    </div>
  );
}
