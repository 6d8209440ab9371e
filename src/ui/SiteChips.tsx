/**
 * The selected pain sites, each with its 0–10 pain score (a slider: arrow keys, Home and End work)
 * and removable, and "clear all". The scores are kept with the session on this device, never in
 * the share link.
 */
import { siteKey, useExplorer } from '../store/explorerStore';
import { regionText, useVocabulary } from './useVocabulary';

export function SiteChips() {
  const sites = useExplorer((s) => s.sites);
  const removeSite = useExplorer((s) => s.removeSite);
  const clearSites = useExplorer((s) => s.clearSites);
  const pain = useExplorer((s) => s.pain);
  const setPain = useExplorer((s) => s.setPain);
  const vocabulary = useVocabulary();
  if (sites.length === 0) return null;
  return (
    <div className="chips">
      <ul aria-label="Selected pain sites">
        {sites.map((s) => {
          const text = regionText(s.region, s.side, vocabulary);
          const key = siteKey(s);
          const score = pain[key];
          return (
            <li key={key} className="chip">
              <span className="chip-dot" aria-hidden="true" />
              <span>{text}</span>
              <label className="chip-pain">
                <span className="visually-hidden">Pain at {text}, 0 (none) to 10 (worst)</span>
                <input
                  type="range"
                  min={0}
                  max={10}
                  step={1}
                  value={score ?? 0}
                  aria-valuetext={score === undefined ? 'not scored yet' : `${score} of 10`}
                  data-scored={score !== undefined}
                  onChange={(e) => setPain(key, Number(e.target.value))}
                />
                <output aria-hidden="true">{score ?? '–'}</output>
              </label>
              <button type="button" aria-label={`Remove ${text}`} onClick={() => removeSite(s)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button subtle" onClick={clearSites}>
        Clear all
      </button>
    </div>
  );
}
