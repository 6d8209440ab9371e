/**
 * The one check, shared by every reader of untrusted JSON (model files, saved work, share links,
 * quiz progress), that a parsed value is a plain object: not null, not an array.
 */

/** Whether a parsed JSON value is an object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
