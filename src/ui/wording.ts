/**
 * The interface's words, one table per vocabulary: plain words for a client, clinical terms for
 * a therapist. Components read `WORDING[vocabulary]` (or `useWording()`) instead of choosing
 * between two strings in place, so every pair lives here and a new language or vocabulary is a
 * new table the compiler checks for completeness.
 */
import type { BodyId } from '../domain/body/bodyId';
import { type MuscleSide, muscleLabel, type Vocabulary } from '../domain/labels';
import type { Muscle } from '../domain/types';

/** The title, hint and entry tag of a group of muscles in the panel. */
export interface GroupWording {
  readonly title: string;
  readonly hint: string;
  readonly tag: string;
}

/** A row of the colour legend: its text and its short form. */
export interface LegendWording {
  readonly t: string;
  readonly s: string;
}

/** The body switch's words, and the report's line naming the body. */
export interface BodyWording {
  /** What the switch chooses. */
  readonly legend: string;
  /** Each body's name on the switch. */
  readonly names: Readonly<Record<BodyId, string>>;
  /** Shown beside the switch until a body has been picked on this device. */
  readonly pick: string;
  /** The report's line naming the body shown. */
  readonly report: (body: BodyId) => string;
}

/** Every piece of interface text that differs between the vocabularies. */
export interface Wording {
  // The body switch.
  readonly body: BodyWording;
  // The explanation of the pain sites.
  readonly primaryTitle: string;
  readonly tagLocal: string;
  readonly tagReferral: string;
  readonly overworking: GroupWording;
  readonly inhibited: GroupWording;
  readonly cautionsTitle: string;
  readonly conditionsTitle: string;
  /** Leads the list of a condition's red flags. */
  readonly redFlags: string;
  /**
   * How a compensating muscle goes with the muscle it is listed for (`via` on `side`): it makes up
   * for it (working harder) or goes with it (switched off), doing `how`.
   */
  readonly compensationLead: (via: Muscle, side: MuscleSide, how: string, inhibited: boolean) => string;
  // Safety alerts.
  /** The heading over the safety alerts: with an emergency among them or not. */
  readonly alertsTitle: (emergency: boolean) => string;
  readonly alertFromIntake: string;
  readonly alertTriggeredBy: string;
  // Posture, squat and gait findings.
  /** The two groups of muscles a finding brings: their headings and entry tags. */
  readonly findingGroups: {
    readonly overactive: { readonly title: string; readonly tag: string };
    readonly underactive: { readonly title: string; readonly tag: string };
  };
  readonly seenWith: string;
  // The plan.
  readonly planAvoidTitle: string;
  readonly planReleaseTitle: string;
  readonly planActivateTitle: string;
  readonly selfCareTitle: string;
  readonly followUp: string;
  readonly reportReleaseTitle: string;
  // The printed report.
  readonly reportOveractive: string;
  readonly reportUnderactive: string;
  readonly reportIntakeTitle: string;
  // The health intake.
  readonly intakeTitle: string;
  readonly intakeSummary: string;
  readonly intakeNote: string;
  readonly intakeLegend: string;
  // Cards.
  readonly whereFelt: string;
  readonly musclesInvolved: string;
  readonly layer: string;
  readonly action: string;
  readonly nerve: string;
  readonly referral: string;
  readonly neighboursTitle: string;
  readonly compensateForThis: string;
  readonly thisCompensatesFor: string;
  /** The same muscle on the other side, given its name in this vocabulary. */
  readonly otherSide: (name: string) => string;
  /** A neighbour that compensates for the card's muscle (`self`), doing `how`. */
  readonly compensatesForSelf: (self: string, how: string) => string;
  /** A neighbour the card's muscle (`self`) compensates for, doing `how`. */
  readonly selfCompensatesFor: (self: string, how: string) => string;
  // The colour legend.
  readonly legend: {
    readonly avoid: LegendWording;
    readonly primary: LegendWording;
    readonly compensating: LegendWording;
    readonly inhibited: LegendWording;
    readonly overactive: LegendWording;
    readonly underactive: LegendWording;
    readonly release: LegendWording;
    readonly activate: LegendWording;
    readonly picked: LegendWording;
    readonly painSite: LegendWording;
  };
}

