/**
 * Front / back / left / right views and reset. "Left" and "right" are the subject's own sides.
 */
import { useExplorer } from '../store/explorerStore';
import type { ViewPreset } from '../store/shareLink';

const VIEWS: readonly { view: ViewPreset; label: string; short: string; title: string }[] = [
  { view: 'front', label: 'Front', short: 'Front', title: 'Show the front of the body' },
  { view: 'back', label: 'Back', short: 'Back', title: 'Show the back of the body' },
  { view: 'left', label: 'Left side', short: 'Left', title: "Show the body's left side" },
  { view: 'right', label: 'Right side', short: 'Right', title: "Show the body's right side" },
];

export function ViewControls() {
  // Pressed follows what the camera shows: none once it has turned away from the preset.
  const view = useExplorer((s) => s.shownView);
  const setView = useExplorer((s) => s.setView);
  return (
    <nav className="view-controls" aria-label="Camera views">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          title={v.title}
          aria-pressed={view === v.view}
          onClick={() => setView(v.view)}
        >
          <span className="label-long">{v.label}</span>
          <span className="label-short" aria-hidden="true">
            {v.short}
          </span>
        </button>
      ))}
      <button type="button" title="Show the whole body from the front" onClick={() => setView('front')}>
        <span className="label-long">Reset view</span>
        <span className="label-short" aria-hidden="true">
          Reset
        </span>
      </button>
    </nav>
  );
}
