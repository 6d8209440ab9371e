/**
 * Compensation relations told in plain words and in therapist's terms.
 */
import type { Vocabulary } from './labels';
import type { CompensationRelation } from './types';

const PLAIN: Record<CompensationRelation, string> = {
  synergist_overload: 'does the same job, so it takes over the extra work and gets overworked',
  antagonist_shortening: 'works against it, and tightens up to match',
  reciprocal_inhibition: 'is switched off by it, and becomes weak and long',
  crossed_syndrome: 'is its partner in a common posture pattern: one gets tight while the other gets weak',
  kinetic_chain: 'sits at the joint above or below, and changes how it moves to make up for it',
  stabilizer_guarding: 'braces to protect the sore area',
  contralateral: 'on the other side takes the load instead',
};

const MEDICAL: Record<CompensationRelation, string> = {
  synergist_overload: 'synergist overload',
  antagonist_shortening: 'adaptive shortening of the antagonist',
  reciprocal_inhibition: 'reciprocal inhibition (lengthened, inhibited)',
  crossed_syndrome: 'crossed-syndrome pairing (Janda)',
  kinetic_chain: 'kinetic-chain compensation',
  stabilizer_guarding: 'protective guarding by a stabiliser',
  contralateral: 'contralateral load transfer',
};

/** How a compensating muscle relates to the muscle it compensates for. */
export function relationWords(relation: CompensationRelation, vocabulary: Vocabulary): string {
  return vocabulary === 'plain' ? PLAIN[relation] : MEDICAL[relation];
}
