/**
 * What the 3D view's parts share with each other (never with the DOM panels): the camera's orbit
 * target, the labels last laid out (for the report image), and a few counters the test builds read
 * through the test hook (frames drawn, colour uploads, whether the camera is moving). One bridge per
 * mounted body, made by `BodyScene` and handed to its children as a prop.
 */
import type { Vector3 } from 'three';
import type { PlacedLabel } from './labelLayout';

/** A label as drawn, with its text lines and highlight role. */
export type DrawnLabel = PlacedLabel & { readonly lines: readonly string[]; readonly role: string };

export interface SceneBridge {
  /** The point the camera orbits (null until the camera rig is mounted). */
  target: Vector3 | null;
  /** The labels last laid out, for drawing them into the report image. */
  labels: readonly DrawnLabel[];
  /** Whether a camera move is under way or planned for the next frame. */
  cameraBusy: boolean;
  /** Frames drawn since the body was mounted. */
  frames: number;
  /** Paints that changed what is drawn (colours, draw order or visibility). */
  paints: number;
  /** Colour buffers uploaded to the GPU (one per merged mesh whose colours changed in a paint). */
  colourUploads: number;
  /** Ranges of those uploads (one per run of neighbouring changed parts). */
  colourRanges: number;
  /**
   * Whether the work left for after the first frame (merging muscles and bones, compiling every
   * material, building the picking hierarchies) is still to come.
   */
  warming: boolean;
  /** The kinds merged when the first frame with the model was drawn (null before it). */
  firstFrameKinds: readonly string[] | null;
}

export function createSceneBridge(): SceneBridge {
  return {
    target: null,
    labels: [],
    cameraBusy: false,
    frames: 0,
    paints: 0,
    colourUploads: 0,
    colourRanges: 0,
    warming: false,
    firstFrameKinds: null,
  };
}
