/**
 * Related conditions: what each is, why it is listed, the inflammation caution where it applies,
 * and the red flags that mean seeing a physician.
 */
import { useState } from 'react';
import type { ExplainedCondition } from '../domain/explain';
import type { Vocabulary } from '../domain/labels';
import { ConditionCautions } from './ConditionCautions';
import { useVocabulary } from './useVocabulary';
import { nameIn, WORDING } from './wording';

/** `busy`: the list is about to be replaced by a newer one (`aria-busy`). */
export function ConditionList({
  conditions,
  busy = false,
}: {
  conditions: readonly ExplainedCondition[];
  busy?: boolean;
}) {
  const vocabulary = useVocabulary();
  if (conditions.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="conditions-h" aria-busy={busy || undefined}>
      <h2 id="conditions-h">{WORDING[vocabulary].conditionsTitle}</h2>
      <ol className="conditions">
        {conditions.map((c) => (
          <ConditionItem key={c.id} condition={c} vocabulary={vocabulary} />
        ))}
      </ol>
    </section>
  );
}

/** One condition, its details rendered only once opened (keeps a new explanation quick to show). */
function ConditionItem({ condition: c, vocabulary }: { condition: ExplainedCondition; vocabulary: Vocabulary }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="condition">
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span className="condition-name">{nameIn(c, vocabulary)}</span>
          {c.inflammatory ? <span className="badge warn">Inflammation</span> : null}
        </summary>
        {open ? (
          <>
            <p className="entry-why">{c.why}</p>
            <p>{c.description}</p>
            <ConditionCautions inflammatory={c.inflammatory} caution={c.caution} redFlags={c.redFlags} />
          </>
        ) : null}
      </details>
    </li>
  );
}
