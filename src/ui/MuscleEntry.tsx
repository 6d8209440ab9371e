/**
 * One muscle in a ranked list: its name with the side, why it is listed, and a button that opens
 * its card. When the shown model (one opened from the device) lacks it, it says "not in this model".
 */
import type { HighlightRole } from '../domain/highlight';
import type { MuscleId } from '../domain/ids';
import type { MuscleSide } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { isMissingFromModel, useModel } from '../store/modelStore';
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
  const missing = useModel((s) => isMissingFromModel(s.info, id, side));
  return (
    <li className={`entry entry-${kind}`}>
      <button type="button" className="entry-button" onClick={() => focusMuscle({ id, side })}>
        <span className="entry-name">{name}</span>
        <span className="entry-tag">{tag}</span>
        {missing ? <span className="entry-missing">not in this model</span> : null}
      </button>
      <p className="entry-why">{why}</p>
    </li>
  );
}
