/**
 * The body envelope: each body segment is a loft of elliptical cross-sections along an axis, in
 * the model frame (metres; +X subject's left, +Y up, +Z anterior). Paired segments are given for
 * the LEFT side (x > 0); the right side is their mirror image in x.
 *
 * The same data drives three things, so they cannot drift apart: the skin of the generated model,
 * the muscle layout's depth, and `regionAt`, which names the pain region under a point.
 *
 * Proportions: stature H = 1.75 m with heights from the Drillis & Contini segment table
 * (eye 0.936 H, chin 0.870 H, acromion 0.818 H, elbow 0.630 H, wrist 0.485 H, greater trochanter
 * 0.530 H, fingertip 0.377 H, knee 0.285 H, ankle 0.039 H; biacromial 0.259 H, hips 0.191 H,
 * foot length 0.152 H), refined with standard surface anatomy.
 */
import type { Vec3 } from '../vec3';

/** Body segments of the envelope. */
export type SegmentId =
  | 'head'
  | 'neck'
  | 'trunk'
  | 'shoulder'
  | 'upper_arm'
  | 'forearm'
  | 'hand'
  | 'thumb'
  | 'thigh'
  | 'leg'
  | 'foot';

/** One elliptical cross-section of a segment. */
export interface Section {
  /** Centre of the ellipse. */
  readonly c: Vec3;
  /** Radius along the segment's `side` direction. */
  readonly rs: number;
  /** Radius along the segment's `front` direction. */
  readonly rf: number;
  /** Superellipse exponent of this section (overrides the segment's; 2 = ellipse). */
  readonly n?: number;
}

/** A lofted body segment. */
export interface Segment {
  readonly id: SegmentId;
  /** `midline` segments are symmetric about x = 0; `paired` ones are given for the left side. */
  readonly kind: 'midline' | 'paired';
  /**
   * The axis coordinate the sections are ordered by ('y' for upright segments, 'x' for the
   * shoulder, 'z' for the foot). Region patches use the same coordinate.
   */
  readonly along: 'x' | 'y' | 'z';
  /** Direction that angle 0 points to around the axis. */
  readonly front: Vec3;
  /** Direction that angle +90° points to around the axis (lateral for the left side). */
  readonly side: Vec3;
  /** Length of the rounded caps closing the first and last sections (default: smaller radius). */
  readonly caps?: readonly [number | undefined, number | undefined];
  /** Superellipse exponent of the cross-sections (2 = ellipse; larger = boxier). */
  readonly n?: number;
  readonly sections: readonly Section[];
}

