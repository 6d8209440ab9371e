/**
 * The top bar: the product name, the vocabulary switch, and the share and print actions.
 */
import { ReportActions } from './ReportActions';
import { VocabularySwitch } from './VocabularySwitch';

export function TopBar() {
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <h1>MyoTrace</h1>
        <span className="brand-tagline">Where does it hurt?</span>
      </div>
      <div className="topbar-actions">
        <VocabularySwitch />
        <ReportActions />
      </div>
    </header>
  );
}
