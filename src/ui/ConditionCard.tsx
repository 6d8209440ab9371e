/**
 * A condition's card, opened from the search or a muscle card: the safety alerts of the current
 * question that concern it (those fired at its regions, and those of the health intake) first,
 * what it is, the cautions and red flags, where it is felt (each region a link that adds it as a pain site, with its side) and the
 * muscles involved (each a link to its card).
 */
import { useEffect, useRef } from 'react';
import { regionSites } from '../domain/explain';
import type { ConditionId } from '../domain/ids';
import { getCondition, getRegion } from '../domain/knowledgeBase';
import { regionLabel } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { selectExplanation } from '../store/selectors';
import { bothSides, openMuscle } from './openMuscle';
import { SafetyAlerts } from './SafetyAlerts';
import { muscleText, useVocabulary } from './useVocabulary';
import '../styles/study.css';
import { ConditionCautions } from './ConditionCautions';
import { nameIn, otherNameIn, WORDING } from './wording';

export function ConditionCard({ id }: { id: ConditionId }) {
  const vocabulary = useVocabulary();
  const close = useExplorer((s) => s.openCondition);
  const addSite = useExplorer((s) => s.addSite);
  const heading = useRef<HTMLHeadingElement>(null);
  const c = getCondition(id);
  const safety = useExplorer(selectExplanation).safety;
  const alerts = safety.filter(
    (a) => a.sites.length === 0 || a.sites.some((t) => (c.regions as readonly string[]).includes(t.split('.')[0]!)),
  );

  useEffect(() => {
    if (id) heading.current?.focus();
  }, [id]);

  return (
    <article className="muscle-card condition-card" aria-labelledby="condition-h">
      <button type="button" className="button subtle back" onClick={() => close(null)}>
        ← Back
      </button>
      <h2 id="condition-h" ref={heading} tabIndex={-1}>
        {nameIn(c, vocabulary)}
      </h2>
      <p className="card-names">
        {otherNameIn(c, vocabulary)}
        {c.inflammatory ? <span className="badge warn">Inflammation</span> : null}
      </p>
      <SafetyAlerts alerts={alerts} headingId="card-safety-h" level={3} />
      <p>{c.description}</p>
      <ConditionCautions inflammatory={c.inflammatory} caution={c.caution} redFlags={c.redFlags} />
      <h3>{WORDING[vocabulary].whereFelt}</h3>
      <p className="hint">Choose a side to add it as a pain site.</p>
      <ul className="card-links region-links">
        {c.regions.map((r) => {
          const region = getRegion(r);
          return (
            <li key={r} className="region-row">
              <span className="region-name">{regionLabel(region, 'midline', vocabulary)}</span>
              <span className="region-sides">
                {regionSites(r).map((site) => (
                  <button
                    key={site.side}
                    type="button"
                    className="side-toggle"
                    aria-label={`Add ${regionLabel(region, site.side, vocabulary)} as a pain site`}
                    onClick={() => {
                      close(null);
                      addSite(site);
                    }}
                  >
                    {site.side === 'midline' ? 'Add' : site.side === 'left' ? 'Left' : 'Right'}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      <h3>{WORDING[vocabulary].musclesInvolved}</h3>
      <ul className="card-links">
        {c.muscles.map((m) => (
          <li key={m}>
            <button type="button" className="link-button" onClick={() => openMuscle(bothSides(m))}>
              {muscleText(m, bothSides(m).side, vocabulary)}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
