/**
 * Posture and movement findings as a second way in: pick what the assessment showed (standing
 * posture, the overhead squat, walking), with the side for one-sided findings, and see the
 * overactive and underactive muscles highlighted and listed.
 */
import { useLayoutEffect } from 'react';
import type { FindingId } from '../domain/ids';
import { FINDINGS } from '../domain/knowledgeBase';
import { useExplorer } from '../store/explorerStore';
import { selectFindings } from '../store/selectors';
import { SIDED_FINDINGS } from './findingSides';
import '../styles/plan.css';
import { RoleSection } from './RoleSection';
import { CurrentSafetyAlerts } from './SafetyAlerts';
import { useVocabulary } from './useVocabulary';
import { nameIn, otherNameIn, WORDING } from './wording';

const KINDS = [
  { kind: 'posture', title: 'Standing posture' },
  { kind: 'overhead_squat', title: 'Overhead squat' },
  { kind: 'gait', title: 'Walking (gait)' },
] as const;

const SIDE_WORDS = { left: 'Left side', right: 'Right side' } as const;

export function FindingsPanel() {
  const vocabulary = useVocabulary();
  const chosen = useExplorer((s) => s.findings);
  const toggle = useExplorer((s) => s.toggleFinding);
  const setSide = useExplorer((s) => s.setFindingSide);
  const clear = useExplorer((s) => s.clearFindings);
  const explained = useExplorer(selectFindings);
  const w = WORDING[vocabulary];
  useLayoutEffect(() => {
    // For the benchmark: when the panel shows a new explanation.
    if (explained) performance.mark('myotrace:panel-committed');
  }, [explained]);
  const nameOf = (id: FindingId) => {
    const f = FINDINGS.find((x) => x.id === id)!;
    const side = chosen.find((c) => c.id === id)?.side;
    return `${nameIn(f, vocabulary)}${side ? ` (${side})` : ''}`;
  };
  const seenWith = (ids: readonly FindingId[]) => `${w.seenWith}: ${ids.map(nameOf).join('; ')}.`;
  return (
    <>
      <CurrentSafetyAlerts />
      <section className="panel-section" aria-labelledby="findings-h">
        <h2 id="findings-h">What did the assessment show?</h2>
        {KINDS.map(({ kind, title }) => (
          <fieldset key={kind} className="finding-group">
            <legend>{title}</legend>
            {FINDINGS.filter((f) => f.kind === kind).map((f) => {
              const sel = chosen.find((c) => c.id === f.id);
              const name = nameIn(f, vocabulary);
              const other = otherNameIn(f, vocabulary);
              const sided = sel && SIDED_FINDINGS.has(f.id);
              return (
                <div key={f.id} className={sel ? 'finding-row chosen' : 'finding-row'} data-finding={f.id}>
                  <label>
                    <input type="checkbox" checked={!!sel} onChange={() => toggle({ id: f.id })} />
                    <span className="finding-names">
                      <span>{name}</span>
                      {kind === 'gait' ? <span className="finding-other">{other}</span> : null}
                      {sel?.side ? <span className={`side-badge side-${sel.side}`}>{SIDE_WORDS[sel.side]}</span> : null}
                    </span>
                  </label>
                  {sided ? (
                    <div className="finding-side">
                      <select
                        aria-label={`Side of: ${name}`}
                        aria-describedby={`side-means-${f.id}`}
                        value={sel.side ?? 'both'}
                        onChange={(e) =>
                          setSide(f.id, e.target.value === 'both' ? undefined : (e.target.value as 'left' | 'right'))
                        }
                      >
                        <option value="both">Both sides</option>
                        <option value="left">Left side</option>
                        <option value="right">Right side</option>
                      </select>
                      <span id={`side-means-${f.id}`} className="hint">
                        Side = {f.sideMeans}
                      </span>
                    </div>
                  ) : null}
                  {sel && f.caution ? <p className="finding-caution">{f.caution}</p> : null}
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
          {(['overactive', 'underactive'] as const).map((kind) => (
            <RoleSection
              key={kind}
              id={kind === 'overactive' ? 'over-h' : 'under-h'}
              kind={kind}
              title={w.findingGroups[kind].title}
              tag={w.findingGroups[kind].tag}
              entries={explained[kind].map((m) => ({ id: m.id, side: m.side, why: seenWith(m.findings) }))}
            />
          ))}
          <p className="panel-section note">These are likely patterns to check with muscle testing, not a diagnosis.</p>
        </>
      ) : null}
    </>
  );
}
