/**
 * The explorer's screen: the top bar, the 3D view with its overlays, and the side panel (a bottom
 * sheet on phones). The 3D view itself is passed in, so the panels never import it.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { useExplorer } from '../store/explorerStore';
import { LABELS_KEEP_CLEAR } from '../store/labelKeepClear';
import { BodySwitch } from './BodySwitch';
import { ContextLostNotice } from './ContextLostNotice';
import { HoverTooltip } from './HoverTooltip';
import { Legend } from './Legend';
import { LoadProgress } from './LoadProgress';
import { NoticeBar } from './NoticeBar';
import { OwnModelPanel } from './OwnModelPanel';
import { PrintReport } from './PrintReport';
import { SidePanel } from './SidePanel';
import { TopBar } from './TopBar';
import { useModelDrop } from './useModelDrop';
import { ViewControls } from './ViewControls';

/** How long the panel waits for the body's first frame at most. */
const PANEL_WAIT_MS = 1200;

/**
 * The panel is built right after the body's first frame (or when the 3D view fails, or after a
 * short wait), so the body appears as soon as it can; the panel follows a moment later.
 */
function usePanelReady(): boolean {
  const drawn = useExplorer((s) => s.load.phase === 'ready' || s.load.phase === 'error');
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const id = window.setTimeout(() => setWaited(true), PANEL_WAIT_MS);
    return () => window.clearTimeout(id);
  }, []);
  return drawn || waited;
}

export default function Workspace({ canvas }: { canvas: ReactNode }) {
  const [sheetOpen, setSheetOpen] = useState(false);
  const panelReady = usePanelReady();
  const drop = useModelDrop();
  return (
    <>
      <div className="app">
        <TopBar />
        <NoticeBar />
        <main className="workspace">
          <section
            className={drop.active ? 'viewport dropping' : 'viewport'}
            aria-label="3D body view"
            {...drop.handlers}
          >
            <h2 className="visually-hidden">3D body</h2>
            <div className="canvas-host">{canvas}</div>
            <LoadProgress />
            <Legend />
            <ViewControls />
            <div className="model-corner" {...{ [LABELS_KEEP_CLEAR]: '' }}>
              <BodySwitch />
              <OwnModelPanel />
            </div>
            <ContextLostNotice />
            <HoverTooltip />
          </section>
          {panelReady ? (
            <SidePanel sheetOpen={sheetOpen} onToggleSheet={() => setSheetOpen((o) => !o)} />
          ) : (
            <aside className="panel" aria-label="Findings panel" aria-busy="true" />
          )}
        </main>
      </div>
      <PrintReport />
    </>
  );
}
