/**
 * Scene-internal handles shared by the 3D view's parts (not by the DOM panels).
 */
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { PlacedLabel } from './labelLayout';

export const cameraState: {
  controls: OrbitControls | null;
  /** The labels last laid out, with their text, for drawing them into the report image. */
  labels: readonly (PlacedLabel & { lines: readonly string[]; role: string })[];
} = { controls: null, labels: [] };
