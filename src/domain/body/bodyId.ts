/**
 * The bodies the explorer can show. Both share one knowledge base and the same muscle, bone and
 * region ids; only the geometry differs (see docs/female-body.md once written).
 */

/** Every body, in the order the body switch lists them. */
export const BODY_IDS = ['male', 'female'] as const;

/** A body the model generator builds and the app can load. */
export type BodyId = (typeof BODY_IDS)[number];

/**
 * The body used where none was chosen: a share link or saved session written before the switch
 * existed, the CLI without `--body`, and the first visit until the person picks one.
 */
export const DEFAULT_BODY: BodyId = 'male';

/** Whether a string names a body (for parsing links, saved work and CLI flags). */
export function isBodyId(value: string): value is BodyId {
  return (BODY_IDS as readonly string[]).includes(value);
}
