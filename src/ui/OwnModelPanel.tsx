/**
 * The person's own model: a button to open a glTF/GLB file from the device (drag and drop onto
 * the view works too), what the opened model holds — the muscles it lacks are listed as "not in
 * this model", parts nobody recognised are named — and the way back to MyoTrace's own body.
 * A file that cannot be used gets a plain message; the body shown before stays.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { type ModelInfo, useModel } from '../store/modelStore';
import { openModelFiles } from './useModelDrop';
import { muscleText, useVocabulary } from './useVocabulary';
import '../styles/trust.css';

function OwnModelSummary({ info }: { info: ModelInfo }) {
  const vocabulary = useVocabulary();
  const openBuiltIn = useModel((s) => s.openBuiltIn);
  // On a phone the card starts folded, so it does not cover the model.
  const [open, setOpen] = useState(() => !window.matchMedia?.('(max-width: 760px)').matches);
  return (
    <section className="own-model-card" aria-label="Your model">
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary className="own-model-summary">
          Your model <strong>{info.fileName}</strong>: {info.muscleCount} muscle
          {info.muscleCount === 1 ? '' : 's'} matched
        </summary>
        {info.missing.length ? (
          <details>
            <summary>Not in this model ({info.missing.length})</summary>
            <ul className="own-model-list">
              {info.missing.map((m) => (
                <li key={m.id}>
                  {muscleText(m.id, m.sides.length === 2 ? 'both' : m.sides[0]!, vocabulary)}: not in this model
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {info.unknown.length ? (
          <details>
            <summary>Not recognised ({info.unknown.length})</summary>
            <ul className="own-model-list">
              {info.unknown.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {info.mappingProblems.length ? (
          <details>
            <summary>Mapping entries left out ({info.mappingProblems.length})</summary>
            <ul className="own-model-list">
              {info.mappingProblems.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </details>
        ) : null}
        <button type="button" className="button small" onClick={openBuiltIn}>
          Back to the MyoTrace body
        </button>
      </details>
    </section>
  );
}

export function OwnModelPanel() {
  const info = useModel((s) => s.info);
  const busy = useModel((s) => s.status === 'opening');
  // (MyoTrace's other body loading after a switch is not "your model".)
  const opening = useModel((s) => s.status === 'opening' && s.request !== null);
  const failure = useModel((s) => s.failure);
  const setFailure = useModel((s) => s.setFailure);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  // A file dropped beside the view must not replace the app (the browser would open it instead).
  useEffect(() => {
    const stop = (e: DragEvent) => {
      if (Array.from(e.dataTransfer?.types ?? []).includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  return (
    <div className="own-model">
      {failure ? (
        <div className="own-model-card own-model-failure" role="alert">
          <p>{failure}</p>
          <p className="hint">The body shown before stays.</p>
          <button type="button" className="button small" onClick={() => setFailure(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {info?.fileName ? <OwnModelSummary info={info} /> : null}
      <button
        type="button"
        className="button small own-model-open"
        aria-describedby={hintId}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        <span className="label-long">{opening ? 'Opening your model…' : 'Open your model…'}</span>
        <span className="label-short" aria-hidden="true">
          {opening ? 'Opening…' : 'Model…'}
        </span>
      </button>
      <span id={hintId} className="visually-hidden">
        A glTF or GLB file from this device, with an optional JSON mapping file. It is opened here and never uploaded.
        You can also drop it on the body.
      </span>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept=".glb,.gltf,.json,model/gltf-binary,model/gltf+json,application/json"
        aria-label="Model file"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void openModelFiles(files);
        }}
      />
    </div>
  );
}
