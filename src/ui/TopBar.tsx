/**
 * The top bar: the product name, the search box, the vocabulary switch, the saved sessions, and
 * the share and print actions.
 */
import { ReportActions } from './ReportActions';
import { SearchBox } from './SearchBox';
import { SessionsButton } from './SessionsButton';
import { VocabularySwitch } from './VocabularySwitch';

export function TopBar() {
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <h1>MyoTrace</h1>
        <span className="brand-tagline">Where does it hurt?</span>
      </div>
      <SearchBox />
      <div className="topbar-actions">
        <VocabularySwitch />
        <SessionsButton />
        <ReportActions />
      </div>
    </header>
  );
}
