/**
 * Notices for the person, such as what a share link could not restore. Dismissible.
 */
import { useExplorer } from '../store/explorerStore';

export function NoticeBar() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n, i) => (
        <div className="notice" key={n}>
          <p>{n}</p>
          <button type="button" className="button small" onClick={() => dismiss(i)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
