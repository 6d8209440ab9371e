/**
 * Names what the pointer is over in the 3D view: the region and side, or a glowing muscle (in
 * study mode, any muscle shown — but never the answer to an open "find it" question).
 */
import { useLayoutEffect, useRef } from 'react';
import { useExplorer } from '../store/explorerStore';
import { type PointerPosition, pointerStore } from '../store/pointerStore';
import { muscleText, regionText, useVocabulary } from './useVocabulary';

/** Put the tooltip where the pointer is. */
function place(el: HTMLElement | null, p: PointerPosition | null): void {
  if (!el || !p) return;
  el.style.left = `${p.x}px`;
  el.style.top = `${p.y}px`;
}

export function HoverTooltip() {
  const hover = useExplorer((s) => s.hover);
  const box = useRef<HTMLDivElement>(null);
  // The tooltip follows the pointer without a React render: a subscription writes its style.
  useLayoutEffect(() => {
    if (!hover) return;
    place(box.current, pointerStore.getState().position);
    return pointerStore.subscribe((s) => place(box.current, s.position));
  }, [hover]);
  const vocabulary = useVocabulary();
  const selected = useExplorer((s) =>
    s.hover?.kind === 'region'
      ? s.sites.some((x) => x.region === s.hover?.id && (x.side ?? 'midline') === s.hover.side)
      : false,
  );
  const study = useExplorer((s) => s.source === 'study');
  // While a quiz question is open, the pointer must not name the muscle.
  const asking = useExplorer((s) =>
    s.source === 'study' && s.quizStage === 'asking' ? s.quiz?.questions[s.quiz.answers.length]?.kind : undefined,
  );
  const finding = asking !== undefined;
  if (!hover) return null;
  const text =
    hover.kind === 'region'
      ? regionText(hover.id, hover.side, vocabulary)
      : finding
        ? 'A muscle'
        : muscleText(hover.id, hover.side, vocabulary);
  const hint = study
    ? hover.kind === 'region'
      ? 'Peel the skin (Layers) to see the muscles'
      : asking === 'find'
        ? 'Click to answer'
        : finding
          ? 'Answer in the panel'
          : 'Click for its card · Shift-click to select'
    : hover.kind === 'muscle'
      ? 'Click for its card'
      : selected
        ? 'Selected as a pain site'
        : 'Click to add as a pain site';
  return (
    <div ref={box} className="hover-tooltip" aria-hidden="true">
      <strong>{text}</strong>
      <span>{hint}</span>
    </div>
  );
}
