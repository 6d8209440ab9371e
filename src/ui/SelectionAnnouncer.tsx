/**
 * Tells screen-reader users what a selection changed: which sites are selected and how many
 * muscles the explanation lists.
 */
import { memo, useDeferredValue } from 'react';
import type { Explanation, PainSite } from '../domain/explain';
import type { Vocabulary } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { selectExplanation } from '../store/selectors';
import { regionText, useVocabulary } from './useVocabulary';

export function SelectionAnnouncer() {
  // Announced after a click's first commit (highlight, alerts, primary muscles), in a deferred render.
  const sites = useDeferredValue(useExplorer((s) => s.sites));
  const explanation = useDeferredValue(useExplorer(selectExplanation));
  const vocabulary = useDeferredValue(useVocabulary());
  return <Announcement sites={sites} explanation={explanation} vocabulary={vocabulary} />;
}

interface Props {
  sites: readonly PainSite[];
  explanation: Explanation;
  vocabulary: Vocabulary;
}

const Announcement = memo(function Announcement({ sites, explanation, vocabulary }: Props) {
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
});
