/**
 * The workspace's frame (top bar, 3D view, panel) while the workspace is not there yet. index.html
 * holds the same markup as static HTML (with an empty `.canvas-place` and no progress), so the
 * page has this frame, and the 3D view its size, before any script runs; a test keeps the two
 * alike.
 */
import type { ReactNode } from 'react';

export function Shell({ canvas, progress }: { canvas: ReactNode; progress: ReactNode }) {
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand-mark" aria-hidden="true" />
      </header>
      <main className="workspace">
        <section className="viewport" aria-label="3D body view">
          <div className="canvas-host">{canvas}</div>
          {progress}
        </section>
        <aside className="panel" aria-label="Findings panel" aria-busy="true">
          <div className="shell-loading" role="status">
            <p>Loading MyoTrace…</p>
          </div>
        </aside>
      </main>
    </div>
  );
}
