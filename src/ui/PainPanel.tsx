/**
 * "Where does it hurt?": the safety alerts first (red flags of the sites and the health intake,
 * emergency first), the chosen pain sites, the region list, and the explanation.
 */
import { useExplorer } from '../store/explorerStore';
import { ExplanationView } from './ExplanationView';
import { PanelWarmUp } from './PanelWarmUp';
import { RegionPicker } from './RegionPicker';
import { CurrentSafetyAlerts } from './SafetyAlerts';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { SiteChips } from './SiteChips';

export function PainPanel() {
  const hasSites = useExplorer((s) => s.sites.length > 0);
  return (
    <>
      <CurrentSafetyAlerts />
      <section className="panel-section" aria-labelledby="sites-h">
        <h2 id="sites-h">Where does it hurt?</h2>
        {hasSites ? null : (
          <p className="hint">
            Point at the body and click where it hurts, or choose from the list below. You can pick several places.
          </p>
        )}
        <SiteChips />
        <SelectionAnnouncer />
      </section>
      {hasSites ? <ExplanationView /> : null}
      <RegionPicker hasSites={hasSites} />
      <PanelWarmUp />
    </>
  );
}
