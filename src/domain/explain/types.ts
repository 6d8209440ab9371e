/**
 * The question and answer types of the explain engine (the public contract of src/domain/explain).
 */
import type { ConditionId, FindingId, IntakeId, MidlineRegionId, MuscleId, PairedRegionId, RegionId } from '../ids';
import type { MuscleSide } from '../labels';
import type { CompensationRelation, Evidence, FindingSideRelation, PairedSide, Side, Urgency } from '../types';

/** A site on a paired region: always on the left or the right. */
export interface PairedSite {
  readonly region: PairedRegionId;
  readonly side: PairedSide;
  /** The site is acute / swollen / inflamed: its muscles get no deep work. */
  readonly inflamed?: boolean;
}

/** A site on a midline region: always on the midline. */
export interface MidlineSite {
  readonly region: MidlineRegionId;
  readonly side: 'midline';
  /** The site is acute / swollen / inflamed: its muscles get no deep work. */
  readonly inflamed?: boolean;
}

/**
 * One pain site: a region and its side, which the type ties to the region (paired regions
 * `left`/`right`, midline regions `midline`). Input is turned into sites by `siteOf`.
 */
export type PainSite = PairedSite | MidlineSite;

/** A pain site after normalisation: the side is always set and the inflamed mark is a boolean. */
export type NormalisedSite = PainSite & { readonly inflamed: boolean };

/** A posture or movement finding, optionally on one side (elevated shoulder, weight shift). */
export interface FindingSelection {
  readonly id: FindingId;
  readonly side?: 'left' | 'right';
}

/** What the person asks about. */
export interface Selection {
  readonly sites: readonly PainSite[];
  readonly findings?: readonly FindingSelection[];
  /** Health-intake answers that are "yes". */
  readonly intake?: readonly IntakeId[];
}

export interface ExplainedRegion {
  readonly id: RegionId;
  /** Plain name with the side ("Outside of right elbow"). */
  readonly name: string;
  /** Medical name with the side ("Right lateral epicondylar region"). */
  readonly medicalName: string;
  readonly side: Side;
  readonly inflamed: boolean;
}

export interface PrimaryMuscle {
  readonly id: MuscleId;
  readonly name: string;
  readonly plainName: string;
  readonly side: MuscleSide;
  /** The strongest reason: lies under a pain site, or refers pain to one. */
  readonly reason: 'local' | 'referral';
  readonly why: string;
  /** How many of the selected sites implicate this muscle. */
  readonly sites: number;
  /** Ranking score (higher is more likely); 0..~1.5 per site. */
  readonly score: number;
}

export interface CompensatingMuscle {
  readonly id: MuscleId;
  readonly name: string;
  readonly plainName: string;
  readonly side: MuscleSide;
  /** The primary muscle this one compensates for (the strongest link). */
  readonly via: MuscleId;
  readonly viaSide: MuscleSide;
  readonly relation: CompensationRelation;
  /**
   * `overworking`: takes over load or tightens (release it); `inhibited`: switched off and
   * lengthened (reciprocal inhibition, the weak side of a crossed syndrome: activate, don't massage).
   */
  readonly state: 'overworking' | 'inhibited';
  /** How well the compensation edge is backed. */
  readonly evidence: Evidence;
  readonly why: string;
  readonly score: number;
}

export interface ExplainedCondition {
  readonly id: ConditionId;
  readonly name: string;
  readonly plainName: string;
  readonly why: string;
  readonly description: string;
  readonly inflammatory: boolean;
  readonly caution: string;
  /** The condition's own red flags, in full (never merged or cut). */
  readonly redFlags: readonly string[];
  readonly score: number;
}

export interface FindingMuscle {
  readonly id: MuscleId;
  readonly name: string;
  readonly plainName: string;
  readonly side: MuscleSide;
  /** For muscles of a one-sided finding: same, opposite or both sides relative to the selected side. */
  readonly sideRelation?: FindingSideRelation;
  /** The findings that point at this muscle. */
  readonly findings: readonly FindingId[];
}

/** A red flag that fired: show it first, never hide it. */
export interface SafetyAlert {
  /** Rule id, e.g. 'cardiac_pattern'. */
  readonly id: string;
  readonly urgency: Urgency;
  /** The text in the requested vocabulary (clientText for 'plain', therapistText for 'medical'). */
  readonly text: string;
  readonly clientText: string;
  readonly therapistText: string;
  /** The sites that triggered it as "region.side" ("chest.left", "breastbone.midline"); [] for intake rules. */
  readonly sites: readonly string[];
  readonly sources: readonly string[];
}

/** A muscle in the treatment plan. */
export interface PlanMuscle {
  readonly id: MuscleId;
  readonly name: string;
  readonly plainName: string;
  readonly side: MuscleSide;
  readonly why: string;
}

/** Client self-care between sessions. */
export interface SelfCareItem {
  readonly muscleId?: MuscleId;
  readonly kind: 'stretch' | 'strengthen' | 'posture' | 'ergonomics' | 'activity';
  readonly text: string;
  readonly sources: readonly string[];
}

/** What to do: where not to work deep, what to release, what to activate, self-care and follow-up. */
export interface TreatmentPlan {
  /** "No deep work": muscles lying at inflamed sites; empty when no site is inflamed. */
  readonly avoid: readonly PlanMuscle[];
  /** Overworking/tight muscles; surrounding groups first when a site is inflamed; never also in avoid. */
  readonly release: readonly PlanMuscle[];
  /** Inhibited/underactive muscles: exercise, not massage. */
  readonly activate: readonly PlanMuscle[];
  readonly selfCare: readonly SelfCareItem[];
  readonly maintenance: { readonly text: string; readonly reassessAfterSessions: number };
}

export interface FindingsExplanation {
  readonly findings: readonly {
    readonly id: FindingId;
    readonly name: string;
    readonly plainName: string;
    readonly kind: 'posture' | 'overhead_squat' | 'gait';
    readonly side?: 'left' | 'right';
  }[];
  readonly overactive: readonly FindingMuscle[];
  readonly underactive: readonly FindingMuscle[];
  /** The plan for the findings alone (or, inside an Explanation, the same plan as the explanation's). */
  readonly plan: TreatmentPlan;
  /** Safety alerts from the intake (findings alone have no sites). */
  readonly safety: readonly SafetyAlert[];
}

export interface Explanation {
  readonly regions: readonly ExplainedRegion[];
  readonly primary: readonly PrimaryMuscle[];
  readonly compensating: readonly CompensatingMuscle[];
  readonly conditions: readonly ExplainedCondition[];
  /** Safety texts first (emergency first), then the rest. */
  readonly cautions: readonly string[];
  /** Red flags that fired: never capped, never dropped; emergency → urgent → soon. */
  readonly safety: readonly SafetyAlert[];
  readonly plan: TreatmentPlan;
  readonly findings?: FindingsExplanation;
}
