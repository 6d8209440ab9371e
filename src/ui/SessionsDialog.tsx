/**
 * Saved sessions: save the current work (pain sites, findings, notes, vocabulary) under a title,
 * list, open, rename and delete saved sessions, and export them to a file or import them back.
 * Everything stays in this browser on this device. Titles and notes are shown as text.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SavedSession } from '../persistence/savedSessions';
import { defaultTitle, hasUnsavedWork, openSession, saveWork, useSessions } from '../store/sessionsStore';
import { PainProgressChart } from './PainProgressChart';
import { downloadSessions, importSessionsFile } from './sessionFiles';
import { regionText, useVocabulary } from './useVocabulary';
import '../styles/trust.css';

/** A new session id (letters, digits, `-`). */
function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function SessionRow({ session, onMessage }: { session: SavedSession; onMessage(m: string): void }) {
  const vocabulary = useVocabulary();
  const current = useSessions((s) => s.currentId === session.id);
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete' | 'confirm-open'>('idle');
  const [title, setTitle] = useState(session.title);
  const name = session.title || 'Untitled session';
  const sites = session.sites.map((s) => regionText(s.region, s.side, vocabulary));
  const summary = [
    sites.length ? sites.slice(0, 3).join(', ') + (sites.length > 3 ? ` and ${sites.length - 3} more` : '') : null,
    session.findings.length ? `${session.findings.length} finding${session.findings.length === 1 ? '' : 's'}` : null,
    session.notes.trim() ? 'notes' : null,
  ].filter(Boolean);

  const open = () => {
    openSession(session);
    setMode('idle');
    onMessage(`Opened “${name}”.`);
  };
  const tryOpen = () => {
    if (hasUnsavedWork()) setMode('confirm-open');
    else open();
  };

  return (
    <li className={current ? 'session-row current' : 'session-row'}>
      <div className="session-head">
        <strong className="session-title">{name}</strong>
        {current ? <span className="badge">Open now</span> : null}
      </div>
      <p className="session-meta">
        {when(session.updatedAt)}
        {summary.length ? ` · ${summary.join(' · ')}` : ' · empty'}
      </p>
      {mode === 'rename' ? (
        <form
          className="session-actions"
          onSubmit={(e) => {
            e.preventDefault();
            useSessions.getState().rename(session.id, title.trim(), new Date());
            setMode('idle');
            onMessage(`Renamed to “${title.trim() || 'Untitled session'}”.`);
          }}
        >
          <label className="visually-hidden" htmlFor={`rename-${session.id}`}>
            New title for {name}
          </label>
          <input
            id={`rename-${session.id}`}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            // biome-ignore lint/a11y/noAutofocus: the person just asked to rename this session
            autoFocus
          />
          <button type="submit" className="button small">
            Save title
          </button>
          <button type="button" className="button small subtle" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      ) : mode === 'delete' ? (
        <fieldset className="session-actions session-confirm">
          <legend>Delete “{name}” from this device?</legend>
          <button
            type="button"
            className="button small danger"
            onClick={() => {
              useSessions.getState().remove(session.id);
              onMessage(`Deleted “${name}”.`);
            }}
          >
            Delete
          </button>
          <button type="button" className="button small subtle" onClick={() => setMode('idle')}>
            Keep it
          </button>
        </fieldset>
      ) : mode === 'confirm-open' ? (
        <fieldset className="session-actions session-confirm">
          <legend>The current work is not saved. Open “{name}” in its place?</legend>
          <button type="button" className="button small" onClick={open}>
            Open anyway
          </button>
          <button type="button" className="button small subtle" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </fieldset>
      ) : (
        <div className="session-actions">
          <button type="button" className="button small" onClick={tryOpen} aria-label={`Open ${name}`}>
            Open
          </button>
          <button
            type="button"
            className="button small subtle"
            onClick={() => {
              setTitle(session.title);
              setMode('rename');
            }}
            aria-label={`Rename ${name}`}
          >
            Rename
          </button>
          <button
            type="button"
            className="button small subtle"
            onClick={() => setMode('delete')}
            aria-label={`Delete ${name}`}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

export function SessionsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const sessions = useSessions((s) => s.sessions);
  const vocabulary = useVocabulary();
  const current = useSessions((s) => s.sessions.find((x) => x.id === s.currentId) ?? null);
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState('');
  const headingId = useId();
  const titleId = useId();

  // The title is filled in while rendering the opening, so the dialog is never shown with an empty
  // title that fills in a task later, over what the person has begun to type.
  const [opened, setOpened] = useState(false);
  if (open !== opened) {
    setOpened(open);
    if (open) {
      setTitle(current?.title ?? defaultTitle(new Date()));
      setMessage('');
    }
  }
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // Ready to type a title and press Enter to save.
      titleInput.current?.select();
    } else if (!open && d.open) d.close();
  }, [open]);

  const save = (asNew: boolean) => {
    const session = saveWork({ asNew, title, id: newId(), now: new Date() });
    setMessage(`Saved “${session.title}” on this device.`);
  };

  return (
    <dialog ref={dialog} className="sessions-dialog" aria-labelledby={headingId} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={headingId}>Saved sessions</h2>
        <button type="button" className="button small subtle" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="hint">
        Kept in this browser on this device only; nothing is sent anywhere. Export them to a file to keep a copy or move
        them to another device.
      </p>
      <form
        className="session-save"
        onSubmit={(e) => {
          e.preventDefault();
          save(current === null);
        }}
      >
        <label htmlFor={titleId}>Title</label>
        <input ref={titleInput} id={titleId} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        <div className="session-actions">
          <button type="submit" className="button small">
            {current ? 'Save changes' : 'Save this session'}
          </button>
          {current ? (
            <button type="button" className="button small subtle" onClick={() => save(true)}>
              Save as a new session
            </button>
          ) : null}
        </div>
      </form>
      {sessions.length ? (
        <ul className="session-list" aria-label="Saved sessions">
          {sessions.map((s) => (
            <SessionRow key={s.id} session={s} onMessage={setMessage} />
          ))}
        </ul>
      ) : (
        <p className="hint">No saved sessions yet.</p>
      )}
      {sessions.length ? <PainProgressChart sessions={sessions} vocabulary={vocabulary} /> : null}
      <div className="session-actions session-files">
        <button
          type="button"
          className="button small"
          disabled={sessions.length === 0}
          onClick={() => {
            const name = downloadSessions(sessions);
            setMessage(`Exported ${sessions.length} session${sessions.length === 1 ? '' : 's'} to ${name}.`);
          }}
        >
          Export to a file
        </button>
        <button type="button" className="button small" onClick={() => fileInput.current?.click()}>
          Import from a file…
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".json,application/json"
          aria-label="Sessions file to import"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const r = await importSessionsFile(file, useSessions.getState().sessions);
            if (r.sessions) useSessions.getState().setAll(r.sessions);
            setMessage(r.message);
          }}
        />
      </div>
      <p className="session-message" role="status">
        {message}
      </p>
    </dialog>
  );
}
