/**
 * Body profiles: what makes each body of the explorer differ from the reference (male) body the
 * anatomical data is written for. A profile is a handful of numbers — a stature, tables of how
 * wide the trunk and legs are at each height, where the forearms and knees sit, a breast contour
 * — never a copy of the anatomy. `warp.ts` turns it into a smooth map of the reference frame onto
 * the body; see docs/female-body.md for the figures and their sources.
 */
import type { BodyId } from './bodyId';
import type { Knot } from './smoothTable';

/** The breast contour of a body, in the reference (male) frame, left side. */
export interface BreastProfile {
  /** Centre of the breast on the chest wall (x, y); only the front of the chest is lifted. */
  readonly centre: readonly [x: number, y: number];
  /** Half-width, and the extents above and below the centre, metres. */
  readonly radius: { readonly side: number; readonly up: number; readonly down: number };
  /** How far the skin is lifted off the chest at the centre, metres. */
  readonly depth: number;
  /** The lift fades in between these z (metres) so only the front of the chest carries it. */
  readonly front: readonly [from: number, to: number];
}

/** A body as a smooth change of the reference body. All heights are reference-frame heights. */
export interface BodyProfile {
  readonly id: BodyId;
  /** Stature (floor to the top of the head), metres. */
  readonly stature: number;
  /**
   * Trunk and legs: the factor by which the distance from the midline grows at each height
   * (0 = as the reference; −0.05 = 5 % narrower). Shoulders, waist, pelvis and knees.
   */
  readonly widths: readonly Knot[];
  /** Trunk and legs: a shift towards (−) or away from (+) the midline at each height, metres. */
  readonly shifts: readonly Knot[];
  /**
   * Arms: the whole arm's shift away from the midline at each height, metres. A shift that grows
   * down the forearm turns the forearm outwards: a larger carrying angle.
   */
  readonly arm: readonly Knot[];
  /**
   * Behind the hip joints' plane (z < 0): the factor by which the depth grows at each height
   * (buttocks fuller, the low back drawn in).
   */
  readonly behind: readonly Knot[];
  /** Between these distances from the midline (metres) the trunk's change gives way to the arm's. */
  readonly armZone: readonly [from: number, to: number];
  /** The skin's breast contour, if any. */
  readonly breast?: BreastProfile;
  /**
   * How far the skin follows the muscle relief of `details.ts` (the outlines of the bellies under
   * it): 1 for the reference body, less for a softer relief.
   */
  readonly relief: number;
}

/** The body the anatomical data is written for; every other body is a warp of it. */
export const REFERENCE_BODY: BodyId = 'male';

/** The reference body's stature, metres (design §2: the top of the head at y = 1.75). */
export const REFERENCE_STATURE = 1.75;

const MALE: BodyProfile = {
  id: 'male',
  stature: REFERENCE_STATURE,
  widths: [
    [0, 0],
    [1, 0],
  ],
  shifts: [
    [0, 0],
    [1, 0],
  ],
  arm: [
    [0, 0],
    [1, 0],
  ],
  behind: [
    [0, 0],
    [1, 0],
  ],
  armZone: [0.15, 0.21],
  relief: 1,
};

/**
 * The female body. Stature and the breadths relative to stature follow ANSUR II (Gordon et al.
 * 2014) means as recorded in docs/female-body.md; the carrying and Q angles grow by about the
 * published differences between women and men (docs/female-body.md lists the studies).
 */
const FEMALE: BodyProfile = {
  id: 'female',
  stature: 1.625,
  widths: [
    [0.1, 0],
    [0.3, -0.03],
    [0.5, -0.09],
    [0.68, 0.0],
    [0.84, 0.15], // the hips at their widest: ANSUR II hip breadth, women against men
    [0.93, 0.1],
    [1.01, 0.09],
    [1.08, 0.0],
    [1.16, -0.06],
    [1.3, -0.05],
    [1.44, -0.055],
    [1.52, -0.03],
    [1.62, 0],
  ],
  shifts: [
    [0.3, 0],
    [0.5, -0.01],
    [0.7, 0],
  ],
  arm: [
    [0.6, 0.0158],
    [0.67, 0.0146],
    [0.86, 0.0027],
    [0.98, -0.0039],
    [1.1, -0.0105],
    [1.25, -0.011],
  ],
  behind: [
    [0.7, 0],
    [0.8, 0.06],
    [0.88, 0.12],
    [0.96, 0.08],
    [1.05, -0.04],
    [1.16, 0],
  ],
  armZone: [0.15, 0.21],
  breast: {
    centre: [0.095, 1.28],
    radius: { side: 0.078, up: 0.095, down: 0.058 },
    depth: 0.042,
    front: [0, 0.06],
  },
  // Softer muscle relief: women carry more fat under the skin over most muscles than men, which
  // blurs the bellies' outlines. Half the reference body's relief is our choice, not a measured
  // figure (docs/female-body.md).
  relief: 0.5,
};

/** The profile of every body. */
export const BODY_PROFILES: Readonly<Record<BodyId, BodyProfile>> = { male: MALE, female: FEMALE };
