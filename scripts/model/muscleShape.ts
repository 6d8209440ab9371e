/**
 * The layout of one muscle, as data: where it attaches, where it wraps, how thick it is and how
 * deep it lies. `muscles.ts` turns a layout into a closed mesh.
 */
import type { MuscleId } from '../../src/domain/ids';
import type { Vec3 } from './vec';

/**
 * An attachment or via line: one point, or a polyline that is spread across the fibres (the
 * first fibre takes its start, the last its end).
 */
export type Line = readonly Vec3[];

/** How a muscle is laid out. All points in the model frame, left side (x ≥ 0) or midline. */
export interface MuscleShape {
  readonly id: MuscleId;
  /** Origin attachment (a point, or a line for broad origins). */
  readonly from: Line;
  /** Insertion attachment (a point, or a line). */
  readonly to: Line;
  /** Points (or lines spread across fibres) the muscle passes through, in order. */
  readonly via?: readonly Line[];
  /** Number of fibre bundles: 1 for a fusiform muscle, more for broad, flat or fan-shaped ones. */
  readonly fibres?: number;
  /** Largest radius of each fibre bundle, metres. */
  readonly thickness: number;
  /**
   * How thick each fibre bundle's belly is across the muscle, as a fraction of `thickness`: a
   * profile spread across the fibres like a line (the first fibre takes the first value, the last
   * the last, linear in between). For a muscle thicker in its middle part than at its borders,
   * as the deltoid's multipennate acromial part between the thinner clavicular and spinal parts.
   * Default: every bundle as thick as `thickness`.
   */
  readonly thicknessAcross?: readonly number[];
  /** Fraction of the length that is tendon at the origin and at the insertion end. */
  readonly tendon?: readonly [number, number];
  /** Radius of the tendons, metres (default 0.0022). */
  readonly tendonRadius?: number;
  /** Where along its length the belly is fullest (0..1, default 0.5). */
  readonly bellyAt?: number;
  /**
   * Keep the muscle this far under the skin (metres) along its middle, following the body's
   * contour: for sheets and superficial muscles. Omit for deep muscles laid by via points. A list
   * gives one depth per control point (origin, each via line, insertion), linear between them:
   * for a muscle that passes under others on part of its way (the erector spinae under the
   * rhomboids and the trapezius over the upper ribs).
   */
  readonly hug?: number | readonly number[];
  /**
   * Lay the muscle on the bone instead of under the skin: along its whole length each fibre is
   * drawn in (or pushed out) until it rests on the skeleton at its own radius. For the scalp's
   * muscles, which lie on the skull under a scalp thicker than the skin's distance rules assume.
   * A number lays only the first part on the bone: up to that control point (0 the origin, 1 the
   * first via line, and so on), freed over the next span to follow its via points (the
   * temporalis: its fan lies on the side of the skull wherever the skull's surface is, and its
   * tendon still passes under the zygomatic arch). Not with `hug`.
   */
  readonly onBone?: boolean | number;
  /**
   * With `hug`: the fraction of the length, at the insertion end, over which the fibres leave
   * the contour for their attachment (default 0.12). Longer for a muscle whose insertion lies
   * deep under the skin, as the deltoid's on the humerus: it sinks towards it gradually, tapering
   * in, instead of running along the contour and diving to the bone at the end.
   */
  readonly dive?: number;
  /**
   * The origin tendon (`tendon[0]` of the length) is a broad flat aponeurosis, as the
   * latissimus's on the thoracolumbar fascia: neighbouring fibres are joined there by a thin web
   * (a sheet with a smooth edge along the origin line, not a comb of tapering tubes) and the
   * fibres follow the contour right up to the origin instead of diving to its points. The value
   * is how much deeper than `hug` the sheet lies at the origin (metres; under a muscle that
   * covers it there), rising to `hug` over the first quarter of the fibres.
   */
  readonly aponeurosis?: number;
  /** Grid step for meshing, metres (default from thickness). */
  readonly step?: number;
  /** Triangle budget (default from size). */
  readonly triangles?: number;
  /**
   * Separate tendons that carry on from the insertion along the fingers or toes to the phalanges
   * (`tendonSlips.ts` lays them out): each a path from inside the insertion's tendon to its
   * phalanx, swept as its own thin tube so neighbouring slips never web together.
   */
  readonly slips?: readonly (readonly Vec3[])[];
  /** Radius of the slips, metres (default 0.0011). */
  readonly slipRadius?: number;
  /** For a midline muscle, build it as given (spanning both sides) instead of mirroring. */
  readonly midline?: boolean;
}