/** The body envelope, head to foot. */
export const SEGMENTS: readonly Segment[] = [
  {
    id: 'head',
    kind: 'midline',
    along: 'y',
    front: [0, 0, 1],
    side: [1, 0, 0],
    n: 2.2,
    caps: [0.022, 0.05],
    sections: [
      { c: [0, 1.532, 0.02], rs: 0.048, rf: 0.058 },
      { c: [0, 1.555, 0.005], rs: 0.06, rf: 0.081 },
      { c: [0, 1.585, -0.005], rs: 0.067, rf: 0.092 },
      { c: [0, 1.625, -0.013], rs: 0.074, rf: 0.1 },
      { c: [0, 1.665, -0.018], rs: 0.079, rf: 0.104 },
      { c: [0, 1.7, -0.022], rs: 0.075, rf: 0.096 },
    ],
  },
  {
    id: 'neck',
    kind: 'midline',
    along: 'y',
    front: [0, 0, 1],
    side: [1, 0, 0],
    sections: [
      { c: [0, 1.43, -0.045], rs: 0.07, rf: 0.068 },
      { c: [0, 1.5, -0.04], rs: 0.056, rf: 0.058 },
      { c: [0, 1.6, -0.04], rs: 0.054, rf: 0.058 },
    ],
  },
  {
    id: 'trunk',
    kind: 'midline',
    along: 'y',
    front: [0, 0, 1],
    side: [1, 0, 0],
    n: 2.3,
    caps: [0.03, undefined],
    sections: [
      { c: [0, 0.835, -0.028], rs: 0.09, rf: 0.06 },
      { c: [0, 0.87, -0.028], rs: 0.15, rf: 0.1 },
      { c: [0, 0.93, -0.028], rs: 0.162, rf: 0.11 },
      { c: [0, 1.0, -0.022], rs: 0.158, rf: 0.106 },
      { c: [0, 1.05, -0.02], rs: 0.15, rf: 0.1 },
      { c: [0, 1.1, -0.021], rs: 0.138, rf: 0.095 },
      { c: [0, 1.16, -0.026], rs: 0.142, rf: 0.101 },
      { c: [0, 1.23, -0.031], rs: 0.151, rf: 0.109 },
      { c: [0, 1.3, -0.035], rs: 0.159, rf: 0.112, n: 2.5 },
      { c: [0, 1.37, -0.037], rs: 0.168, rf: 0.109, n: 2.8 },
      { c: [0, 1.415, -0.037], rs: 0.162, rf: 0.104, n: 2.8 },
      { c: [0, 1.445, -0.038], rs: 0.125, rf: 0.093, n: 2.5 },
      { c: [0, 1.47, -0.045], rs: 0.07, rf: 0.06 },
    ],
  },
  {
    id: 'shoulder',
    kind: 'paired',
    along: 'x',
    front: [0, 0, 1],
    side: [0, 1, 0],
    sections: [
      { c: [0.05, 1.456, -0.045], rs: 0.034, rf: 0.068 },
      { c: [0.125, 1.44, -0.043], rs: 0.034, rf: 0.07 },
      { c: [0.19, 1.422, -0.038], rs: 0.037, rf: 0.062 },
    ],
  },
  {
    id: 'upper_arm',
    kind: 'paired',
    along: 'y',
    front: [0, 0, 1],
    side: [1, 0, 0],
    sections: [
      { c: [0.203, 1.4, -0.034], rs: 0.054, rf: 0.06 },
      { c: [0.211, 1.35, -0.035], rs: 0.05, rf: 0.052 },
      { c: [0.216, 1.28, -0.037], rs: 0.043, rf: 0.046 },
      { c: [0.22, 1.2, -0.04], rs: 0.04, rf: 0.044 },
      { c: [0.225, 1.11, -0.042], rs: 0.039, rf: 0.037 },
      { c: [0.226, 1.08, -0.042], rs: 0.039, rf: 0.037 },
    ],
  },
  {
    id: 'forearm',
    kind: 'paired',
    along: 'y',
    front: [0, 0, 1],
    side: [1, 0, 0],
    sections: [
      { c: [0.225, 1.13, -0.042], rs: 0.039, rf: 0.037 },
      { c: [0.226, 1.1, -0.042], rs: 0.04, rf: 0.037 },
      { c: [0.232, 1.03, -0.04], rs: 0.04, rf: 0.036 },
      { c: [0.242, 0.95, -0.036], rs: 0.033, rf: 0.027 },
      { c: [0.25, 0.865, -0.032], rs: 0.028, rf: 0.019 },
      { c: [0.251, 0.845, -0.031], rs: 0.028, rf: 0.018 },
    ],
  },
  {
    id: 'hand',
    kind: 'paired',
    along: 'y',
    front: [0, 0, 1],
    side: [1, 0, 0],
    sections: [
      { c: [0.25, 0.87, -0.032], rs: 0.028, rf: 0.018 },
      { c: [0.252, 0.85, -0.031], rs: 0.03, rf: 0.017 },
      { c: [0.255, 0.78, -0.03], rs: 0.042, rf: 0.016 },
      { c: [0.256, 0.73, -0.029], rs: 0.039, rf: 0.013 },
      { c: [0.256, 0.665, -0.028], rs: 0.028, rf: 0.009 },
    ],
  },
  {
    id: 'thumb',
    kind: 'paired',
    along: 'y',
    front: [0, 0, 1],
    side: [1, 0, 0],
    sections: [
      { c: [0.276, 0.83, -0.024], rs: 0.016, rf: 0.016 },
      { c: [0.292, 0.785, -0.014], rs: 0.012, rf: 0.012 },
      { c: [0.3, 0.745, -0.006], rs: 0.009, rf: 0.009 },
    ],
  },
  {
    id: 'thigh',
    kind: 'paired',
    along: 'y',
    front: [0, 0, 1],
    side: [1, 0, 0],
    sections: [
      { c: [0.092, 0.92, -0.012], rs: 0.084, rf: 0.088 },
      { c: [0.095, 0.8, -0.006], rs: 0.079, rf: 0.08 },
      { c: [0.093, 0.7, -0.006], rs: 0.068, rf: 0.07 },
      { c: [0.09, 0.6, -0.012], rs: 0.058, rf: 0.06 },
      { c: [0.09, 0.51, -0.022], rs: 0.052, rf: 0.054 },
      { c: [0.09, 0.47, -0.027], rs: 0.049, rf: 0.052 },
    ],
  },
  {
    id: 'leg',
    kind: 'paired',
    along: 'y',
    front: [0, 0, 1],
    side: [1, 0, 0],
    sections: [
      { c: [0.09, 0.535, -0.021], rs: 0.051, rf: 0.053 },
      { c: [0.09, 0.5, -0.026], rs: 0.05, rf: 0.052 },
      { c: [0.092, 0.42, -0.036], rs: 0.05, rf: 0.055 },
      // Below the calf the lateral side carries the fibularis longus and brevis over the fibula
      // (only the triangle just above the lateral malleolus is subcutaneous): the sections are
      // wider to the lateral side than a plain taper, their medial edge (over the tibia) as it was.
      { c: [0.0945, 0.34, -0.041], rs: 0.0465, rf: 0.05 },
      { c: [0.099, 0.24, -0.046], rs: 0.04, rf: 0.037 },
      { c: [0.099, 0.14, -0.056], rs: 0.032, rf: 0.03 },
      { c: [0.095, 0.075, -0.07], rs: 0.031, rf: 0.034 },
    ],
  },
  {
    id: 'foot',
    kind: 'paired',
    along: 'z',
    front: [0, 1, 0],
    side: [1, 0, 0],
    sections: [
      { c: [0.095, 0.036, -0.128], rs: 0.027, rf: 0.033 },
      { c: [0.097, 0.046, -0.07], rs: 0.033, rf: 0.044 },
      { c: [0.1, 0.037, 0.0], rs: 0.04, rf: 0.035 },
      { c: [0.105, 0.025, 0.07], rs: 0.045, rf: 0.022 },
      { c: [0.11, 0.015, 0.128], rs: 0.038, rf: 0.013 },
    ],
  },
];

/** Look up a segment by id. */
export function segmentById(id: SegmentId): Segment {
  const s = SEGMENTS.find((seg) => seg.id === id);
  if (!s) throw new Error(`unknown segment ${id}`);
  return s;
}
