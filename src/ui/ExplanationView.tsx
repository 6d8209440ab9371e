/**
 * The explanation for the pain sites (the pain panel shows its safety alerts above the sites, so
 * they come first): the primary muscles and why, the compensating muscles in two groups (working harder —
 * release; switched off — activate), the related conditions with their cautions and red flags,
 * and the cautions with the note that these are likely contributors, not a diagnosis.
 */
import { useLayoutEffect } from 'react';
import type { CompensatingMuscle } from '../domain/explain';
import { muscleKey } from '../domain/explain';
import type { Vocabulary } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { selectExplanation } from '../store/selectors';
import { ConditionList } from './ConditionList';
import { cautionsBesideAlerts, compensatingGroups, compensationWhy, groupWords } from './explanationParts';
import { MuscleEntry } from './MuscleEntry';
import { useVocabulary } from './useVocabulary';

function CompensatingGroup({
  id,
  list,
  state,
  vocabulary,
}: {
  id: string;
  list: readonly CompensatingMuscle[];
  state: 'overworking' | 'inhibited';
  vocabulary: Vocabulary;
}) {
  if (list.length === 0) return null;
  const words = groupWords(vocabulary)[state];
  return (
    <section className="panel-section" aria-labelledby={id}>
      <h2 id={id}>
        <span className={`role-dot ${state === 'inhibited' ? 'inhibited' : 'compensating'}`} aria-hidden="true" />
        {words.title}
      </h2>
      <p className="group-hint">{words.hint}</p>
      <ol className="entries">
        {list.map((m) => (
          <MuscleEntry
            key={muscleKey(m.id, m.side)}
            id={m.id}
            side={m.side}
            kind={state === 'inhibited' ? 'inhibited' : 'compensating'}
            tag={words.tag}
            why={compensationWhy(m, vocabulary)}
            evidence={m.evidence}
          />
        ))}
      </ol>
    </section>
  );
}

export function ExplanationView() {
  const explanation = useExplorer(selectExplanation);
  const vocabulary = useVocabulary();
  useLayoutEffect(() => {
    // For the benchmark: when the panel shows a new explanation.
    if (explanation) performance.mark('myotrace:panel-committed');
  }, [explanation]);
  const plain = vocabulary === 'plain';
  const groups = compensatingGroups(explanation.compensating);
  const cautions = cautionsBesideAlerts(explanation.cautions, explanation.safety, vocabulary);
  return (
    <>
      <section className="panel-section" aria-labelledby="primary-h">
        <h2 id="primary-h">
          <span className="role-dot primary" aria-hidden="true" />
          {plain ? 'Muscles most likely involved' : 'Primary muscles'}
        </h2>
        <ol className="entries">
          {explanation.primary.map((m) => (
            <MuscleEntry
              key={muscleKey(m.id, m.side)}
              id={m.id}
              side={m.side}
              kind={explanation.plan.avoid.some((a) => a.id === m.id && a.side === m.side) ? 'avoid' : 'primary'}
              tag={
                explanation.plan.avoid.some((a) => a.id === m.id && a.side === m.side)
                  ? 'No deep work'
                  : m.reason === 'local'
                    ? plain
                      ? 'Lies here'
                      : 'Local'
                    : plain
                      ? 'Sends pain here'
                      : 'Referral'
              }
              why={m.why}
            />
          ))}
        </ol>
      </section>
      <CompensatingGroup id="comp-h" list={groups.overworking} state="overworking" vocabulary={vocabulary} />
      <CompensatingGroup id="inhibited-h" list={groups.inhibited} state="inhibited" vocabulary={vocabulary} />
      <ConditionList conditions={explanation.conditions} />
      <section className="panel-section cautions" aria-labelledby="cautions-h">
        <h2 id="cautions-h">{plain ? 'Good to know' : 'Cautions'}</h2>
        <ul>
          {cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
