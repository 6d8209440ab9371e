/**
 * The schema of a body id read from outside (a share link, a saved session, the device's remembered
 * choice): one of `BODY_IDS`. Each reader says in its own words what happens to a value that is not
 * a body (the default body is shown). The entry's early read of the device's choice uses the
 * contract's `isBodyId` instead (see `persistence/bodyPreference.ts`), so valibot stays out of the
 * first chunk.
 */
import * as v from 'valibot';
import { BODY_IDS, type BodyId } from '../domain/body/bodyId';

/** A body id: `male` or `female`. */
export const BODY = v.picklist(BODY_IDS);

/** The body named by untrusted input, or null when it names none. */
export function readBody(input: unknown): BodyId | null {
  return v.is(BODY, input) ? input : null;
}
