/**
 * The explorer's store: inputs only. What a person chose (pain sites, findings, vocabulary, view,
 * the focused muscle, notes) and what the 3D view reports (hover, loading). Everything shown from
 * these — highlights, panel contents — is derived by the domain functions (see `selectors.ts`).
 *
 * This module imports no knowledge-base data, so the first chunk stays small.
 */
import { create } from 'zustand';
import { type BodyId, DEFAULT_BODY } from '../domain/body/bodyId';
import type { FindingSelection, PainSite } from '../domain/explain';
import { bareSite, siteKey } from '../domain/explain/keys';
import type { HighlightSource, MeshSide, MuscleRef } from '../domain/highlight';
import type { MuscleId, RegionId } from '../domain/ids';
import type { Vocabulary } from '../domain/labels';
import type { IntakeId } from '../schemas/intake';
import type { SessionSite, Site } from '../schemas/selection';
import type { SharedState, ViewPreset } from './shareLink';
import { INITIAL_STUDY, type StudyActions, type StudyState, studyActions } from './studySlice';
import { requestView } from './viewRequests';

/**
 * Which part the pointer is over in the 3D view (where the pointer is lives in `pointerStore.ts`,
 * so a move inside one part changes nothing here).
 */
export type HoverTarget =
  | { readonly kind: 'region'; readonly id: RegionId; readonly side: MeshSide }
  | { readonly kind: 'muscle'; readonly id: MuscleId; readonly side: MeshSide };

const sameHover = (a: HoverTarget | null, b: HoverTarget | null) =>
  a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id && a.side === b.side);

/** Loading state of the 3D view. */
export interface LoadState {
  readonly phase: 'code' | 'model' | 'ready' | 'error';
  /** 0..1 while the model downloads. */
  readonly progress: number;
  readonly message?: string;
  /** The app's error boundary shows the failure itself (with a way to try again). */
  readonly caught?: boolean;
}

export interface ExplorerState extends SharedState, StudyState {
  readonly notes: string;
  /** The person's 0–10 pain score per site (by `siteKey`); kept on the device, never in a link. */
  readonly pain: Readonly<Record<string, number>>;
  /** The therapist's goal for the programme. */
  readonly goal: string;
  /** Health-intake answers that are "yes" (kept on the device, never in a link). */
  readonly intake: readonly IntakeId[];
  readonly hover: HoverTarget | null;
  readonly load: LoadState;
  /** Messages for the person (e.g. what a share link could not restore). */
  readonly notices: readonly string[];
  /** The latest image of the 3D view for the report (a data URL); see `snapshotBridge.ts`. */
  readonly snapshot: string | null;
  /**
   * The view preset the camera shows now, as the 3D view reports it: null once the camera has
   * turned away from it (by a drag, or by itself to show the highlighted muscles).
   */
  readonly shownView: ViewPreset | null;
  /** The seed of the next quiz (null: a random one); tests set it so that a quiz replays. */
  readonly quizSeed: number | null;
  /**
   * Whether the body shown was chosen: picked with the Body switch now or on an earlier visit. Until
   * then the default body is shown and the switch asks the person to pick.
   */
  readonly bodyChosen: boolean;
}

/** The work a saved session or the work in progress holds, as `openWork` takes it. */
export interface WorkToOpen {
  readonly sites: readonly SessionSite[];
  readonly findings: readonly FindingSelection[];
  readonly vocabulary: Vocabulary;
  readonly body: BodyId;
  readonly notes: string;
  readonly goal: string;
  readonly intake: readonly IntakeId[];
}