const PLAIN: Wording = {
  body: {
    legend: 'Body',
    names: { male: 'Male', female: 'Female' },
    pick: 'Pick the body closest to yours',
    report: (body) => `Body shown: ${body === 'female' ? 'female' : 'male'}`,
  },
  primaryTitle: 'Muscles most likely involved',
  tagLocal: 'Lies here',
  tagReferral: 'Sends pain here',
  overworking: {
    title: 'Working harder — release',
    hint: 'These take over the extra work and tighten: massage and stretching help them.',
    tag: 'Release',
  },
  inhibited: {
    title: 'Switched off — activate, don’t massage',
    hint: 'These have gone weak and long: exercises wake them up; massage does not help them.',
    tag: 'Activate',
  },
  cautionsTitle: 'Good to know',
  conditionsTitle: 'Related conditions',
  redFlags: 'See a doctor if',
  compensationLead: (via, side, how, inhibited) =>
    `${inhibited ? 'Goes with' : 'Makes up for'} ${muscleLabel(via, side, 'plain')}: it ${how}.`,
  alertsTitle: (emergency) => (emergency ? 'Get medical help first' : 'See a doctor first'),
  alertFromIntake: 'Because of your health answers.',
  alertTriggeredBy: 'Because of pain at',
  findingGroups: {
    overactive: { title: 'Tight, overworking muscles', tag: 'Tight' },
    underactive: { title: 'Weak, switched-off muscles', tag: 'Weak' },
  },
  seenWith: 'Seen with',
  planAvoidTitle: 'No deep work here (inflamed)',
  planReleaseTitle: 'Release: tight, overworking muscles',
  planActivateTitle: 'Activate: weak, switched-off muscles',
  selfCareTitle: 'What you can do at home',
  followUp: 'Follow-up',
  reportReleaseTitle: 'Release (most important first)',
  reportOveractive: 'Tight, overworking',
  reportUnderactive: 'Weak, switched off',
  reportIntakeTitle: 'Health questions answered yes',
  intakeTitle: 'Your health',
  intakeSummary: 'A few questions before hands-on work',
  intakeNote:
    'Your answers stay on this device: they are kept with your work and saved sessions, never put in a share link.',
  intakeLegend: 'Tick each one that is true for you.',
  whereFelt: 'Where it is felt',
  musclesInvolved: 'Muscles involved',
  layer: 'How deep',
  action: 'What it does',
  nerve: 'Nerve',
  referral: 'Where its trigger points send pain',
  neighboursTitle: 'Muscles that work with it',
  compensateForThis: 'When it is the problem, these make up for it',
  thisCompensatesFor: 'It makes up for these',
  otherSide: () => 'The same muscle on the other side',
  compensatesForSelf: (_self, how) => `It ${how}.`,
  selfCompensatesFor: (_self, how) => `When that muscle is the problem, this one ${how}.`,
  legend: {
    avoid: { t: 'Inflamed: no deep work here', s: 'No deep work' },
    primary: { t: 'Likely causing the pain (stronger = more likely)', s: 'Likely cause' },
    compensating: { t: 'Working harder to make up for them — release', s: 'Working harder' },
    inhibited: { t: 'Switched off — activate, don’t massage', s: 'Switched off' },
    overactive: { t: 'Tight, overworking', s: 'Tight' },
    underactive: { t: 'Weak, switched off', s: 'Weak' },
    release: { t: 'Tight, overworking — release', s: 'Release' },
    activate: { t: 'Weak, switched off — activate', s: 'Activate' },
    picked: { t: 'The muscle you picked', s: 'Picked' },
    painSite: { t: 'Where it hurts', s: 'Hurts' },
  },
};

