/**
 * Says so while the browser has taken the 3D view's graphics context away; the view comes back by
 * itself when the context is restored, and the panels keep working meanwhile.
 */
import { useModel } from '../store/modelStore';

export function ContextLostNotice() {
  const lost = useModel((s) => s.contextLost);
  if (!lost) return null;
  return (
    <div className="load-overlay load-error context-lost" role="status">
      <p>The 3D view was interrupted by the graphics system.</p>
      <p>It comes back by itself when the browser allows; the panels keep working meanwhile.</p>
    </div>
  );
}
