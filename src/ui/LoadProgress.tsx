/**
 * The 3D view's loading indicator: indeterminate while the code arrives, then the model's
 * download progress; a message if the view cannot start. The same progress shows while the other
 * body loads after a switch (the body shown stays under it until the new one is drawn).
 */
import { useExplorer } from '../store/explorerStore';
import { useModel } from '../store/modelStore';

export function LoadProgress() {
  const load = useExplorer((s) => s.load);
  const switching = useModel((s) => s.status === 'opening' && s.request === null);
  const download = useModel((s) => s.download);
  if (load.phase === 'ready') return switching ? <Progress phase="model" progress={download} /> : null;
  if (load.phase === 'error') {
    if (load.caught) return null;
    return (
      <div className="load-overlay load-error" role="alert">
        <p>The 3D body could not be shown{load.message ? ` (${load.message})` : ''}.</p>
        <p>Choose where it hurts from the list in the panel: the explanation is the same.</p>
      </div>
    );
  }
  return <Progress phase={load.phase} progress={load.progress} />;
}

function Progress({ phase, progress }: { phase: 'code' | 'model'; progress: number }) {
  const pct = Math.round(progress * 100);
  const label = phase === 'code' ? 'Preparing the 3D view…' : `Loading the body… ${pct}%`;
  return (
    <div className="load-overlay">
      <div
        className="progress"
        role="progressbar"
        aria-label="Loading the 3D body"
        aria-valuemin={0}
        aria-valuemax={100}
        {...(phase === 'model' ? { 'aria-valuenow': pct } : {})}
      >
        <div
          className={phase === 'code' ? 'progress-bar indeterminate' : 'progress-bar'}
          style={phase === 'model' ? { width: `${Math.max(4, pct)}%` } : undefined}
        />
      </div>
      <p className="progress-label">{label}</p>
    </div>
  );
}
