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
  /** Bonus when a condition felt at the site names the muscle (first named = full bonus). */
  conditionBonus: 0.3,
  /** Compensating muscles below this score are not listed. */
  compensationCutoff: 0.2,
  maxCompensating: 16,
  maxConditions: 8,
} as const;
