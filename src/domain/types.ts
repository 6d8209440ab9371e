/**
 * Record types of the knowledge base. Pure data: no React, no three, no DOM.
 */
import type { SegmentId } from './body/segments';
import type { ConditionId, FindingId, MuscleId, RegionId } from './ids';

/** The subject's own side. `midline` for structures that lie on the midsagittal plane. */
export type Side = 'left' | 'right' | 'midline';

/** A side of a paired structure. */
export type PairedSide = 'left' | 'right';

export type { Vec3 } from './vec3';

/** Coarse body areas, head to foot, used for grouping lists and quizzes. */
export type BodyArea =
  | 'head'
  | 'neck'
  | 'shoulder'
  | 'arm'
  | 'forearm'
  | 'hand'
  | 'chest'
  | 'abdomen'
  | 'back'
  | 'hip'
  | 'thigh'
  | 'leg'
  | 'foot';

/** Functional groups that people search by ("rotator cuff", "hamstrings"...). */
export type MuscleGroup =
  | 'muscles_of_mastication'
  | 'scalp'
  | 'suboccipitals'
  | 'anterior_neck'
  | 'lateral_neck'
  | 'posterior_neck'
  | 'scapular_stabilizers'
  | 'chest_wall'
  | 'rotator_cuff'
  | 'shoulder_movers'
  | 'elbow_flexors'
  | 'elbow_extensors'
  | 'wrist_extensors'
  | 'wrist_flexors'
  | 'forearm_rotators'
  | 'thumb_muscles'
  | 'thenar'
  | 'hand_intrinsics'
  | 'erector_spinae'
  | 'deep_spinal'
  | 'abdominals'
  | 'respiratory'
  | 'gluteals'
  | 'deep_hip_rotators'
  | 'hip_flexors'
  | 'adductors'
  | 'quadriceps'
  | 'hamstrings'
  | 'calf'
  | 'anterior_leg'
  | 'lateral_leg'
  | 'deep_posterior_leg'
  | 'plantar_intrinsics'
  | 'dorsal_foot';

/**
 * Depth order from the skin: 1 lies just under the skin, 4 lies against bone or organs.
 */
export type Layer = 1 | 2 | 3 | 4;

/** A muscle of the knowledge base. */
export interface Muscle {
  readonly id: MuscleId;
  /** Standard English anatomical name, e.g. "Extensor carpi radialis brevis". */
  readonly name: string;
  /** What a client would understand, e.g. "Short wrist extensor (thumb side)". */
  readonly plainName: string;
  /** Abbreviations and other names people search by (ECRB, SCM, "lats"...). */
  readonly synonyms: readonly string[];
  readonly group: MuscleGroup;
  readonly area: BodyArea;
  readonly layer: Layer;
  /** false for a single midline muscle (the diaphragm). */
  readonly bilateral: boolean;
  readonly origin: string;
  readonly insertion: string;
  /** Each action as a short phrase starting with a verb, e.g. "extends the wrist". */
  readonly actions: readonly string[];
  readonly innervation: { readonly nerve: string; readonly roots: string };
  /** Trigger-point referral: the regions pain is referred to, on the same side, and in words. */
  readonly referral: {
    readonly regions: readonly RegionId[];
    readonly description: string;
  };
  readonly sources: readonly string[];
}

/** A pain region on the skin. */
export interface Region {
  readonly id: RegionId;
  /** Plain words for a client ("Outside of elbow"), without a side. */
  readonly plainName: string;
  /**
   * For paired regions: the plain name with the side placed where a person would say it,
   * `{side}` or `{Side}` standing for "left"/"right" ("Outside of {side} elbow").
   */
  readonly plainSided?: string;
  /** Medical term for a therapist ("Lateral epicondylar region"). */
  readonly medicalName: string;
  /** Heading under which the region list groups this region. */
  readonly group:
    | 'Head and neck'
    | 'Shoulder and arm'
    | 'Forearm and hand'
    | 'Chest and abdomen'
    | 'Back and hips'
    | 'Thigh and knee'
    | 'Lower leg and foot';
  readonly bilateral: boolean;
  /** Muscles that lie under this region, most commonly involved first. */
  readonly muscles: readonly MuscleId[];
  /** Where the region lies on the body envelope (left side; mirrored for the right). */
  readonly patches: readonly RegionPatch[];
  readonly sources: readonly string[];
}

/**
 * A patch of skin on one body segment: a range along the segment's axis coordinate (metres) and a
 * range of angles around the axis (degrees; 0 = the segment's front, +90 = its side direction,
 * lateral on the left side). `hi` may exceed 180 to wrap past the back.
 */
export interface RegionPatch {
  readonly segment: SegmentId;
  readonly along: readonly [number, number];
  readonly angle: readonly [number, number];
}

/** How a compensating muscle responds to a problem in another muscle. */
export type CompensationRelation =
  /** A muscle sharing the action takes over the load and overworks. */
  | 'synergist_overload'
  /** The opposing muscle adapts by shortening or tightening. */
  | 'antagonist_shortening'
  /** A tight muscle inhibits its opposite, which weakens and lengthens. */
  | 'reciprocal_inhibition'
  /** Janda's upper or lower crossed syndrome pairing. */
  | 'crossed_syndrome'
  /** A joint above or below changes how it moves and loads this muscle. */
  | 'kinetic_chain'
  /** A stabiliser braces to protect a painful or weak area. */
  | 'stabilizer_guarding'
  /** The same or a mirroring muscle on the other side takes the load. */
  | 'contralateral';

/** Which side the compensating muscle is on, relative to the primary muscle. */
export type EdgeSide = 'same' | 'opposite';

/** One directed edge of the compensation graph: when `from` is injured or hypertonic, `to` compensates. */
export interface CompensationEdge {
  readonly from: MuscleId;
  readonly to: MuscleId;
  readonly relation: CompensationRelation;
  readonly side: EdgeSide;
  /** 0..1: how commonly and strongly this compensation occurs. */
  readonly weight: number;
  /** One line in plain words. */
  readonly why: string;
  readonly sources: readonly string[];
}

/** A condition a therapist would consider. */
export interface Condition {
  readonly id: ConditionId;
  /** Medical name, e.g. "Lateral epicondylalgia (tennis elbow)". */
  readonly name: string;
  /** Plain name, e.g. "Tennis elbow". */
  readonly plainName: string;
  /** Plain-language description, two or three sentences. */
  readonly description: string;
  readonly regions: readonly RegionId[];
  readonly muscles: readonly MuscleId[];
  /** Whether inflammation is part of it: no deep-tissue work on the inflamed area. */
  readonly inflammatory: boolean;
  /** What a therapist would do or avoid, in plain words. */
  readonly caution: string;
  /** Signs that call for a physician. */
  readonly redFlags: readonly string[];
  readonly sources: readonly string[];
}

/** A posture or movement finding from the assessment. */
export interface Finding {
  readonly id: FindingId;
  readonly name: string;
  readonly plainName: string;
  readonly kind: 'posture' | 'overhead_squat';
  /** What the therapist sees. */
  readonly description: string;
  /** Muscles that are typically overactive or shortened. */
  readonly overactive: readonly MuscleId[];
  /** Muscles that are typically underactive or lengthened. */
  readonly underactive: readonly MuscleId[];
  readonly sources: readonly string[];
}