export interface ExplorerActions extends StudyActions {
  /** Add a pain site (ignored if already selected) and show the pain explanation. */
  addSite(site: Site): void;
  removeSite(site: PainSite): void;
  toggleSite(site: PainSite): void;
  clearSites(): void;
  toggleFinding(finding: FindingSelection): void;
  setFindingSide(id: FindingSelection['id'], side: FindingSelection['side']): void;
  clearFindings(): void;
  setVocabulary(vocabulary: Vocabulary): void;
  /** The person picks the body to show (male or female); sites, findings and the view stay. */
  setBody(body: BodyId): void;
  setSource(source: HighlightSource): void;
  setView(view: ViewPreset): void;
  focusMuscle(focus: MuscleRef | null): void;
  setNotes(notes: string): void;
  /** Mark a selected site (by `siteKey`) acute / swollen / inflamed, or clear the mark. */
  toggleInflamed(key: string): void;
  /** The 0–10 pain score of a selected site (by `siteKey`); null clears it. Out-of-range scores are clamped. */
  setPain(key: string, score: number | null): void;
  setGoal(goal: string): void;
  /** Answer one health-intake question: yes adds it, no removes it. */
  setIntake(id: IntakeId, yes: boolean): void;
  /**
   * Open saved work (a saved session or the work in progress) in place of the current work: sites
   * with their marks and scores, findings, vocabulary, body, notes, goal and intake; the tab follows
   * what it holds and no muscle card stays open.
   */
  openWork(work: WorkToOpen): void;
  /**
   * Put back the part of saved work that a share link never holds — notes, goal, intake and the
   * pain scores of the sites selected now — keeping the selection and view as they are (a reload
   * of a link).
   */
  restorePrivate(work: WorkToOpen): void;
  /** Set what the pointer is over (a no-op when it is the same part). */
  setHover(hover: HoverTarget | null): void;
  setShownView(view: ViewPreset | null): void;
  /** The seed for a new quiz: the set seed (then the next one), or a random one. */
  takeQuizSeed(): number;
  setQuizSeed(seed: number | null): void;
  setLoad(load: LoadState): void;
  /** Replace the shared part of the state (from a share link), keeping what the link lacks. */
  restore(shared: Partial<SharedState>, notices?: readonly string[]): void;
  dismissNotice(index: number): void;
  /** Tell the person something (shown once, however often it is said). */
  notify(message: string): void;
  /** The report's image of the 3D view (set by `snapshotBridge.ts`). */
  setSnapshot(url: string | null): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

/** The state a fresh explorer starts in. */
export const INITIAL_STATE: ExplorerState = {
  sites: [],
  findings: [],
  vocabulary: 'plain',
  body: DEFAULT_BODY,
  bodyChosen: false,
  view: 'front',
  source: 'pain',
  focus: null,
  notes: '',
  pain: {},
  goal: '',
  intake: [],
  hover: null,
  load: { phase: 'code', progress: 0 },
  notices: [],
  snapshot: null,
  shownView: 'front',
  quizSeed: null,
  ...INITIAL_STUDY,
};

/** The key of a site in `pain` and in the actions that take a key: `region|side`. */

const withoutKey = (pain: Readonly<Record<string, number>>, key: string) => {
  if (!(key in pain)) return pain;
  const { [key]: _, ...rest } = pain;
  return rest;
};

const clampPain = (score: number) => Math.min(10, Math.max(0, Math.round(score)));

/** Make a new store (the app uses one; tests make their own). */
export function createExplorerStore(initial: Partial<ExplorerState> = {}) {
  return create<ExplorerStore>()((set, get) => ({
    ...INITIAL_STATE,
    ...initial,
    ...studyActions<ExplorerStore>(set),
    addSite: (site) =>
      set((s) =>
        s.sites.some((x) => siteKey(x) === siteKey(site))
          ? { source: 'pain' }
          : { sites: [...s.sites, site], source: 'pain', focus: null },
      ),
    removeSite: (site) =>
      set((s) => ({
        sites: s.sites.filter((x) => siteKey(x) !== siteKey(site)),
        pain: withoutKey(s.pain, siteKey(site)),
        focus: null,
      })),
    toggleSite: (site) =>
      set((s) =>
        s.sites.some((x) => siteKey(x) === siteKey(site))
          ? {
              sites: s.sites.filter((x) => siteKey(x) !== siteKey(site)),
              pain: withoutKey(s.pain, siteKey(site)),
              focus: null,
            }
          : { sites: [...s.sites, site], source: 'pain', focus: null },
      ),
    clearSites: () => set({ sites: [], pain: {}, focus: null }),
    toggleInflamed: (key) =>
      set((s) =>
        s.sites.some((x) => siteKey(x) === key)
          ? {
              sites: s.sites.map((x) => {
                if (siteKey(x) !== key) return x;
                return bareSite(x, !x.inflamed);
              }),
            }
          : {},
      ),
    setPain: (key, score) =>
      set((s) => {
        if (!s.sites.some((x) => siteKey(x) === key)) return {};
        if (score === null || !Number.isFinite(score)) return { pain: withoutKey(s.pain, key) };
        const value = clampPain(score);
        return s.pain[key] === value ? {} : { pain: { ...s.pain, [key]: value } };
      }),
    setGoal: (goal) => set({ goal }),
    setIntake: (id, yes) =>
      set((s) =>
        s.intake.includes(id) === yes ? {} : { intake: yes ? [...s.intake, id] : s.intake.filter((x) => x !== id) },
      ),
    openWork: (work) => {
      set(() => {
        const pain: Record<string, number> = {};
        const sites = work.sites.map(({ pain: score, ...site }) => {
          if (score !== undefined) pain[siteKey(site)] = score;
          return site;
        });
        return {
          sites,
          pain,
          findings: work.findings,
          vocabulary: work.vocabulary,
          body: work.body,
          notes: work.notes,
          goal: work.goal,
          intake: work.intake,
          source: sites.length === 0 && work.findings.length > 0 ? 'findings' : 'pain',
          focus: null,
        };
      });
      // The opened work is framed in the current view.
      requestView(get().view);
    },
    toggleFinding: (finding) =>
      set((s) =>
        s.findings.some((f) => f.id === finding.id)
          ? { findings: s.findings.filter((f) => f.id !== finding.id), focus: null }
          : { findings: [...s.findings, finding], source: 'findings', focus: null },
      ),
    setFindingSide: (id, side) =>
      set((s) => ({
        findings: s.findings.map((f) => (f.id === id ? (side ? { id, side } : { id }) : f)),
      })),
    clearFindings: () => set({ findings: [], focus: null }),
    setVocabulary: (vocabulary) => set({ vocabulary }),
    setBody: (body) => set({ body, bodyChosen: true }),
    setSource: (source) => set({ source, focus: null }),
    setView: (view) => {
      set({ view, shownView: view });
      // Even the same view again: the person may have turned the body since.
      requestView(view);
    },
    focusMuscle: (focus) => set({ focus }),
    setNotes: (notes) => set({ notes }),
    setHover: (hover) => {
      if (!sameHover(hover, get().hover)) set({ hover });
    },
    setShownView: (shownView) => {
      if (shownView !== get().shownView) set({ shownView });
    },
    takeQuizSeed: () => {
      const seed = get().quizSeed;
      if (seed === null) return Math.floor(Math.random() * 0x7fffffff);
      set({ quizSeed: (seed + 1) % 0x7fffffff });
      return seed;
    },
    setQuizSeed: (quizSeed) => set({ quizSeed }),
    setLoad: (load) => set({ load }),
    restorePrivate: (work) =>
      set((s) => {
        const here = new Set(s.sites.map(siteKey));
        const pain: Record<string, number> = {};
        for (const site of work.sites)
          if (site.pain !== undefined && here.has(siteKey(site))) pain[siteKey(site)] = site.pain;
        return { notes: work.notes, goal: work.goal, intake: work.intake, pain };
      }),
    restore: (shared, notices = []) => {
      set((s) => ({
        ...shared,
        // Pain scores belong to sites: a link that replaces the sites keeps only the scores of those still there.
        ...(shared.sites
          ? {
              pain: Object.fromEntries(
                shared.sites.map((x) => [siteKey(x), s.pain[siteKey(x)]]).filter(([, p]) => p !== undefined),
              ) as Record<string, number>,
            }
          : {}),
        notices: [...s.notices, ...notices.filter((n) => !s.notices.includes(n))],
      }));
      requestView(get().view);
    },
    dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
    notify: (message) => set((s) => (s.notices.includes(message) ? {} : { notices: [...s.notices, message] })),
    setSnapshot: (snapshot) => set({ snapshot }),
  }));
}

/** The app's store. */
export const useExplorer = createExplorerStore();

/** The work a session keeps, read from the state: sites with their pain scores, and the rest. */
export function workOf(s: ExplorerState): WorkToOpen {
  return {
    sites: s.sites.map((site) => {
      const score = s.pain[siteKey(site)];
      return score === undefined ? site : { ...site, pain: score };
    }),
    findings: s.findings,
    vocabulary: s.vocabulary,
    body: s.body,
    notes: s.notes,
    goal: s.goal,
    intake: s.intake,
  };
}

/** True when the list names every key of `T` (a compile-time check that no field is forgotten). */
type Covers<T, K extends readonly PropertyKey[]> = [Exclude<keyof T, K[number]>] extends [never] ? true : false;

/** The fields a session keeps (the work in progress is written when one of them changes). */
export const WORK_KEYS = ['sites', 'findings', 'notes', 'vocabulary', 'body', 'pain', 'goal', 'intake'] as const;
const workKeysCover: Covers<WorkToOpen, typeof WORK_KEYS> = true;

/** The fields a share link holds (the link is rewritten when one of them changes). */
export const SHARED_KEYS = ['sites', 'findings', 'vocabulary', 'body', 'view', 'source', 'focus'] as const;
const sharedKeysCover: Covers<SharedState, typeof SHARED_KEYS> = true;
void workKeysCover;
void sharedKeysCover;

/**
 * The fields the 3D view's labels are drawn from (the overlay lays them out again when one of
 * them changes).
 */
export const LABEL_KEYS = [
  'vocabulary',
  'sites',
  'findings',
  'source',
  'focus',
  'selection',
  'quiz',
  'quizStage',
  'peel',
  'tissues',
  'isolation',
] as const satisfies readonly (keyof ExplorerState)[];

/** Whether any of `keys` differs between two states. */
export function changedIn(keys: readonly (keyof ExplorerState)[], a: ExplorerState, b: ExplorerState): boolean {
  return keys.some((k) => a[k] !== b[k]);
}

/** The shared part of a state, as written into the share link. */
export function sharedPart(s: ExplorerState): SharedState {
  return {
    sites: s.sites.map((x) => bareSite(x)),
    findings: s.findings,
    vocabulary: s.vocabulary,
    body: s.body,
    view: s.view,
    source: s.source,
    focus: s.focus,
  };
}
