/**
 * Renders what a click shows first (the safety alerts and the primary muscles of one site) once,
 * into a detached element that is never attached to the page, while the person looks at the body:
 * the panel's components and React's paths for them are compiled before the first click instead
 * of during it (the first click's panel commit took about twice a later one's). Nothing is shown
 * and the store is only read.
 */
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { explain, regionSites } from '../domain/explain';
import { RoleSection } from './RoleSection';
import { SafetyAlerts } from './SafetyAlerts';

/** A site whose answer has both safety alerts and primary muscles: the left chest. */
function sampleExplanation() {
  const site = regionSites('chest').find((s) => s.side === 'left');
  return site ? explain({ sites: [site] }) : null;
}

/**
 * Render the sample answer's alerts and primary muscles into `element` (synchronously) and return
 * the root, for the caller to unmount; null when there is no sample.
 */
export function renderPanelSample(element: HTMLElement): Root | null {
  const explanation = sampleExplanation();
  if (!explanation) return null;
  const root = createRoot(element);
  flushSync(() =>
    root.render(
      <>
        <SafetyAlerts alerts={explanation.safety} />
        <RoleSection
          id="warm-up-h"
          kind="primary"
          title="warm-up"
          tag="warm-up"
          entries={explanation.primary.map((m) => ({ id: m.id, side: m.side, why: m.why }))}
        />
      </>,
    ),
  );
  return root;
}

export function PanelWarmUp() {
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
    const cancelIdle = globalThis.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => renderPanelSample(document.createElement('div'))?.unmount());
    return () => cancelIdle(handle as number);
  }, []);
  return null;
}
