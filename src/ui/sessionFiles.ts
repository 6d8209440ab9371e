/**
 * Saved sessions to and from a file on the device: the export is offered as a download from a
 * blob URL made on this page (nothing leaves the device), the import reads a file the person
 * picked and merges it into the saved sessions, saying what it could not read.
 */
import { exportSessions, importSessions, mergeSessions, type SavedSession } from '../persistence/savedSessions';

/** Offer the sessions as a JSON file download. */
export function downloadSessions(sessions: readonly SavedSession[], now = new Date()): string {
  const name = `myotrace-sessions-${now.toISOString().slice(0, 10)}.json`;
  const url = URL.createObjectURL(new Blob([exportSessions(sessions, now)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to start the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** The merged list after importing a file, and a sentence for the person. */
export async function importSessionsFile(
  file: File,
  existing: readonly SavedSession[],
): Promise<{ sessions: SavedSession[] | null; message: string }> {
  let text: string;
  try {
    text = file.size > 5_000_000 ? '' : await file.text();
  } catch {
    return { sessions: null, message: `“${file.name}” could not be read from the device. Nothing was changed.` };
  }
  if (file.size > 5_000_000)
    return { sessions: null, message: `“${file.name}” is too large to be a MyoTrace export. Nothing was changed.` };
  const r = importSessions(text);
  if (r.error)
    return {
      sessions: null,
      message: `“${file.name}”: ${r.error}${/nothing was changed/i.test(r.error) ? '' : ' Nothing was changed.'}`,
    };
  const merged = mergeSessions(existing, r.sessions);
  const known = new Map(existing.map((s) => [s.id, s]));
  const added = r.sessions.filter((s) => !known.has(s.id)).length;
  const updated = r.sessions.filter((s) => known.has(s.id) && merged.includes(s) && known.get(s.id) !== s).length;
  const kept = r.sessions.length - added - updated;
  const parts = [`Imported from “${file.name}”: ${added} new session${added === 1 ? '' : 's'}`];
  if (updated) parts.push(`${updated} updated with a newer version`);
  if (kept) parts.push(`${kept} already here in the same or a newer version`);
  let message = `${parts.join(', ')}.`;
  if (r.rejected.length) {
    message += ` Not imported or imported in part (${r.rejected.length}): ${[...new Set(r.rejected.map((x) => x.reason))].join('; ')}.`;
  }
  return { sessions: merged, message };
}
