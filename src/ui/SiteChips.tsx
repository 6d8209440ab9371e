/**
 * The selected pain sites, each removable, each with its acute / inflamed mark and its 0–10 pain
 * score (kept on the device), and "clear all". A site felt where an inflammatory condition is
 * likely suggests the mark.
 */
import { memo, useDeferredValue, useId } from 'react';
import { type Explanation, type PainSite, siteKey } from '../domain/explain';
import type { Vocabulary } from '../domain/labels';
import { PAIN_MAX, PAIN_MIN } from '../schemas/selection';
import { useExplorer } from '../store/explorerStore';
import { selectExplanation } from '../store/selectors';
import { inflamedSuggestions } from './planText';
import { regionText, useVocabulary } from './useVocabulary';
import '../styles/plan.css';

/**
 * The chips follow a click in a deferred render (`useDeferredValue`): the click commits the
 * highlight, the safety alerts and the primary muscles first (docs/budgets.md), and the memoised
 * list below is not rendered in that commit at all.
 */
export function SiteChips() {
  const sites = useDeferredValue(useExplorer((s) => s.sites));
  const explanation = useDeferredValue(useExplorer(selectExplanation));
  const vocabulary = useDeferredValue(useVocabulary());
  return <SiteChipList sites={sites} explanation={explanation} vocabulary={vocabulary} />;
}

interface ListProps {
  sites: readonly PainSite[];
  explanation: Explanation;
  vocabulary: Vocabulary;
}

const SiteChipList = memo(function SiteChipList({ sites, explanation, vocabulary }: ListProps) {
  const clearSites = useExplorer((s) => s.clearSites);
  if (sites.length === 0) return null;
  const suggestions = new Map(inflamedSuggestions(explanation, vocabulary).map((x) => [x.key, x.condition]));
  return (
    <div className="chips">
      <ul aria-label="Selected pain sites" className="site-chips">
        {sites.map((s) => {
          const key = siteKey(s);
          return (
            <SiteChip
              key={key}
              siteKey={key}
              text={regionText(s.region, s.side, vocabulary)}
              inflamed={s.inflamed === true}
              suggestion={suggestions.get(key)}
            />
          );
        })}
      </ul>
      <button type="button" className="button subtle" onClick={clearSites}>
        Clear all
      </button>
    </div>
  );
});

interface ChipProps {
  siteKey: string;
  text: string;
  inflamed: boolean;
  suggestion: string | undefined;
}

function SiteChip({ siteKey: key, text, inflamed, suggestion }: ChipProps) {
  const sites = useExplorer((s) => s.sites);
  const removeSite = useExplorer((s) => s.removeSite);
  const toggleInflamed = useExplorer((s) => s.toggleInflamed);
  const setPain = useExplorer((s) => s.setPain);
  const score = useExplorer((s) => s.pain[key]);
  const id = useId();
  const site = sites.find((x) => siteKey(x) === key);
  const valueText = score === undefined ? 'Pain not scored' : `Pain ${score} of ${PAIN_MAX}`;
  return (
    <li className={inflamed ? 'chip site-chip inflamed' : 'chip site-chip'}>
      <div className="chip-head">
        <span className="chip-dot" aria-hidden="true" />
        <span className="chip-name">{text}</span>
        {inflamed ? <span className="chip-badge">No deep work</span> : null}
        <button
          type="button"
          className="chip-remove"
          aria-label={`Remove ${text}`}
          onClick={() => site && removeSite(site)}
        >
          ×
        </button>
      </div>
      <div className="chip-controls">
        <button
          type="button"
          className="inflamed-toggle"
          aria-pressed={inflamed}
          aria-label={`Acute / inflamed: ${text}`}
          title="Acute, swollen or inflamed: no deep work on the muscles here"
          onClick={() => toggleInflamed(key)}
        >
          <span className="hatch-swatch" aria-hidden="true" />
          Acute / inflamed
        </button>
        <span className="pain-score">
          <label htmlFor={`${id}-pain`}>Pain</label>
          <input
            id={`${id}-pain`}
            type="range"
            min={PAIN_MIN}
            max={PAIN_MAX}
            step={1}
            value={score ?? PAIN_MIN}
            aria-label={`Pain score, ${text}`}
            aria-valuetext={valueText}
            data-scored={score !== undefined}
            onChange={(e) => setPain(key, Number(e.target.value))}
          />
          <output htmlFor={`${id}-pain`} aria-hidden="true">
            {score === undefined ? '–' : score}
          </output>
        </span>
      </div>
      {suggestion && !inflamed ? (
        <p className="chip-suggest">
          {suggestion} can be inflamed.{' '}
          <button
            type="button"
            className="link-button"
            aria-label={`Mark as inflamed? ${text}`}
            onClick={() => toggleInflamed(key)}
          >
            Mark as inflamed?
          </button>
        </p>
      ) : null}
    </li>
  );
}
