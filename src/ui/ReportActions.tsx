/**
 * Share link and printable report.
 */
import { useEffect, useRef, useState } from 'react';
import { useExplorer } from '../store/explorerStore';

export function ReportActions() {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const requestSnapshot = useExplorer((s) => s.requestSnapshot);
  const snapshot = useExplorer((s) => s.snapshot);
  const ready = useExplorer((s) => s.load.phase === 'ready');
  const printing = useRef(false);

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
    if (ready) {
      printing.current = true;
      requestSnapshot();
    } else {
      window.print();
    }
  };

  // Print once the scene has answered with a fresh image (the report shows it).
  useEffect(() => {
    if (!printing.current || !snapshot) return;
    printing.current = false;
    const id = window.setTimeout(() => window.print(), 60);
    return () => window.clearTimeout(id);
  }, [snapshot]);

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