const MEDICAL: Wording = {
  body: {
    legend: 'Body model',
    names: { male: 'Male', female: 'Female' },
    pick: 'Choose the body model',
    report: (body) => `Body model: ${body === 'female' ? 'female' : 'male'}`,
  },
  primaryTitle: 'Primary muscles',
  tagLocal: 'Local',
  tagReferral: 'Referral',
  overworking: {
    title: 'Compensating — overworking',
    hint: 'Synergist overload, antagonist shortening and guarding: soft-tissue release and stretching.',
    tag: 'Overworking',
  },
  inhibited: {
    title: 'Compensating — inhibited',
    hint: 'Inhibited and lengthened: activation and strengthening, not soft-tissue release.',
    tag: 'Inhibited',
  },
  cautionsTitle: 'Cautions',
  conditionsTitle: 'Related conditions (differential)',
  redFlags: 'Red flags (refer on)',
  compensationLead: (via, side, how, inhibited) =>
    `${inhibited ? 'Inhibited with' : 'Compensates for'} ${via.name} (${side}): ${how}.`,
  alertsTitle: (emergency) => (emergency ? 'Red flags: emergency referral' : 'Red flags: refer before treating'),
  alertFromIntake: 'From the health intake.',
  alertTriggeredBy: 'Triggered by',
  findingGroups: {
    overactive: { title: 'Overactive (shortened) muscles', tag: 'Overactive' },
    underactive: { title: 'Underactive (lengthened) muscles', tag: 'Underactive' },
  },
  seenWith: 'Associated with',
  planAvoidTitle: 'Avoid: no deep work (inflamed site)',
  planReleaseTitle: 'Release (overworking / shortened)',
  planActivateTitle: 'Activate (inhibited / underactive)',
  selfCareTitle: 'Self-care for the client',
  followUp: 'Maintenance',
  reportReleaseTitle: 'Release (overworking / shortened), in order',
  reportOveractive: 'Overactive',
  reportUnderactive: 'Underactive',
  reportIntakeTitle: 'Health intake (positive answers)',
  intakeTitle: 'Health intake',
  intakeSummary: 'Contraindication screen (first consultation)',
  intakeNote: 'Answers stay on this device (work in progress and saved sessions); never in the share link.',
  intakeLegend: 'Tick each that applies.',
  whereFelt: 'Regions',
  musclesInvolved: 'Muscles',
  layer: 'Layer',
  action: 'Action',
  nerve: 'Innervation',
  referral: 'Referral pattern',
  neighboursTitle: 'Compensation neighbours',
  compensateForThis: 'Compensate for this muscle',
  thisCompensatesFor: 'This muscle compensates for',
  otherSide: (name) => `${name}, other side`,
  compensatesForSelf: (self, how) => `Compensates for the ${self.toLowerCase()}: ${how}.`,
  selfCompensatesFor: (self, how) => `The ${self.toLowerCase()} compensates for it: ${how}.`,
  legend: {
    avoid: { t: 'Inflamed site: no deep tissue work', s: 'No deep work' },
    primary: { t: 'Primary muscles (stronger = higher ranked)', s: 'Primary' },
    compensating: { t: 'Compensating — overworking', s: 'Overworking' },
    inhibited: { t: 'Compensating — inhibited', s: 'Inhibited' },
    overactive: { t: 'Overactive / shortened', s: 'Overactive' },
    underactive: { t: 'Underactive / lengthened', s: 'Underactive' },
    release: { t: 'Release (overactive / shortened)', s: 'Release' },
    activate: { t: 'Activate (underactive / lengthened)', s: 'Activate' },
    picked: { t: 'Selected muscle', s: 'Picked' },
    painSite: { t: 'Pain sites', s: 'Pain site' },
  },
};

/** The interface's words per vocabulary. */
export const WORDING: Readonly<Record<Vocabulary, Wording>> = { plain: PLAIN, medical: MEDICAL };

/** A record's name in a vocabulary: its plain name for clients, its standard name for therapists. */
export function nameIn(record: { readonly name: string; readonly plainName: string }, vocabulary: Vocabulary): string {
  return vocabulary === 'plain' ? record.plainName : record.name;
}

/** A record's name in the other vocabulary (shown beside the first as a gloss). */
export function otherNameIn(
  record: { readonly name: string; readonly plainName: string },
  vocabulary: Vocabulary,
): string {
  return vocabulary === 'plain' ? record.name : record.plainName;
}

/** An intake question as put to a client (`question`) or as a therapist reads it (`medical`). */
export function intakeWording(
  q: { readonly question: string; readonly medical: string },
  vocabulary: Vocabulary,
): string {
  return vocabulary === 'plain' ? q.question : q.medical;
}

/** An intake answer's caution for a client or for a therapist. */
export function intakeCaution(
  q: { readonly caution: string; readonly therapistCaution: string },
  vocabulary: Vocabulary,
): string {
  return vocabulary === 'plain' ? q.caution : q.therapistCaution;
}

/** The text of a pair written for both vocabularies (`{ plain, medical }`). */
export function textIn(pair: { readonly plain: string; readonly medical: string }, vocabulary: Vocabulary): string {
  return pair[vocabulary];
}
