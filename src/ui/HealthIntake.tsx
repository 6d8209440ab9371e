/**
 * The health intake of the first consultation: a short list of yes/no questions (plain for
 * clients, medical wording for therapists). A "yes" adds its caution here and in the explanation,
 * and its safety alerts open every tab (see `CurrentSafetyAlerts`). The answers stay on this device: they are kept with
 * the work and in saved sessions, never in a share link.
 */
import { useId, useState } from 'react';
import { INTAKE_QUESTIONS } from '../domain/intake';
import { useExplorer } from '../store/explorerStore';
import { useVocabulary } from './useVocabulary';
import '../styles/safety.css';

export function HealthIntake() {
  const vocabulary = useVocabulary();
  const intake = useExplorer((s) => s.intake);
  const setIntake = useExplorer((s) => s.setIntake);
  const [open, setOpen] = useState(false);
  const ids = useId();
  const plain = vocabulary === 'plain';
  const yes = new Set(intake);
  return (
    <section className="panel-section intake" aria-labelledby="intake-h">
      <h2 id="intake-h">{plain ? 'Your health' : 'Health intake'}</h2>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          {plain ? 'A few questions before hands-on work' : 'Contraindication screen (first consultation)'}
          <span className="intake-count">{yes.size > 0 ? `${yes.size} yes` : null}</span>
        </summary>
        <p className="intake-note">
          {plain
            ? 'Your answers stay on this device: they are kept with your work and saved sessions, never put in a share link.'
            : 'Answers stay on this device (work in progress and saved sessions); never in the share link.'}
        </p>
        <fieldset>
          <legend>{plain ? 'Tick each one that is true for you.' : 'Tick each that applies.'}</legend>
          {INTAKE_QUESTIONS.map((q) => {
            const checked = yes.has(q.id);
            const hint = `${ids}-${q.id}-ask`;
            return (
              <div key={q.id} className="intake-question">
                <label>
                  <input
                    type="checkbox"
                    name={q.id}
                    checked={checked}
                    onChange={(e) => setIntake(q.id, e.currentTarget.checked)}
                    aria-describedby={plain ? undefined : hint}
                  />
                  <span>{plain ? q.question : q.medical}</span>
                </label>
                {plain ? null : (
                  <p className="intake-ask" id={hint}>
                    Ask: “{q.question}”
                  </p>
                )}
                {checked ? <p className="intake-caution">{plain ? q.caution : q.therapistCaution}</p> : null}
              </div>
            );
          })}
        </fieldset>
      </details>
    </section>
  );
}
