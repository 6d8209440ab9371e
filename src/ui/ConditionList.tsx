/**
 * Related conditions: what each is, why it is listed, the inflammation caution where it applies,
 * and the red flags that mean seeing a physician.
 */
import { useState } from 'react';
import type { ExplainedCondition } from '../domain/explain';
import { useVocabulary } from './useVocabulary';

export function ConditionList({ conditions }: { conditions: readonly ExplainedCondition[] }) {
  const vocabulary = useVocabulary();
  if (conditions.length === 0) return null;
  const plain = vocabulary === 'plain';
  return (
    <section className="panel-section" aria-labelledby="conditions-h">
      <h2 id="conditions-h">{plain ? 'Related conditions' : 'Related conditions (differential)'}</h2>
      <ol className="conditions">
        {conditions.map((c) => (
          <ConditionItem key={c.id} condition={c} plain={plain} />
        ))}
      </ol>
    </section>
  );
}

/** One condition, its details rendered only once opened (keeps a new explanation quick to show). */
function ConditionItem({ condition: c, plain }: { condition: ExplainedCondition; plain: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="condition">
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span className="condition-name">{plain ? c.plainName : c.name}</span>
          {c.inflammatory ? <span className="badge warn">Inflammation</span> : null}
        </summary>
        {open ? (
          <>
            <p className="entry-why">{c.why}</p>
            <p>{c.description}</p>
            {c.inflammatory ? (
              <p className="caution">
                <strong>Inflammation:</strong> no deep-tissue work on the inflamed area while it is swollen, warm or
                red; the surrounding muscle groups may still be treated. {c.caution}
              </p>
            ) : (
              <p className="caution">{c.caution}</p>
            )}
            {c.redFlags.length > 0 ? (
              <div className="red-flags">
                <strong>See a physician if:</strong>
                <ul>
                  {c.redFlags.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        ) : null}
      </details>
    </li>
  );
}
