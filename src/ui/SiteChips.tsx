/**
 * The selected pain sites, each removable, and "clear all".
 */
import { useExplorer } from '../store/explorerStore';
import { regionText, useVocabulary } from './useVocabulary';

export function SiteChips() {
  const sites = useExplorer((s) => s.sites);
  const removeSite = useExplorer((s) => s.removeSite);
  const clearSites = useExplorer((s) => s.clearSites);
  const vocabulary = useVocabulary();
  if (sites.length === 0) return null;
  return (
    <div className="chips">
      <ul aria-label="Selected pain sites">
        {sites.map((s) => {
          const text = regionText(s.region, s.side, vocabulary);
          return (
            <li key={`${s.region}|${s.side}`} className="chip">
              <span className="chip-dot" aria-hidden="true" />
              <span>{text}</span>
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
