/**
 * The 3D view's loading indicator: indeterminate while the code arrives, then the model's
 * download progress; a message if the view cannot start.
 */
import { useExplorer } from '../store/explorerStore';

export function LoadProgress() {
  const load = useExplorer((s) => s.load);
  if (load.phase === 'ready') return null;
  if (load.phase === 'error') {
    if (load.caught) return null;
    return (
      <div className="load-overlay load-error" role="alert">
        <p>The 3D body could not be shown{load.message ? ` (${load.message})` : ''}.</p>
        <p>Choose where it hurts from the list in the panel: the explanation is the same.</p>
      </div>
    );
  }
  const pct = Math.round(load.progress * 100);
  const label = load.phase === 'code' ? 'Preparing the 3D view…' : `Loading the body… ${pct}%`;
  return (
    <div className="load-overlay">
      <div
        className="progress"
        role="progressbar"
        aria-label="Loading the 3D body"
        aria-valuemin={0}
        aria-valuemax={100}
        {...(load.phase === 'model' ? { 'aria-valuenow': pct } : {})}
      >
        <div
          className={load.phase === 'code' ? 'progress-bar indeterminate' : 'progress-bar'}
          style={load.phase === 'model' ? { width: `${Math.max(4, pct)}%` } : undefined}
        />
      </div>
      <p className="progress-label">{label}</p>
    </div>
  );
}
