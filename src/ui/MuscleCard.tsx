/**
 * A muscle's card: names, group, layer, origin, insertion, action, innervation, referral pattern,
 * related conditions and compensation neighbours (each a link that moves the view there), with a
 * side switch. Opened from the lists, the search, or by clicking a muscle on the body.
 */
import { useEffect, useRef } from 'react';
import { GROUP_NAMES } from '../domain/groups';
import type { MuscleRef } from '../domain/highlight';
import { conditionsOfMuscle, getMuscle, getRegion } from '../domain/knowledgeBase';
import { type MuscleSide, regionLabel } from '../domain/labels';
import type { Layer } from '../domain/types';
import { useExplorer } from '../store/explorerStore';
import { MuscleNeighbours } from './MuscleNeighbours';
import { MuscleStudyActions } from './MuscleStudyActions';
import { muscleText, useVocabulary } from './useVocabulary';
import '../styles/study.css';
import { muscleKey } from '../domain/explain';
import { nameIn, otherNameIn, textIn, WORDING } from './wording';

const LAYERS: Record<Layer, { plain: string; medical: string }> = {
  1: { plain: 'Just under the skin (layer 1 of 4)', medical: 'Superficial (layer 1 of 4)' },
  2: { plain: 'Under the surface muscles (layer 2 of 4)', medical: 'Intermediate (layer 2 of 4)' },
  3: { plain: 'Deep (layer 3 of 4)', medical: 'Deep (layer 3 of 4)' },
  4: { plain: 'Deepest, against bone (layer 4 of 4)', medical: 'Deepest, on bone or viscera (layer 4 of 4)' },
};

const SIDES: readonly { side: MuscleSide; label: string }[] = [
  { side: 'both', label: 'Both' },
  { side: 'left', label: 'Left' },
  { side: 'right', label: 'Right' },
];

export function MuscleCard({ focus }: { focus: MuscleRef }) {
  const vocabulary = useVocabulary();
  const close = useExplorer((s) => s.focusMuscle);
  const openCondition = useExplorer((s) => s.openCondition);
  const study = useExplorer((s) => s.source === 'study');
  const heading = useRef<HTMLHeadingElement>(null);
  const m = getMuscle(focus.id);
  const w = WORDING[vocabulary];
  const referralSide = focus.side === 'left' || focus.side === 'right' ? focus.side : 'midline';
  const referralRegions = m.referral.regions.map((r) => {
    const region = getRegion(r);
    return regionLabel(region, region.bilateral && referralSide !== 'midline' ? referralSide : 'midline', vocabulary);
  });
  const conditions = conditionsOfMuscle(focus.id);
  const side = m.bilateral && focus.side === 'midline' ? 'both' : focus.side;

  // Move keyboard and screen-reader focus to the card when it opens or changes muscle.
  const key = muscleKey(focus.id, focus.side);
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
        {otherNameIn(m, vocabulary)}
        {m.synonyms.length ? <span className="synonyms"> · also: {m.synonyms.join(', ')}</span> : null}
      </p>
      {m.bilateral ? (
        <fieldset className="segmented card-sides">
          <legend className="visually-hidden">Side</legend>
          {SIDES.map((s) => (
            <button
              key={s.side}
              type="button"
              aria-pressed={side === s.side}
              aria-label={s.side === 'both' ? 'Both sides' : `${s.label} side`}
              onClick={() => close({ id: focus.id, side: s.side })}
            >
              {s.label}
            </button>
          ))}
        </fieldset>
      ) : null}
      {study ? <MuscleStudyActions focus={focus} /> : null}
      <dl className="card-facts">
        <dt>Group</dt>
        <dd>{GROUP_NAMES[m.group].name}</dd>
        <dt>{w.layer}</dt>
        <dd>{textIn(LAYERS[m.layer], vocabulary)}</dd>
        <dt>Origin</dt>
        <dd>{m.origin}</dd>
        <dt>Insertion</dt>
        <dd>{m.insertion}</dd>
        <dt>{w.action}</dt>
        <dd>
          <ul>
            {m.actions.map((a) => (
              <li key={a}>{a.charAt(0).toUpperCase() + a.slice(1)}</li>
            ))}
          </ul>
        </dd>
        <dt>{w.nerve}</dt>
        <dd>
          {m.innervation.nerve} ({m.innervation.roots})
        </dd>
        <dt>{w.referral}</dt>
        <dd>
          {m.referral.description}
          {referralRegions.length ? <span className="referral-regions"> ({referralRegions.join(', ')})</span> : null}
        </dd>
        <dt>Related conditions</dt>
        <dd>
          {conditions.length ? (
            <ul className="card-links">
              {conditions.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      close(null);
                      openCondition(c.id);
                    }}
                  >
                    {nameIn(c, vocabulary)}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            'None listed.'
          )}
        </dd>
      </dl>
      <MuscleNeighbours focus={{ id: focus.id, side }} />
    </article>
  );
}
