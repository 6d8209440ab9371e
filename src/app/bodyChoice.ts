/**
 * Which body the page starts with, decided before anything is fetched so that only that body's
 * file is downloaded: the share link's `body` when a link is open (a link without one shows the
 * male body, as links made before the switch did), else the body this device remembers, else the
 * default. The choice is then remembered on the device whenever the body shown changes (by the
 * switch, a link or opened work), so the next visit starts with it.
 */
import { type BodyId, DEFAULT_BODY, isBodyId } from '../domain/body/bodyId';
import { type BodyStorage, loadBodyPreference, saveBodyPreference } from '../persistence/bodyPreference';
import { useExplorer } from '../store/explorerStore';
import { linkParams } from './linkHash';

function localStorageOrNull(): BodyStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The body a link asks for: null when no link is open (an unknown value is reported by the link sync). */
export function linkedBody(hash: string): BodyId | null {
  const params = linkParams(hash);
  if (!params) return null;
  const body = params.get('body');
  return body !== null && isBodyId(body) ? body : DEFAULT_BODY;
}

/**
 * Decide the body to start with and put it in the explorer store (with whether it was chosen
 * before), report a remembered value that could not be read, and remember every later change.
 * Returns the body, whose file the entry starts fetching at once.
 */
export function startBodyChoice(
  hash: string = window.location.hash,
  storage: BodyStorage | null = localStorageOrNull(),
): BodyId {
  const remembered = storage ? loadBodyPreference(storage) : { body: null, problem: null };
  const body = linkedBody(hash) ?? remembered.body ?? DEFAULT_BODY;
  const explorer = useExplorer.getState();
  useExplorer.setState({ body, bodyChosen: remembered.body !== null });
  if (remembered.problem) explorer.notify(remembered.problem);
  if (storage) {
    // A link's body is remembered too (the next visit starts where this one is).
    if (remembered.body !== null && remembered.body !== body) saveBodyPreference(storage, body);
    useExplorer.subscribe((s, prev) => {
      if (s.body !== prev.body) saveBodyPreference(storage, s.body);
    });
  }
  return body;
}
