/**
 * Plain words for the client, medical terms for the therapist.
 */
import { useExplorer } from '../store/explorerStore';

export function VocabularySwitch() {
  const vocabulary = useExplorer((s) => s.vocabulary);
  const setVocabulary = useExplorer((s) => s.setVocabulary);
  return (
    <fieldset className="segmented" aria-label="Words used">
      <legend className="visually-hidden">Words used</legend>
      <button type="button" aria-pressed={vocabulary === 'plain'} onClick={() => setVocabulary('plain')}>
        <span className="label-long">Plain words</span>
        <span className="label-short" aria-hidden="true">
          Plain
        </span>
      </button>
      <button type="button" aria-pressed={vocabulary === 'medical'} onClick={() => setVocabulary('medical')}>
        <span className="label-long">Medical terms</span>
        <span className="label-short" aria-hidden="true">
          Medical
        </span>
      </button>
    </fieldset>
  );
}
