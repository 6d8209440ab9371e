/**
 * One muscle in a ranked list: its name with the side, why it is listed, and a button that opens
 * its card.
 */
import type { HighlightRole } from '../domain/highlight';
import type { MuscleId } from '../domain/ids';
import type { MuscleSide } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { muscleText, useVocabulary } from './useVocabulary';

interface Props {
  id: MuscleId;
  side: MuscleSide;
  kind: HighlightRole;
  tag: string;
  why: string;
}

export function MuscleEntry({ id, side, kind, tag, why }: Props) {
  const vocabulary = useVocabulary();
  const focusMuscle = useExplorer((s) => s.focusMuscle);
  const name = muscleText(id, side, vocabulary);
  return (
    <li className={`entry entry-${kind}`}>
      <button type="button" className="entry-button" onClick={() => focusMuscle({ id, side })}>
        <span className="entry-name">{name}</span>
        <span className="entry-tag">{tag}</span>
      </button>
      <p className="entry-why">{why}</p>
    </li>
  );
}
