/**
 * The body switch: Male / Female, as a radio group (arrow keys move between the two). It shows which
 * of MyoTrace's bodies is drawn; picking the other loads it, keeping the pain sites, findings and
 * view. Until a body has been picked on this device it asks the person to pick one.
 */
import { useId } from 'react';
import { BODY_IDS, type BodyId } from '../domain/body/bodyId';
import { useExplorer } from '../store/explorerStore';
import { useWording } from './useVocabulary';
import '../styles/body.css';

export function BodySwitch() {
  const body = useExplorer((s) => s.body);
  const chosen = useExplorer((s) => s.bodyChosen);
  const setBody = useExplorer((s) => s.setBody);
  const w = useWording().body;
  const name = useId();
  const hintId = useId();
  // A click on the body already shown confirms it (the first visit's question is answered).
  const pick = (id: BodyId) => {
    const s = useExplorer.getState();
    if (s.body !== id || !s.bodyChosen) setBody(id);
  };
  return (
    <fieldset
      className={chosen ? 'body-switch' : 'body-switch unchosen'}
      {...(chosen ? {} : { 'aria-describedby': hintId })}
    >
      <legend className="body-switch-legend">{w.legend}</legend>
      <div className="body-switch-options">
        {BODY_IDS.map((id) => (
          <label key={id} className="body-switch-option">
            <input
              type="radio"
              name={name}
              value={id}
              checked={body === id}
              onChange={() => pick(id)}
              onClick={() => pick(id)}
            />
            <span>{w.names[id]}</span>
          </label>
        ))}
      </div>
      {chosen ? null : (
        <p id={hintId} className="body-switch-hint">
          {w.pick}
        </p>
      )}
    </fieldset>
  );
}
