/**
 * The printable findings report: shown only when printing (the browser's "save as PDF" makes the
 * PDF). Under its title the date and the body shown (male or female); the safety alerts first (emergency first, all of them), then an image of the 3D view, the
 * pain sites, the muscles (the compensating ones in their two groups), the conditions, the
 * cautions, the posture findings, the health-intake answers, the plan, the pain over the saved
 * sessions for the sites selected now, and the therapist's notes.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { muscleKey, siteKey } from '../domain/explain';
import { intakeQuestion } from '../domain/intake';
import { useExplorer } from '../store/explorerStore';
import { selectExplanation, selectFindings } from '../store/selectors';
import { useSessions } from '../store/sessionsStore';
import { cautionsBesideAlerts, compensatingGroups, compensationWhy } from './explanationParts';
import { EVIDENCE_WORDS } from './MuscleEntry';
import { PainProgressReport } from './PainProgressChart';
import { PlanReport } from './PlanReport';
import { SafetyAlerts } from './SafetyAlerts';
import { muscleText, regionText, useVocabulary } from './useVocabulary';
import { intakeWording, nameIn, WORDING } from './wording';

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
  const snapshot = useExplorer((s) => s.snapshot);
  const intake = useExplorer((s) => s.intake);
  const body = useExplorer((s) => s.body);
  const savedSessions = useSessions((s) => s.sessions);
  const explanation = useExplorer(selectExplanation);
  const findings = useExplorer(selectFindings);
  const date = new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  const w = WORDING[vocabulary];
  const groups = compensatingGroups(explanation.compensating);
  return (
    <article className="print-report">
      <header>
        <h1>MyoTrace findings report</h1>
        <p>{date}</p>
        <p>{w.body.report(body)}</p>
      </header>
      <SafetyAlerts alerts={explanation.safety} headingId="report-safety-h" />
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
          <h2>{w.primaryTitle}</h2>
          <ol>
            {explanation.primary.map((m) => (
              <li key={muscleKey(m.id, m.side)}>
                <strong>{muscleText(m.id, m.side, vocabulary)}</strong> — {m.why}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {(['overworking', 'inhibited'] as const).map((state) =>
        groups[state].length ? (
          <section key={state}>
            <h2>{w[state].title}</h2>
            <ol>
              {groups[state].map((m) => (
                <li key={muscleKey(m.id, m.side)}>
                  <strong>{muscleText(m.id, m.side, vocabulary)}</strong> — {compensationWhy(m, vocabulary)}{' '}
                  <em>(evidence: {EVIDENCE_WORDS[m.evidence].long})</em>
                </li>
              ))}
            </ol>
          </section>
        ) : null,
      )}
      {explanation.conditions.length ? (
        <section>
          <h2>Related conditions</h2>
          <ol>
            {explanation.conditions.map((c) => (
              <li key={c.id}>
                <strong>{nameIn(c, vocabulary)}</strong> — {c.description} <em>{c.caution}</em>
                {c.redFlags.length ? (
                  <>
                    {' '}
                    {w.redFlags}: {c.redFlags.join('; ')}
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {findings ? (
        <section>
          <h2>Posture and movement findings</h2>
          <p>{findings.findings.map((f) => `${nameIn(f, vocabulary)}${f.side ? ` (${f.side})` : ''}`).join('; ')}</p>
          <h3>{w.reportOveractive}</h3>
          <p>{findings.overactive.map((m) => muscleText(m.id, m.side, vocabulary)).join(', ')}</p>
          <h3>{w.reportUnderactive}</h3>
          <p>{findings.underactive.map((m) => muscleText(m.id, m.side, vocabulary)).join(', ')}</p>
        </section>
      ) : null}
      <section>
        <h2>Cautions</h2>
        <ul>
          {cautionsBesideAlerts(explanation.cautions, explanation.safety, vocabulary).map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      {intake.length ? (
        <section>
          <h2>{w.reportIntakeTitle}</h2>
          <ul>
            {intake.map((id) => (
              <li key={id}>{intakeWording(intakeQuestion(id), vocabulary)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <PlanReport />
      <PainProgressReport sessions={savedSessions} siteKeys={sites.map(siteKey)} vocabulary={vocabulary} />
      <section>
        <h2>Therapist's notes</h2>
        <p className="report-notes">{notes || '—'}</p>
      </section>
    </article>
  );
}
