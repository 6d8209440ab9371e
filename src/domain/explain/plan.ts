/**
 * Stage 6: the treatment plan — where not to work deep (inflamed sites), what to release, what to
 * activate, self-care between sessions and the maintenance note. Pure and deterministic.
 */

import { SOURCES } from '../data/sources';
import { GROUP_NAMES } from '../groups';
import type { FindingId, IntakeId, MuscleId } from '../ids';
import { getFinding, getMuscle, getRegion } from '../knowledgeBase';
import { type MuscleSide, regionPhrase, type Vocabulary } from '../labels';
import { activationFor, adviceFor, type SelfCareExercise, stretchFor } from '../selfCare';
import type { MuscleGroup } from '../types';
import { muscleSideAt } from './sites';
import type {
  CompensatingMuscle,
  FindingMuscle,
  NormalisedSite,
  PlanMuscle,
  PrimaryMuscle,
  SelfCareItem,
  TreatmentPlan,
} from './types';
import { sentenceList } from './util';

/** What the plan is computed from. */
export interface PlanInput {
  /** Normalised pain sites with their inflamed marks. */
  readonly sites: readonly NormalisedSite[];
  /** Primary muscles, most likely first. */
  readonly primary: readonly PrimaryMuscle[];
  /** Compensating muscles, each with its state (overworking → release, inhibited → activate). */
  readonly compensating: readonly CompensatingMuscle[];
  /** Muscles from posture/movement findings (overactive → release, underactive → activate). */
  readonly findings?: {
    /** The selected findings, in order (their advice goes into self-care); taken from the muscles when missing. */
    readonly findings?: readonly { readonly id: FindingId }[];
    readonly overactive: readonly FindingMuscle[];
    readonly underactive: readonly FindingMuscle[];
  };
  /** Intake answers that are "yes". */
  readonly intake: readonly IntakeId[];
}

/** Sessions after which muscular pain is reassessed. */
export const REASSESS_AFTER_SESSIONS = 3;

/** At most this many self-care items of each kind (stretches, exercises, advice). */
export const SELF_CARE_CAP = { stretch: 5, strengthen: 5, advice: 4 } as const;

/**
 * Intake answers that limit pressure. The note is added to the why of every muscle to release, or,
 * with `groups`, only to muscles of those groups. Our own words, after Werner's pathology guide.
 */
const PRESSURE_LIMITS: Partial<
  Record<IntakeId, { readonly plain: string; readonly medical: string; readonly groups?: readonly MuscleGroup[] }>
> = {
  blood_thinners: {
    plain: 'Blood thinners: gentle pressure only, no deep work anywhere.',
    medical: 'Anticoagulants/antiplatelets: light pressure only, no deep work anywhere.',
  },
  osteoporosis: {
    plain: 'Osteoporosis: gentle pressure only, especially over the ribs and spine.',
    medical: 'Osteoporosis: light pressure only, no forceful work over ribs or spine.',
  },
  fever_unwell: {
    plain: 'Feverish or unwell: postpone hands-on work until recovered.',
    medical: 'Fever/acute illness: postpone manual therapy until recovered.',
  },
  pregnancy: {
    plain: 'Pregnancy: no deep work on the belly, inner thighs or calves.',
    medical: 'Pregnancy: no deep pressure on the abdomen, medial thigh or calf (venous clot risk).',
    groups: ['abdominals', 'adductors', 'calf', 'deep_posterior_leg'],
  },
  diabetes: {
    plain: 'Diabetes: check feeling in the skin first and use lighter pressure where it is reduced.',
    medical: 'Diabetes: test sensation first; lighter pressure where it is reduced (neuropathy).',
    groups: ['calf', 'deep_posterior_leg', 'anterior_leg', 'lateral_leg', 'plantar_intrinsics', 'dorsal_foot'],
  },
  recent_injury: {
    plain: 'Recent injury: no deep work over the injured area while it is fresh.',
    medical: 'Recent injury: no deep work over the injured tissue in the acute phase.',
  },
  recent_surgery: {
    plain: 'Recent operation: no work near the operation site until the surgeon agrees.',
    medical: 'Recent surgery: avoid the operative area until cleared by the surgeon.',
  },
  cancer_history: {
    plain: 'Cancer history: no deep work near treated areas; pressure agreed with the treating team.',
    medical:
      'Oncology history: no deep work over treated sites or limbs at lymphoedema risk; agree pressure with the team.',
  },
};

type Concrete = 'left' | 'right' | 'midline';

/** The concrete sides a muscle side stands for. */
function concrete(side: MuscleSide): Concrete[] {
  return side === 'both' ? ['left', 'right'] : [side];
}

