/**
 * Weights of the ranking model, documented so a therapist can follow it.
 */
export const WEIGHTS = {
  /** A muscle listed first under a region scores 1; each later position loses this much. */
  localStep: 0.05,
  localFloor: 0.6,
  /** A trigger-point referral to the region scores this much at best... */
  referral: 0.85,
  /** ...less this much for each earlier region in the muscle's referral list. */
  referralStep: 0.1,
  referralFloor: 0.45,
  /**
   * Referral by the region's own ordered "refers here" list: the classic source scores
   * `referral`, each later one loses `refersHereStep` (floor `referralFloor`).
   */
  refersHereStep: 0.06,
  /** Bonus when a condition felt at the site names the muscle (first named = full bonus). */
  conditionBonus: 0.3,
  /** Base score of a muscle that neither lies at nor refers to the site but a condition felt there names. */
  conditionOnly: 0.4,
  /** ...only at the condition's first region (its typical site), for its first few muscles... */
  conditionOnlyRegions: 1,
  conditionOnlyMuscles: 4,
  /** ...and only for a specific condition (broad, body-wide ones list many regions). */
  conditionOnlyMaxRegions: 8,
  /** Condition ranking: bonus for its best-matching muscle among the top primaries (never grows with list length). */
  conditionMuscleBonus: 0.3,
  /** Condition ranking: the sites follow one of its nerve roots' patterns (3+ sites with a key region). */
  nerveRootMatch: 2,
  /** ...or partly (2 sites with a key region). */
  nerveRootPartial: 0.5,
  /** Compensating muscles below this score are not listed. */
  compensationCutoff: 0.2,
  maxCompensating: 16,
  maxConditions: 8,
} as const;
