/**
 * Labels in the chosen vocabulary, side always explicit.
 */
import type { MuscleId, RegionId } from '../domain/ids';
import { getMuscle, getRegion } from '../domain/knowledgeBase';
import { type MuscleSide, muscleLabel, regionLabel, type Vocabulary } from '../domain/labels';
import type { Side } from '../domain/types';
import { useExplorer } from '../store/explorerStore';
import { WORDING, type Wording } from './wording';

export function useVocabulary(): Vocabulary {
  return useExplorer((s) => s.vocabulary);
}

/** The interface's words in the chosen vocabulary. */
export function useWording(): Wording {
  const vocabulary = useVocabulary();
  return WORDING[vocabulary];
}

/** "Outside of right elbow" or "Right lateral epicondylar region". */
export function regionText(id: RegionId, side: Side, vocabulary: Vocabulary): string {
  return regionLabel(getRegion(id), side, vocabulary);
}

/** "Supinator (right)" or its plain name with the side. */
export function muscleText(id: MuscleId, side: MuscleSide, vocabulary: Vocabulary): string {
  return muscleLabel(getMuscle(id), side, vocabulary);
}
