/**
 * The body this device shows (male or female), remembered across visits in localStorage under its
 * own key, so the entry can start the right model download before anything else is read. A value
 * that is not a body is kept aside (quarantined) and reported; a missing one is a first visit.
 *
 * The entry reads this before the first frame, so it stays out of the `storage` chunk and out of
 * valibot: the stored value is a bare string, checked with the body contract's own guard
 * (`isBodyId`, the same id list `schemas/body.ts` checks links and sessions against).
 */
import { type BodyId, isBodyId } from '../domain/body/bodyId';
import type { KeyValueStorage } from './sessionStore';

/** The part of the Web Storage API this needs. */
export type BodyStorage = Pick<KeyValueStorage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the remembered body is kept. */
export const BODY_KEY = 'myotrace.body';

/** Prefix of the key a value that cannot be read is kept aside under (as `sessionStore.ts` does). */
const QUARANTINE_KEY = 'myotrace.quarantine.body.';

/** What the device remembers: the body (null: none remembered) and a sentence if something was lost. */
export interface RememberedBody {
  readonly body: BodyId | null;
  readonly problem: string | null;
}

/** Read the remembered body; a value that is not a body is kept aside and reported. */
export function loadBodyPreference(storage: BodyStorage, now = new Date()): RememberedBody {
  let raw: string | null;
  try {
    raw = storage.getItem(BODY_KEY);
  } catch {
    return { body: null, problem: null };
  }
  if (raw === null) return { body: null, problem: null };
  if (isBodyId(raw)) return { body: raw, problem: null };
  const key = `${QUARANTINE_KEY}${now.toISOString()}`;
  try {
    storage.setItem(key, raw);
    storage.removeItem(BODY_KEY);
  } catch {
    // Storage refused: the value stays where it was and is read (and refused) again next time.
  }
  return {
    body: null,
    problem: `The body chosen on this device could not be read, so the default body is shown; choose yours with the Body switch. The stored value was kept aside (${key}).`,
  };
}

/** Remember the body. Returns false when storage refuses (the choice then lasts this visit only). */
export function saveBodyPreference(storage: Pick<KeyValueStorage, 'setItem'>, body: BodyId): boolean {
  try {
    storage.setItem(BODY_KEY, body);
    return true;
  } catch {
    return false;
  }
}
