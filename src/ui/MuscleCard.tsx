/**
 * A muscle's card: names, origin, insertion, action, innervation, referral pattern and related
 * conditions. Opened from the lists or by clicking a glowing muscle on the body.
 */
import { useEffect, useRef } from 'react';
import type { MuscleRef } from '../domain/highlight';
import { conditionsOfMuscle, getMuscle, getRegion } from '../domain/knowledgeBase';
import { regionLabel } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { muscleText, useVocabulary } from './useVocabulary';

export function MuscleCard({ focus }: { focus: MuscleRef }) {
  const vocabulary = useVocabulary();
  const close = useExplorer((s) => s.focusMuscle);
  const heading = useRef<HTMLHeadingElement>(null);
  const m = getMuscle(focus.id);
  const plain = vocabulary === 'plain';
  const referralSide = focus.side === 'left' || focus.side === 'right' ? focus.side : 'midline';
  const referralRegions = m.referral.regions.map((r) => {
    const region = getRegion(r);
    return regionLabel(region, region.bilateral && referralSide !== 'midline' ? referralSide : 'midline', vocabulary);
  });
  const conditions = conditionsOfMuscle(focus.id);

  // Move keyboard and screen-reader focus to the card when it opens or changes muscle.
  const key = `${focus.id}|${focus.side}`;
  useEffect(() => {
    if (key) heading.current?.focus();
  }, [key]);

  return (
    <article className="muscle-card" aria-labelledby="card-h">
      <button type="button" className="button subtle back" onClick={() => close(null)}>
        ← Back to the list
      </button>
      <h2 id="card-h" ref={heading} tabIndex={-1}>
        {muscleText(focus.id, focus.side, vocabulary)}
      </h2>
      <p className="card-names">
        {plain ? m.name : m.plainName}
        {m.synonyms.length ? <span className="synonyms"> · also: {m.synonyms.join(', ')}</span> : null}
      </p>
      <dl className="card-facts">
        <dt>Origin</dt>
        <dd>{m.origin}</dd>
        <dt>Insertion</dt>
        <dd>{m.insertion}</dd>
        <dt>{plain ? 'What it does' : 'Action'}</dt>
        <dd>
          <ul>
            {m.actions.map((a) => (
              <li key={a}>{a.charAt(0).toUpperCase() + a.slice(1)}</li>
            ))}
          </ul>
        </dd>
        <dt>{plain ? 'Nerve' : 'Innervation'}</dt>
        <dd>
          {m.innervation.nerve} ({m.innervation.roots})
        </dd>
        <dt>{plain ? 'Where its trigger points send pain' : 'Referral pattern'}</dt>
        <dd>
          {m.referral.description}
          {referralRegions.length ? <span className="referral-regions"> ({referralRegions.join(', ')})</span> : null}
        </dd>
        <dt>Related conditions</dt>
        <dd>
          {conditions.length ? (
            <ul>
              {conditions.map((c) => (
                <li key={c.id}>{plain ? c.plainName : c.name}</li>
              ))}
            </ul>
          ) : (
            'None listed.'
          )}
        </dd>
      </dl>
    </article>
  );
}
