/**
 * One muscle in a ranked list: its name with the side, why it is listed (with how well that is
 * backed, when known), and a button that opens its card. When the shown model (one opened from
 * the device) lacks it, it says "not in this model".
 */
import type { HighlightRole } from '../domain/highlight';
import type { MuscleId } from '../domain/ids';
import type { MuscleSide } from '../domain/labels';
import type { Evidence } from '../domain/types';
import { useExplorer } from '../store/explorerStore';
import { isMissingFromModel, useModel } from '../store/modelStore';
import { muscleText, useVocabulary } from './useVocabulary';

interface Props {
  id: MuscleId;
  side: MuscleSide;
  kind: HighlightRole;
  tag: string;
  why: string;
  /** How well the "why" is backed; shown as a small tag after it. */
  evidence?: Evidence;
}

/** The evidence levels: the tag's short text and what it says in full (its accessible label). */
export const EVIDENCE_WORDS: Record<Evidence, { short: string; long: string }> = {
  table: { short: 'table', long: 'from a published table' },
  textbook: { short: 'textbook', long: 'textbook' },
  reasoned: { short: 'reasoned', long: 'our reasoning' },
};

/** A small tag naming how well a statement is backed: "table", "textbook" or "reasoned". */
export function EvidenceTag({ evidence }: { evidence: Evidence }) {
  const w = EVIDENCE_WORDS[evidence];
  return (
    <span className={`evidence-tag evidence-${evidence}`} title={`Evidence: ${w.long}`}>
      <span aria-hidden="true">{w.short}</span>
      <span className="visually-hidden">(evidence: {w.long})</span>
    </span>
  );
}

export function MuscleEntry({ id, side, kind, tag, why, evidence }: Props) {
  const vocabulary = useVocabulary();
  const focusMuscle = useExplorer((s) => s.focusMuscle);
  const name = muscleText(id, side, vocabulary);
  const missing = useModel((s) => isMissingFromModel(s.info, id, side));
  return (
    <li className={`entry entry-${kind}`}>
      <button type="button" className="entry-button" onClick={() => focusMuscle({ id, side })}>
        <span className="entry-name">{name}</span>
        <span className="entry-tag">{tag}</span>
        {missing ? <span className="entry-missing">not in this model</span> : null}
      </button>
      <p className="entry-why">
        {why}
        {evidence ? <EvidenceTag evidence={evidence} /> : null}
      </p>
    </li>
  );
}
