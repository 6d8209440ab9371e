/**
 * Fetches the clinical content (built as one hashed JSON file, see scripts/vite/contentAsset.ts).
 * Production builds only. When it cannot be fetched, the page says so plainly instead of staying
 * blank, and the error is passed on (the modules that need the content do not load).
 */
export async function loadContent(url: string): Promise<Record<string, Record<string, unknown>>> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as Record<string, Record<string, unknown>>;
  } catch (error) {
    showContentFailure(error);
    throw error;
  }
}

/** The message shown when the content could not be fetched. */
export const CONTENT_FAILURE_MESSAGE =
  'MyoTrace could not load its clinical content. Check the connection and reload the page.';

export function showContentFailure(error: unknown): void {
  if (typeof document === 'undefined' || document.getElementById('content-failure')) return;
  const box = document.createElement('div');
  box.id = 'content-failure';
  box.className = 'content-failure';
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = CONTENT_FAILURE_MESSAGE;
  const reason = document.createElement('p');
  reason.className = 'hint';
  reason.textContent = `Reason: ${error instanceof Error ? error.message : String(error)}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => location.reload());
  box.append(p, reason, button);
  document.body.prepend(box);
}
