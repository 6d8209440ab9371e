/**
 * The explanation for the pain sites (the pain panel shows its safety alerts above the sites, so
 * they come first): the primary muscles and why, the compensating muscles in two groups (working harder —
 * release; switched off — activate), the related conditions with their cautions and red flags,
 * and the cautions with the note that these are likely contributors, not a diagnosis.
 *
 * A click commits the highlight, the safety alerts and the primary muscles first; the longer
 * lists (compensating, conditions, cautions) follow in a deferred render (`useDeferredValue`), so
 * they never hold up that first commit. While they still show an older explanation they are marked
 * `aria-busy`, and when they catch up the benchmark's `myotrace:panel-complete` mark is set.
 */
import { useDeferredValue, useLayoutEffect } from 'react';
import type { CompensatingMuscle, Explanation } from '../domain/explain';
import { muscleKey } from '../domain/explain';
import type { Vocabulary } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { selectExplanation } from '../store/selectors';
import { ConditionList } from './ConditionList';
import { cautionsBesideAlerts, compensatingGroups, compensationWhy } from './explanationParts';
import { RoleSection } from './RoleSection';
import { useVocabulary } from './useVocabulary';
import { WORDING } from './wording';

/** The two groups of compensating muscles: their heading ids and colours. */
const COMPENSATING_GROUPS = [
  { state: 'overworking', id: 'comp-h', kind: 'compensating' },
  { state: 'inhibited', id: 'inhibited-h', kind: 'inhibited' },
] as const;

export function ExplanationView() {
  const explanation = useExplorer(selectExplanation);
  const vocabulary = useVocabulary();
  // On mount (the first site chosen) the deferred lists start empty, then fill in.
  const later = useDeferredValue<Explanation | null>(explanation, null);
  const laterVocabulary = useDeferredValue(vocabulary);
  const pending = later !== explanation;
  useLayoutEffect(() => {
    // For the benchmark: when the panel shows a new explanation (alerts and primary muscles).
    if (explanation) performance.mark('myotrace:panel-committed');
  }, [explanation]);
  useLayoutEffect(() => {
    // For the benchmark: when the deferred lists show it too.
    if (later) performance.mark('myotrace:panel-complete');
  }, [later]);
  const w = WORDING[vocabulary];
  const avoided = new Set(explanation.plan.avoid.map((a) => muscleKey(a.id, a.side)));
  return (
    <>
      <RoleSection
        id="primary-h"
        kind="primary"
        title={w.primaryTitle}
        tag={w.tagLocal}
        entries={explanation.primary.map((m) =>
          avoided.has(muscleKey(m.id, m.side))
            ? { id: m.id, side: m.side, why: m.why, kind: 'avoid', tag: 'No deep work' }
            : { id: m.id, side: m.side, why: m.why, tag: m.reason === 'local' ? w.tagLocal : w.tagReferral },
        )}
      />
      {later ? <ExplanationLists explanation={later} vocabulary={laterVocabulary} busy={pending} /> : null}
    </>
  );
}

/** The compensating muscles, the related conditions and the cautions (rendered deferred). */
function ExplanationLists({
  explanation,
  vocabulary,
  busy,
}: {
  explanation: Explanation;
  vocabulary: Vocabulary;
  busy: boolean;
}) {
  const w = WORDING[vocabulary];
  const groups = compensatingGroups(explanation.compensating);
  const cautions = cautionsBesideAlerts(explanation.cautions, explanation.safety, vocabulary);
  const compensating = (list: readonly CompensatingMuscle[]) =>
    list.map((m) => ({ id: m.id, side: m.side, why: compensationWhy(m, vocabulary), evidence: m.evidence }));
  return (
    <>
      {COMPENSATING_GROUPS.map(({ state, id, kind }) => (
        <RoleSection
          key={state}
          id={id}
          kind={kind}
          title={w[state].title}
          intro={<p className="group-hint">{w[state].hint}</p>}
          tag={w[state].tag}
          entries={compensating(groups[state])}
          busy={busy}
        />
      ))}
      <ConditionList conditions={explanation.conditions} busy={busy} />
      <section className="panel-section cautions" aria-labelledby="cautions-h" aria-busy={busy || undefined}>
        <h2 id="cautions-h">{w.cautionsTitle}</h2>
        <ul>
          {cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
