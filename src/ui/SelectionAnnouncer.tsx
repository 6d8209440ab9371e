/**
 * Tells screen-reader users what a selection changed: which sites are selected and how many
 * muscles the explanation lists.
 */
import { useExplorer } from '../store/explorerStore';
import { selectExplanation } from '../store/selectors';
import { regionText, useVocabulary } from './useVocabulary';

export function SelectionAnnouncer() {
  const sites = useExplorer((s) => s.sites);
  const explanation = useExplorer(selectExplanation);
  const vocabulary = useVocabulary();
  const text =
    sites.length === 0
      ? 'No pain site selected.'
      : `${sites.map((s) => regionText(s.region, s.side, vocabulary)).join(', ')} selected: ` +
        `${explanation.primary.length} muscles likely involved, ${explanation.compensating.length} compensating. ` +
        'The explanation follows the selected sites.';
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  );
}
