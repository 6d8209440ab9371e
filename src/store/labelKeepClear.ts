/**
 * The attribute the UI puts on a control drawn over the 3D view (the body switch's corner) so the
 * scene's labels keep clear of it. Shared here because the UI and the scene meet in the store.
 */
export const LABELS_KEEP_CLEAR = 'data-labels-keep-clear';
