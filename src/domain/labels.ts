/**
 * Human-readable labels with the side always explicit, in plain or medical vocabulary.
 */
import type { Muscle, Region, Side } from './types';

/** Plain words for clients or medical terms for therapists. */
export type Vocabulary = 'plain' | 'medical';

/** The side of a muscle in an explanation: `both` when both sides are implicated at once. */
export type MuscleSide = Side | 'both';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Outside of right elbow" / "Right lateral epicondylar region" / "Forehead". */
export function regionLabel(region: Region, side: Side, vocabulary: Vocabulary = 'plain'): string {
  if (!region.bilateral || side === 'midline') {
    return vocabulary === 'plain' ? region.plainName : region.medicalName;
  }
  if (vocabulary === 'medical') return `${capitalise(side)} ${lowerFirst(region.medicalName)}`;
  const template = region.plainSided ?? `{Side} ${lowerFirst(region.plainName)}`;
  return template.replace('{side}', side).replace('{Side}', capitalise(side));
}

function lowerFirst(s: string): string {
  // Keep proper nouns and abbreviations ("Achilles", "TMJ") as written.
  if (/^[A-Z][A-Z]/.test(s) || /^Achilles/.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** A region inside a sentence: "the outside of the right elbow", "the forehead", "the right temple". */
export function regionPhrase(region: Region, side: Side, vocabulary: Vocabulary = 'plain'): string {
  if (vocabulary === 'plain' && region.bilateral && side !== 'midline' && region.plainSided) {
    if (region.plainSided.endsWith(', {side} side')) return `the ${side} side of the ${lowerFirst(region.plainName)}`;
    const t = region.plainSided.replace(' of {side}', ' of the {side}');
    return `the ${lowerFirst(t.replace('{side}', side).replace('{Side}', capitalise(side)))}`;
  }
  return `the ${lowerFirst(regionLabel(region, side, vocabulary))}`;
}

/** "Extensor carpi radialis brevis (right)", "Diaphragm", "Frontalis (both sides)". */
export function muscleLabel(muscle: Muscle, side: MuscleSide, vocabulary: Vocabulary = 'medical'): string {
  const name = vocabulary === 'plain' ? muscle.plainName : muscle.name;
  if (!muscle.bilateral || side === 'midline') return name;
  return `${name} (${side === 'both' ? 'both sides' : side})`;
}
