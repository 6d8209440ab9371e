/**
 * Reading a share link's hash before the share link's own code has loaded (the entry picks the
 * body and the view from it). The link's sync reads the whole link later and reports what it
 * cannot understand.
 */

/** The parameters of a link's hash, or null when no link is open (an empty hash). */
export function linkParams(hash: string): URLSearchParams | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.trim() === '') return null;
  try {
    return new URLSearchParams(text);
  } catch {
    return null;
  }
}
