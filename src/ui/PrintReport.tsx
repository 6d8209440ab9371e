/**
 * The printable findings report: shown only when printing (the browser's "save as PDF" makes the
 * PDF). An image of the 3D view, the pain sites, the muscles, the conditions, the cautions, the
 * posture findings and the therapist's notes.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { getMuscle } from '../domain/knowledgeBase';
import { relationWords } from '../domain/relationWords';
import { siteKey, useExplorer } from '../store/explorerStore';
import { selectExplanation, selectFindings } from '../store/selectors';
import { muscleText, regionText, useVocabulary } from './useVocabulary';

/**
 * Mounts the report only when it can be printed: once the person asked for a report, or while
 * the browser prints (Ctrl+P). Otherwise it would re-render with every selection for nothing.
 */
export function PrintReport() {
  const [printing, setPrinting] = useState(false);
  const requested = useExplorer((s) => s.snapshot !== null);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing || requested ? <Report /> : null;
}

function Report() {
  const vocabulary = useVocabulary();
  const sites = useExplorer((s) => s.sites);
  const notes = useExplorer((s) => s.notes);
  const pain = useExplorer((s) => s.pain);
  const goal = useExplorer((s) => s.goal);
  const snapshot = useExplorer((s) => s.snapshot);
  const explanation = useExplorer(selectExplanation);
  const findings = useExplorer(selectFindings);
  const date = new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  const plain = vocabulary === 'plain';
  return (
    <article className="print-report">
      <header>
        <h1>MyoTrace findings report</h1>
        <p>{date}</p>
      </header>
      {snapshot ? <img className="report-image" src={snapshot} alt="The 3D body with the highlighted muscles" /> : null}
      <section>
        <h2>Pain sites</h2>
        {sites.length ? (
          <ul>
            {sites.map((s) => (
              <li key={siteKey(s)}>
                {regionText(s.region, s.side, vocabulary)}
                {s.inflamed ? ' — inflamed: no deep work here' : ''}
                {pain[siteKey(s)] !== undefined ? ` — pain ${pain[siteKey(s)]} of 10` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p>None selected.</p>
        )}
      </section>
      {explanation.primary.length ? (
        <section>
          <h2>{plain ? 'Muscles most likely involved' : 'Primary muscles'}</h2>
          <ol>
            {explanation.primary.map((m) => (
              <li key={`${m.id}|${m.side}`}>
                <strong>{muscleText(m.id, m.side, vocabulary)}</strong> — {m.why}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {explanation.compensating.length ? (
        <section>
          <h2>{plain ? 'Muscles making up for them' : 'Compensating muscles'}</h2>
          <ol>
            {explanation.compensating.map((m) => (
              <li key={`${m.id}|${m.side}`}>
                <strong>{muscleText(m.id, m.side, vocabulary)}</strong> — for {getMuscle(m.via).name} ({m.viaSide}
                ): {relationWords(m.relation, vocabulary)}. {m.why}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {explanation.conditions.length ? (
        <section>
          <h2>Related conditions</h2>
          <ol>
            {explanation.conditions.map((c) => (
              <li key={c.id}>
                <strong>{plain ? c.plainName : c.name}</strong> — {c.description} <em>{c.caution}</em>
                {c.redFlags.length ? <> See a physician if: {c.redFlags.join('; ')}</> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {findings ? (
        <section>
          <h2>Posture and movement findings</h2>
          <p>
            {findings.findings.map((f) => `${plain ? f.plainName : f.name}${f.side ? ` (${f.side})` : ''}`).join('; ')}
          </p>
          <h3>{plain ? 'Tight, overworking' : 'Overactive'}</h3>
          <p>{findings.overactive.map((m) => muscleText(m.id, m.side, vocabulary)).join(', ')}</p>
          <h3>{plain ? 'Weak, switched off' : 'Underactive'}</h3>
          <p>{findings.underactive.map((m) => muscleText(m.id, m.side, vocabulary)).join(', ')}</p>
        </section>
      ) : null}
      <section>
        <h2>Cautions</h2>
        <ul>
          {explanation.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      {goal.trim() ? (
        <section>
          <h2>Goal</h2>
          <p className="report-notes">{goal}</p>
        </section>
      ) : null}
      <section>
        <h2>Therapist's notes</h2>
        <p className="report-notes">{notes || '—'}</p>
      </section>
    </article>
  );
}
