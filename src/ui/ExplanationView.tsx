/**
 * The explanation for the pain sites, ranked: the primary muscles and why, the compensating
 * muscles and why, the related conditions with their cautions and red flags, and the note that
 * these are likely contributors, not a diagnosis.
 */
import { useLayoutEffect } from 'react';
import { getMuscle } from '../domain/knowledgeBase';
import { relationWords } from '../domain/relationWords';
import { useExplorer } from '../store/explorerStore';
import { selectExplanation } from '../store/selectors';
import { ConditionList } from './ConditionList';
import { MuscleEntry } from './MuscleEntry';
import { muscleText, useVocabulary } from './useVocabulary';

export function ExplanationView() {
  const explanation = useExplorer(selectExplanation);
  const vocabulary = useVocabulary();
  useLayoutEffect(() => {
    // For the benchmark: when the panel shows a new explanation.
    if (explanation) performance.mark('myotrace:panel-committed');
  }, [explanation]);
  const plain = vocabulary === 'plain';
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
              key={`${m.id}|${m.side}`}
              id={m.id}
              side={m.side}
              kind="primary"
              tag={m.reason === 'local' ? (plain ? 'Lies here' : 'Local') : plain ? 'Sends pain here' : 'Referral'}
              why={m.why}
            />
          ))}
        </ol>
      </section>
      {explanation.compensating.length > 0 ? (
        <section className="panel-section" aria-labelledby="comp-h">
          <h2 id="comp-h">
            <span className="role-dot compensating" aria-hidden="true" />
            {plain ? 'Muscles working harder to make up for them' : 'Compensating muscles'}
          </h2>
          <ol className="entries">
            {explanation.compensating.map((m) => {
              const via = muscleText(m.via, m.viaSide, vocabulary);
              const how = relationWords(m.relation, vocabulary);
              const sentence = plain
                ? `Makes up for ${via}: it ${how}.`
                : `Compensates for ${getMuscle(m.via).name} (${m.viaSide}): ${how}.`;
              return (
                <MuscleEntry
                  key={`${m.id}|${m.side}`}
                  id={m.id}
                  side={m.side}
                  kind="compensating"
                  tag={plain ? 'Compensates' : 'Compensating'}
                  why={`${sentence} ${m.why}`}
                />
              );
            })}
          </ol>
        </section>
      ) : null}
      <ConditionList conditions={explanation.conditions} />
      <section className="panel-section cautions" aria-labelledby="cautions-h">
        <h2 id="cautions-h">{plain ? 'Good to know' : 'Cautions'}</h2>
        <ul>
          {explanation.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
