/**
 * The top bar's way to the saved sessions.
 */
import { useState } from 'react';
import { SessionsDialog } from './SessionsDialog';

export function SessionsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button sessions-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span className="label-long">Sessions</span>
        <span className="label-short" aria-hidden="true">
          Saved
        </span>
      </button>
      <SessionsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
