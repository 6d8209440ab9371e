/**
 * Record types of the knowledge base. Pure data: no React, no three, no DOM.
 */
import type { SegmentId } from './body/segments';
import type { ConditionId, FindingId, IntakeId, MuscleId, RegionId } from './ids';

/** The subject's own side. `midline` for structures that lie on the midsagittal plane. */
export type Side = 'left' | 'right' | 'midline';

/** A side of a paired structure. */
export type PairedSide = 'left' | 'right';

/**
 * How well a compensation edge or a referral is backed: `table` — taken from a published table
 * (Janda's crossed syndromes, the NASM overhead-squat table); `textbook` — stated in a standard
 * text (Travell & Simons' referral maps and associated trigger points, Sahrmann, Chaitow);
 * `reasoned` — our own reasoning from anatomy and function.
 */
export type Evidence = 'table' | 'textbook' | 'reasoned';

/** How soon a red flag needs a physician: now (call emergency services), today, or within days. */
export type Urgency = 'emergency' | 'urgent' | 'soon';

/** Spinal nerve roots whose dermatome patterns the engine recognises. */
export type NerveRoot = 'C5' | 'C6' | 'C7' | 'C8' | 'L4' | 'L5' | 'S1';

/** A point in the model frame (metres; +X subject's left, +Y up, +Z anterior). */
export type Vec3 = readonly [number, number, number];

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
    /** How well the referral map is backed (missing: treated as `reasoned`). */
    readonly evidence?: Evidence;
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
  /**
   * Muscles whose trigger points classically refer pain HERE, the most typical source first
   * (the upper trapezius and SCM at the temple). The engine ranks referral by this list; where a
   * region has none it falls back to the order of the region in each muscle's own referral list.
   */
  readonly refersHere?: readonly MuscleId[];
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
  /** How well the edge is backed (missing: treated as `reasoned`). */
  readonly evidence?: Evidence;
  /**
   * What the edge does to its target when the relation alone does not say it: a painful rotator
   * cuff switches serratus anterior off (`inhibited`) although the relation is a kinetic chain.
   * Missing: the engine derives the state from the relation.
   */
  readonly targetState?: 'overworking' | 'inhibited';
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
  /** Signs that call for a physician (kept in full per condition; the safety layer decides what is shown first). */
  readonly redFlags: readonly string[];
  /**
   * For nerve-root conditions (radiculopathy): the roots it covers. Several selected sites that
   * together match one of these roots' dermatome pattern rank the condition first.
   */
  readonly nerveRoots?: readonly NerveRoot[];
  readonly sources: readonly string[];
}

/** A posture or movement finding from the assessment. */
export interface Finding {
  readonly id: FindingId;
  readonly name: string;
  readonly plainName: string;
  readonly kind: 'posture' | 'overhead_squat' | 'gait';
  /** What the therapist sees. */
  readonly description: string;
  /**
   * For a one-sided finding: which side the selected side means, in plain words
   * ("the standing leg, the weak side"). Missing for findings that are only ever bilateral.
   */
  readonly sideMeans?: string;
  /** When the finding may have a nerve, joint or other medical cause a physician should look at first. */
  readonly caution?: string;
  /** Muscles that are typically overactive or shortened. */
  readonly overactive: readonly MuscleId[];
  /** Muscles that are typically underactive or lengthened. */
  readonly underactive: readonly MuscleId[];
  /**
   * For a finding that can be one-sided: where each muscle lies relative to the selected side
   * (`same`, `opposite`, or `both` when the table gives no side). A muscle not named here is on
   * the same side. Without a selected side every muscle is on both sides.
   */
  readonly sides?: {
    readonly overactive?: Readonly<Partial<Record<MuscleId, FindingSideRelation>>>;
    readonly underactive?: Readonly<Partial<Record<MuscleId, FindingSideRelation>>>;
  };
  readonly sources: readonly string[];
}

/** Where a muscle of a one-sided finding lies relative to the selected side. */
export type FindingSideRelation = 'same' | 'opposite' | 'both';

/**
 * A red-flag rule of the safety layer. It fires on one region (`regions`, any of them), on a
 * pattern of several sites (`pattern`: every group must be matched by a selected site), or on
 * intake answers (`intake`: any of them). Texts are our own words.
 */
export interface SafetyRule {
  readonly id: string;
  readonly urgency: Urgency;
  /** Fires when any selected site is one of these regions. */
  readonly regions?: readonly RegionId[];
  /** Fires when each group is matched by at least one selected site (a site matches one group at most). */
  readonly pattern?: readonly SitePattern[];
  /** Fires when any of these intake answers is "yes". */
  readonly intake?: readonly IntakeId[];
  /** Only fires together with one of these intake answers (e.g. fever with spinal pain). */
  readonly requiresIntake?: readonly IntakeId[];
  /** Plain words for a client. */
  readonly clientText: string;
  /** Medical words for a therapist. */
  readonly therapistText: string;
  readonly sources: readonly string[];
}

/**
 * One group of a multi-site pattern: a site on one of `regions` (on `side` when given), or on
 * one of `alsoAnySide` on any side.
 */
export interface SitePattern {
  readonly regions: readonly RegionId[];
  /** `left`/`right`: on that side only; missing: any side (midline regions have no side). */
  readonly side?: 'left' | 'right';
  /** Further regions that match on any side. */
  readonly alsoAnySide?: readonly RegionId[];
}

/** An endangerment site: nerves and vessels lie close under the skin, so no deep pressure there. */
export interface EndangermentSite {
  readonly id: string;
  readonly regions: readonly RegionId[];
  /** The caution in plain words, naming what lies there. */
  readonly clientText: string;
  /** The caution for a therapist, naming the structures. */
  readonly therapistText: string;
  readonly sources: readonly string[];
}

/** A caution specific to one pain region: what to watch for or avoid when working there. */
export interface RegionCaution {
  readonly region: RegionId;
  /** Plain words for a client. */
  readonly clientText: string;
  /** Medical words for a therapist. */
  readonly therapistText: string;
  readonly sources: readonly string[];
}

/**
 * Where one spinal nerve root's pain, tingling or numbness is felt (its dermatome and typical
 * radicular pain), for matching several selected sites to a root.
 */
export interface NerveRootPattern {
  readonly root: NerveRoot;
  /** The condition this root's pattern points to (a radiculopathy). */
  readonly condition: ConditionId;
  /** Every region of the pattern, spine first, then down the limb. */
  readonly regions: readonly RegionId[];
  /** The far regions that set this root apart from its neighbours (e.g. top of the foot for L5). */
  readonly keyRegions: readonly RegionId[];
  /** Muscles this root supplies whose weakness may show (myotome). */
  readonly myotome: readonly MuscleId[];
  /** Dermatome, myotome and reflex in a therapist's words. */
  readonly therapistText: string;
  readonly sources: readonly string[];
}

/** A question of the first-consultation health intake, answered yes or no. */
export interface IntakeQuestion {
  readonly id: IntakeId;
  /** The question in plain words. */
  readonly question: string;
  /** The same in medical terms. */
  readonly medical: string;
  /** What a "yes" means for the session, in plain words. */
  readonly caution: string;
  /** What a "yes" means for the session, for the therapist. */
  readonly therapistCaution: string;
  /** Set when a "yes" is itself a reason to see a physician before treatment. */
  readonly urgency?: Urgency;
  readonly sources: readonly string[];
}
