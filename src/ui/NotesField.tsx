/**
 * The therapist's free-text notes, printed on the report. They stay on this device: the share
 * link does not carry them.
 */
import { memo, useId } from 'react';
import { useExplorer } from '../store/explorerStore';

/** Memoised: it takes no props, so the side panel's re-renders (a site added) skip it. */
export const NotesField = memo(function NotesField() {
  const notes = useExplorer((s) => s.notes);
  const setNotes = useExplorer((s) => s.setNotes);
  const id = useId();
  return (
    <section className="notes" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Notes for the report</h2>
      <label htmlFor={id} className="hint">
        Printed on the report. Not part of the share link.
      </label>
      <textarea id={id} value={notes} rows={3} onChange={(e) => setNotes(e.target.value)} />
    </section>
  );
});
