/**
 * The explorer's screen: the top bar, the 3D view with its overlays, and the side panel (a bottom
 * sheet on phones). The 3D view itself is passed in, so the panels never import it.
 */
import { type ReactNode, useState } from 'react';
import { HoverTooltip } from './HoverTooltip';
import { Legend } from './Legend';
import { LoadProgress } from './LoadProgress';
import { NoticeBar } from './NoticeBar';
import { PrintReport } from './PrintReport';
import { SidePanel } from './SidePanel';
import { TopBar } from './TopBar';
import { ViewControls } from './ViewControls';

export default function Workspace({ canvas }: { canvas: ReactNode }) {
  const [sheetOpen, setSheetOpen] = useState(false);
  return (
    <>
      <div className="app">
        <TopBar />
        <NoticeBar />
        <main className="workspace">
          <section className="viewport" aria-label="3D body view">
            <h2 className="visually-hidden">3D body</h2>
            <div className="canvas-host">{canvas}</div>
            <LoadProgress />
            <Legend />
            <ViewControls />
            <HoverTooltip />
          </section>
          <SidePanel sheetOpen={sheetOpen} onToggleSheet={() => setSheetOpen((o) => !o)} />
        </main>
      </div>
      <PrintReport />
    </>
  );
}
