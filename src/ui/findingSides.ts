/**
 * Findings that happen on one side, so the therapist says which.
 */
import type { FindingId } from '../domain/ids';

export const SIDED_FINDINGS: ReadonlySet<FindingId> = new Set<FindingId>([
  'elevated_shoulder',
  'lateral_pelvic_tilt',
  'asymmetric_weight_shift',
]);
