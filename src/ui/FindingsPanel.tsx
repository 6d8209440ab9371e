/**
 * Posture and movement findings as a second way in: pick what the assessment showed, see the
 * overactive and underactive muscles highlighted and listed.
 */
import { useLayoutEffect } from 'react';
import type { FindingId } from '../domain/ids';
import { FINDINGS } from '../domain/knowledgeBase';
import { useExplorer } from '../store/explorerStore';
import { selectFindings } from '../store/selectors';
import { SIDED_FINDINGS } from './findingSides';
import { MuscleEntry } from './MuscleEntry';
import { useVocabulary } from './useVocabulary';

const KINDS = [
  { kind: 'posture', title: 'Standing posture' },
  { kind: 'overhead_squat', title: 'Overhead squat' },
] as const;

export function FindingsPanel() {
  const vocabulary = useVocabulary();
  const chosen = useExplorer((s) => s.findings);
  const toggle = useExplorer((s) => s.toggleFinding);
  const setSide = useExplorer((s) => s.setFindingSide);
  const clear = useExplorer((s) => s.clearFindings);
  const explained = useExplorer(selectFindings);
  const plain = vocabulary === 'plain';
  useLayoutEffect(() => {
    // For the benchmark: when the panel shows a new explanation.
    if (explained) performance.mark('myotrace:panel-committed');
  }, [explained]);
  const nameOf = (id: FindingId) => {
    const f = FINDINGS.find((x) => x.id === id)!;
    return plain ? f.plainName : f.name;
  };
  return (
    <>
      <section className="panel-section" aria-labelledby="findings-h">
        <h2 id="findings-h">What did the assessment show?</h2>
        {KINDS.map(({ kind, title }) => (
          <fieldset key={kind} className="finding-group">
            <legend>{title}</legend>
            {FINDINGS.filter((f) => f.kind === kind).map((f) => {
              const sel = chosen.find((c) => c.id === f.id);
              const name = plain ? f.plainName : f.name;
              return (
                <div key={f.id} className="finding-row">
                  <label>
                    <input type="checkbox" checked={!!sel} onChange={() => toggle({ id: f.id })} />
                    <span>{name}</span>
                  </label>
                  {sel && SIDED_FINDINGS.has(f.id) ? (
                    <select
                      aria-label={`Side of: ${name}`}
                      value={sel.side ?? 'both'}
                      onChange={(e) =>
                        setSide(f.id, e.target.value === 'both' ? undefined : (e.target.value as 'left' | 'right'))
                      }
                    >
                      <option value="both">Both sides</option>
                      <option value="left">Left side</option>
                      <option value="right">Right side</option>
                    </select>
                  ) : null}
                </div>
              );
            })}
          </fieldset>
        ))}
        {chosen.length > 0 ? (
          <button type="button" className="button subtle" onClick={clear}>
            Clear findings
          </button>
        ) : null}
      </section>
      {explained ? (
        <>
          <section className="panel-section" aria-labelledby="over-h">
            <h2 id="over-h">
              <span className="role-dot primary" aria-hidden="true" />
              {plain ? 'Tight, overworking muscles' : 'Overactive (shortened) muscles'}
            </h2>
            <ol className="entries">
              {explained.overactive.map((m) => (
                <MuscleEntry
                  key={`${m.id}|${m.side}`}
                  id={m.id}
                  side={m.side}
                  kind="overactive"
                  tag={plain ? 'Tight' : 'Overactive'}
                  why={`${plain ? 'Seen with' : 'Associated with'}: ${m.findings.map(nameOf).join('; ')}.`}
                />
              ))}
            </ol>
          </section>
          <section className="panel-section" aria-labelledby="under-h">
            <h2 id="under-h">
              <span className="role-dot compensating" aria-hidden="true" />
              {plain ? 'Weak, switched-off muscles' : 'Underactive (lengthened) muscles'}
            </h2>
            <ol className="entries">
              {explained.underactive.map((m) => (
                <MuscleEntry
                  key={`${m.id}|${m.side}`}
                  id={m.id}
                  side={m.side}
                  kind="underactive"
                  tag={plain ? 'Weak' : 'Underactive'}
                  why={`${plain ? 'Seen with' : 'Associated with'}: ${m.findings.map(nameOf).join('; ')}.`}
                />
              ))}
            </ol>
          </section>
          <p className="panel-section note">These are likely patterns to check with muscle testing, not a diagnosis.</p>
        </>
      ) : null}
    </>
  );
}
