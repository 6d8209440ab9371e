/**
 * The camera's view presets, and reading one from untrusted text. Plain values with no other
 * import, so the entry can read a link's view before the share link's own code has loaded.
 */

/** Camera presets: the subject seen from the front, the back, or its own left or right side. */
export type ViewPreset = 'front' | 'back' | 'left' | 'right';

export const VIEW_PRESETS: readonly ViewPreset[] = ['front', 'back', 'left', 'right'];

/** Narrow an untrusted string to a view preset. */
export function isViewPreset(s: string): s is ViewPreset {
  return (VIEW_PRESETS as readonly string[]).includes(s);
}
