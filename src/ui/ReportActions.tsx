/**
 * Share link and printable report.
 */
import { useEffect, useState } from 'react';
import { useExplorer } from '../store/explorerStore';
import { takeSnapshot } from '../store/snapshotBridge';

export function ReportActions() {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const ready = useExplorer((s) => s.load.phase === 'ready');
  /** Bumped when a fresh picture is in the report and it should print. */
  const [printRequest, setPrintRequest] = useState(0);

  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied('idle'), 2500);
  };

  const print = () => {
    // With the 3D view ready, print once its fresh picture is in the report; otherwise at once.
    if (ready && takeSnapshot()) setPrintRequest((n) => n + 1);
    else window.print();
  };

  // Print once the report with the fresh picture has been committed.
  useEffect(() => {
    if (printRequest === 0) return;
    const id = window.setTimeout(() => window.print(), 60);
    return () => window.clearTimeout(id);
  }, [printRequest]);

  return (
    <div className="report-actions">
      <button type="button" className="button" onClick={share}>
        <span className="label-long">{copied === 'copied' ? 'Link copied' : 'Copy share link'}</span>
        <span className="label-short" aria-hidden="true">
          {copied === 'copied' ? 'Copied' : 'Share'}
        </span>
      </button>
      <button type="button" className="button" onClick={print}>
        <span className="label-long">Print report</span>
        <span className="label-short" aria-hidden="true">
          Print
        </span>
      </button>
      <span className="visually-hidden" role="status">
        {copied === 'copied'
          ? 'The share link is copied.'
          : copied === 'failed'
            ? 'Copying failed: copy the address from the address bar.'
            : ''}
      </span>
    </div>
  );
}
