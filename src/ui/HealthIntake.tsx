/**
 * The health intake of the first consultation: a short list of yes/no questions (plain for
 * clients, medical wording for therapists). A "yes" adds its caution here and in the explanation,
 * and its safety alerts open every tab (see `CurrentSafetyAlerts`). The answers stay on this device: they are kept with
 * the work and in saved sessions, never in a share link.
 */
import { memo, useId, useState } from 'react';
import { INTAKE_QUESTIONS } from '../domain/intake';
import { useExplorer } from '../store/explorerStore';
import { useVocabulary } from './useVocabulary';
import { intakeCaution, intakeWording, WORDING } from './wording';
import '../styles/safety.css';

/** Memoised: it takes no props, so the side panel's re-renders (a site added) skip it. */
export const HealthIntake = memo(function HealthIntake() {
  const vocabulary = useVocabulary();
  const intake = useExplorer((s) => s.intake);
  const setIntake = useExplorer((s) => s.setIntake);
  const [open, setOpen] = useState(false);
  const ids = useId();
  /** A therapist also sees how to put each question to the client. */
  const therapist = vocabulary === 'medical';
  const w = WORDING[vocabulary];
  const yes = new Set(intake);
  return (
    <section className="panel-section intake" aria-labelledby="intake-h">
      <h2 id="intake-h">{w.intakeTitle}</h2>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          {w.intakeSummary}
          <span className="intake-count">{yes.size > 0 ? `${yes.size} yes` : null}</span>
        </summary>
        <p className="intake-note">{w.intakeNote}</p>
        <fieldset>
          <legend>{w.intakeLegend}</legend>
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
                    aria-describedby={therapist ? hint : undefined}
                  />
                  <span>{intakeWording(q, vocabulary)}</span>
                </label>
                {therapist ? (
                  <p className="intake-ask" id={hint}>
                    Ask: “{q.question}”
                  </p>
                ) : null}
                {checked ? <p className="intake-caution">{intakeCaution(q, vocabulary)}</p> : null}
              </div>
            );
          })}
        </fieldset>
      </details>
    </section>
  );
});
