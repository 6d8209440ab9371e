/**
 * Names what the pointer is over in the 3D view: the region and side, or a glowing muscle.
 */
import type { MuscleId, RegionId } from '../domain/ids';
import { useExplorer } from '../store/explorerStore';
import { muscleText, regionText, useVocabulary } from './useVocabulary';

export function HoverTooltip() {
  const hover = useExplorer((s) => s.hover);
  const vocabulary = useVocabulary();
  const selected = useExplorer((s) =>
    s.hover?.kind === 'region'
      ? s.sites.some((x) => x.region === s.hover?.id && (x.side ?? 'midline') === s.hover.side)
      : false,
  );
  if (!hover) return null;
  const text =
    hover.kind === 'region'
      ? regionText(hover.id as RegionId, hover.side, vocabulary)
      : muscleText(hover.id as MuscleId, hover.side, vocabulary);
  const hint =
    hover.kind === 'muscle'
      ? 'Click for its card'
      : selected
        ? 'Selected as a pain site'
        : 'Click to add as a pain site';
  return (
    <div className="hover-tooltip" style={{ left: hover.x, top: hover.y }} aria-hidden="true">
      <strong>{text}</strong>
      <span>{hint}</span>
    </div>
  );
}