/** A muscle side back from the concrete sides that remain. */
function fromConcrete(sides: readonly Concrete[]): MuscleSide {
  return sides.length === 2 ? 'both' : (sides[0] as Concrete);
}

/** Where each muscle is already listed, by concrete side. */
class SideSet {
  private readonly map = new Map<MuscleId, Set<Concrete>>();
  add(id: MuscleId, side: MuscleSide): void {
    const s = this.map.get(id) ?? new Set<Concrete>();
    for (const c of concrete(side)) s.add(c);
    this.map.set(id, s);
  }
  /** The part of `side` not yet in the set, or undefined when nothing remains. */
  remaining(id: MuscleId, side: MuscleSide): MuscleSide | undefined {
    const have = this.map.get(id);
    const left = concrete(side).filter((c) => !have?.has(c));
    return left.length === 0 ? undefined : fromConcrete(left);
  }
  has(id: MuscleId, side: MuscleSide): boolean {
    const have = this.map.get(id);
    return !!have && concrete(side).some((c) => have.has(c));
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "the calf muscles", "the hamstrings", "the plantar foot muscles". */
function groupPhrase(group: MuscleGroup): string {
  return `the ${GROUP_NAMES[group].name.toLowerCase()}`;
}

/** The groups of some muscles, in order of first appearance, without repeats. */
function groupsOf(ids: readonly MuscleId[]): MuscleGroup[] {
  return [...new Set(ids.map((id) => getMuscle(id).group))];
}

/** The selected findings' names, for a "why". */
function findingNames(ids: readonly FindingId[], vocabulary: Vocabulary): string {
  return sentenceList(
    ids.map((id) => {
      const f = getFinding(id);
      return vocabulary === 'plain' ? `“${f.plainName.toLowerCase()}”` : f.name;
    }),
  );
}

interface AvoidEntry {
  readonly id: MuscleId;
  readonly side: MuscleSide;
  readonly site: NormalisedSite;
}

/**
 * The treatment plan.
 * - `avoid`: the muscles lying under an inflamed site ("no deep work"), with a why that names the
 *   site and the surrounding groups that may still be treated gently; empty without an inflamed site.
 * - `release`: overworking and tight muscles — primary muscles, overworking compensators and the
 *   findings' overactive muscles — never on a side where the muscle is in `avoid`. When a site is
 *   inflamed, the surrounding groups (muscles referring pain into it, then the compensators of the
 *   muscles under it) come first. A compensator the findings call underactive is not released.
 * - `activate`: the findings' underactive muscles, then inhibited compensators: exercise, not
 *   massage (a compensator the findings call overactive is not activated).
 * - `selfCare`: for an inflamed site, settling advice first; then a stretch for each released
 *   muscle that has one, an activation exercise for each activated one (none that stretches or
 *   loads a muscle under an inflamed site) and the findings' posture, work-station and activity
 *   advice — each once, at most `SELF_CARE_CAP` of each kind.
 * - `maintenance`: reassess after `REASSESS_AFTER_SESSIONS` sessions.
 * Intake answers that limit pressure (blood thinners, osteoporosis...) are said in the whys of the
 * muscles to release. `vocabulary` words the whys and the maintenance note.
 */
export function planFor(input: PlanInput, vocabulary: Vocabulary = 'plain'): TreatmentPlan {
  // ── avoid: the muscles lying under each inflamed site ─────────────────────────
  const avoidEntries: AvoidEntry[] = [];
  const avoided = new SideSet();
  for (const site of input.sites) {
    if (!site.inflamed) continue;
    for (const id of getRegion(site.region).muscles) {
      const side = avoided.remaining(id, muscleSideAt(getMuscle(id), site.side));
      if (!side) continue;
      avoided.add(id, side);
      avoidEntries.push({ id, side, site });
    }
  }
  const inflamed = input.sites.filter((s) => s.inflamed);

  // ── release ───────────────────────────────────────────────────────────────────
  const pressure = input.intake
    .map((id) => ({ id, limit: PRESSURE_LIMITS[id] }))
    .filter((x): x is { id: IntakeId; limit: NonNullable<(typeof PRESSURE_LIMITS)[IntakeId]> } => !!x.limit);
  const pressureNote = (id: MuscleId): string => {
    const group = getMuscle(id).group;
    return pressure
      .filter((p) => !p.limit.groups || p.limit.groups.includes(group))
      .map((p) => ` ${p.limit[vocabulary]}`)
      .join('');
  };

  // What the findings observed outranks what the compensation graph infers: a compensator is not
  // released where a finding calls it underactive, nor activated where a finding calls it overactive.
  const observedUnder = new SideSet();
  for (const f of input.findings?.underactive ?? []) observedUnder.add(f.id, f.side);
  const observedOver = new SideSet();
  for (const f of input.findings?.overactive ?? []) observedOver.add(f.id, f.side);

  const release: PlanMuscle[] = [];
  const released = new SideSet();
  const surrounding = new Map<MuscleId, NormalisedSite>();
  const pushRelease = (id: MuscleId, wanted: MuscleSide, why: string, blocked?: SideSet) => {
    const notBlocked = blocked ? blocked.remaining(id, wanted) : wanted;
    const notAvoided = notBlocked && avoided.remaining(id, notBlocked);
    if (!notAvoided) return;
    const side = released.remaining(id, notAvoided);
    if (!side) return;
    released.add(id, side);
    const m = getMuscle(id);
    release.push({ id, name: m.name, plainName: m.plainName, side, why: `${why}${pressureNote(id)}` });
  };

  const overworking = input.compensating.filter((c) => c.state === 'overworking');
  const siteOfAvoided = (id: MuscleId, side: MuscleSide) =>
    avoidEntries.find((a) => a.id === id && concrete(a.side).some((c) => concrete(side).includes(c)))?.site;
  const gentle = (site: NormalisedSite) => {
    const where = regionPhrase(getRegion(site.region), site.side, vocabulary);
    return vocabulary === 'plain'
      ? ` With ${where} inflamed, treat it gently.`
      : ` Near the inflamed site (${where.replace(/^the /, '')}): light to moderate pressure.`;
  };
  if (inflamed.length > 0) {
    // Surrounding groups first: muscles that refer pain into an inflamed site, then the
    // compensators of the muscles lying under it.
    for (const p of input.primary) {
      const site = inflamed.find(
        (s) =>
          getMuscle(p.id).referral.regions.includes(s.region) &&
          concrete(muscleSideAt(getMuscle(p.id), s.side)).some((c) => concrete(p.side).includes(c)),
      );
      if (!site || avoided.remaining(p.id, p.side) === undefined) continue;
      if (!surrounding.has(p.id)) surrounding.set(p.id, site);
      pushRelease(p.id, p.side, `${p.why}${gentle(site)}`);
    }
    for (const c of overworking) {
      const site = siteOfAvoided(c.via, c.viaSide);
      if (!site || avoided.remaining(c.id, c.side) === undefined) continue;
      if (!surrounding.has(c.id)) surrounding.set(c.id, site);
      pushRelease(c.id, c.side, `${c.why}${gentle(site)}`, observedUnder);
    }
  }
  for (const p of input.primary) pushRelease(p.id, p.side, p.why);
  for (const c of overworking) pushRelease(c.id, c.side, c.why, observedUnder);
  for (const f of input.findings?.overactive ?? []) {
    const names = findingNames(f.findings, vocabulary);
    pushRelease(
      f.id,
      f.side,
      vocabulary === 'plain' ? `Tight or overworking with ${names}.` : `Overactive/shortened: ${names}.`,
    );
  }

  // ── activate ──────────────────────────────────────────────────────────────────
  const activate: PlanMuscle[] = [];
  const activated = new SideSet();
  const settleFirst =
    vocabulary === 'plain'
      ? ' Start once the inflamed area has settled.'
      : ' Begin once the acute inflammation at this site has settled.';
  const pushActivate = (id: MuscleId, wanted: MuscleSide, why: string, blocked?: SideSet) => {
    const notBlocked = blocked ? blocked.remaining(id, wanted) : wanted;
    const side = notBlocked && activated.remaining(id, notBlocked);
    if (!side) return;
    activated.add(id, side);
    const m = getMuscle(id);
    const note = avoided.has(id, side) ? settleFirst : '';
    activate.push({ id, name: m.name, plainName: m.plainName, side, why: `${why}${note}` });
  };
  for (const f of input.findings?.underactive ?? []) {
    const names = findingNames(f.findings, vocabulary);
    pushActivate(
      f.id,
      f.side,
      vocabulary === 'plain'
        ? `Weak or switched off with ${names}: strengthen it rather than massage it.`
        : `Underactive/lengthened: ${names}. Activation exercise, not soft-tissue work.`,
    );
  }
  for (const c of input.compensating) {
    if (c.state !== 'inhibited') continue;
    pushActivate(
      c.id,
      c.side,
      vocabulary === 'plain'
        ? `${c.why} Wake it up with exercise rather than massage.`
        : `${c.why} Activation exercise, not soft-tissue work.`,
      observedOver,
    );
  }

  // ── avoid whys: name the site, its groups and the surrounding groups still treated ──
  const avoid: PlanMuscle[] = avoidEntries.map((a) => {
    const atSite = avoidEntries.filter((x) => x.site === a.site).map((x) => x.id);
    const siteGroups = groupsOf(atSite);
    const around = groupsOf([...surrounding.entries()].filter(([, site]) => site === a.site).map(([id]) => id)).filter(
      (g) => !siteGroups.includes(g),
    );
    const where = capitalise(regionPhrase(getRegion(a.site.region), a.site.side, vocabulary));
    const noDeep = sentenceList(siteGroups.slice(0, 4).map(groupPhrase));
    const still =
      around.length > 0 ? sentenceList(around.slice(0, 4).map(groupPhrase)) : 'the surrounding muscle groups';
    const m = getMuscle(a.id);
    return {
      id: a.id,
      name: m.name,
      plainName: m.plainName,
      side: a.side,
      why:
        vocabulary === 'plain'
          ? `${where} is inflamed: no deep work on ${noDeep}; ${still} may be treated gently.`
          : `${where} is acutely inflamed: no deep-tissue work on ${noDeep}; ${still} may be treated with light to moderate pressure.`,
    };
  });

  return {
    avoid,
    release,
    activate,
    selfCare: selfCareFor(input, inflamed, release, activate, avoided),
    maintenance: maintenanceNote(vocabulary),
  };
}

/**
 * Self-care for the client (always in plain words): settling advice for inflamed sites, stretches,
 * activation exercises (none that stretches or loads a muscle under an inflamed site), then the
 * findings' advice.
 */
function selfCareFor(
  input: PlanInput,
  inflamed: readonly NormalisedSite[],
  release: readonly PlanMuscle[],
  activate: readonly PlanMuscle[],
  avoided: SideSet,
): SelfCareItem[] {
  const items: SelfCareItem[] = [];
  for (const site of inflamed) {
    const where = regionPhrase(getRegion(site.region), site.side, 'plain').replace(/^the /, '');
    items.push({
      kind: 'activity',
      text: `Let the inflamed ${where} settle: spare it from strain, keep it moving gently within comfort and see a physician if it gets hotter, more swollen or you feel unwell.`,
      sources: [SOURCES.WERNER, SOURCES.BRUKNER],
    });
  }
  const exercises = (
    list: readonly PlanMuscle[],
    pick: (id: MuscleId) => SelfCareExercise | undefined,
    cap: number,
  ) => {
    const byExercise = new Map<string, { ex: SelfCareExercise; muscleId: MuscleId; sides: Set<MuscleSide> }>();
    for (const m of list) {
      const ex = pick(m.id);
      // No exercise that stretches or loads a muscle under an inflamed site (on that side).
      if (!ex || [...ex.muscles, ...(ex.loads ?? [])].some((x) => avoided.has(x, m.side))) continue;
      const e = byExercise.get(ex.id);
      if (e) e.sides.add(m.side);
      else if (byExercise.size < cap) byExercise.set(ex.id, { ex, muscleId: m.id, sides: new Set([m.side]) });
    }
    for (const { ex, muscleId, sides } of byExercise.values()) {
      const one = sides.size === 1 ? [...sides][0] : undefined;
      const prefix = one === 'left' || one === 'right' ? `${capitalise(one)} side: ` : '';
      items.push({ muscleId, kind: ex.kind, text: `${prefix}${ex.text}`, sources: ex.sources });
    }
  };
  exercises(release, stretchFor, SELF_CARE_CAP.stretch);
  exercises(activate, activationFor, SELF_CARE_CAP.strengthen);

  const findingIds =
    input.findings?.findings?.map((f) => f.id) ??
    [...(input.findings?.overactive ?? []), ...(input.findings?.underactive ?? [])].flatMap((m) => m.findings);
  const seen = new Set<string>();
  let advice = 0;
  for (const id of new Set(findingIds)) {
    for (const a of adviceFor(id)) {
      if (seen.has(a.id) || advice >= SELF_CARE_CAP.advice) continue;
      seen.add(a.id);
      advice++;
      items.push({ kind: a.kind, text: a.text, sources: a.sources });
    }
  }
  return items;
}

/** The maintenance note: reassess, refer on if unchanged, then preventive visits. */
function maintenanceNote(vocabulary: Vocabulary): TreatmentPlan['maintenance'] {
  const text =
    vocabulary === 'plain'
      ? `We check progress after ${REASSESS_AFTER_SESSIONS}–4 sessions. If the muscular pain has not changed by then, see a physician. Once it has settled, preventive visits at an interval you choose help keep it away.`
      : `Reassess after ${REASSESS_AFTER_SESSIONS}–4 sessions; if the muscular pain is unchanged, refer on to a physician. Then maintenance (preventive) visits at an interval agreed with the client.`;
  return { text, reassessAfterSessions: REASSESS_AFTER_SESSIONS };
}
