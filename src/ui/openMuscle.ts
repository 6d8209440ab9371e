/**
 * Opening a muscle's card from the search, a link or a list: focus the muscle (the camera frames
 * it and the card opens). In study mode, the layers are peeled down to the muscle when it lies
 * under what is shown, so it is seen where it is.
 */
import type { MuscleRef } from '../domain/highlight';
import { getMuscle } from '../domain/knowledgeBase';
import { peelFor } from '../domain/studyView';
import { useExplorer } from '../store/explorerStore';

/** Focus a muscle and open its card. */
export function openMuscle(ref: MuscleRef): void {
  const s = useExplorer.getState();
  if (s.source === 'study') {
    const peel = peelFor(getMuscle(ref.id).layer);
    if (s.peel < peel) s.setPeel(peel);
  }
  s.focusMuscle(ref);
}

/** The muscle on both sides (or the midline for a single muscle). */
export function bothSides(id: MuscleRef['id']): MuscleRef {
  return { id, side: getMuscle(id).bilateral ? 'both' : 'midline' };
}
