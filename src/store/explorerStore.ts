/**
 * The explorer's store: inputs only. What a person chose (pain sites, findings, vocabulary, view,
 * the focused muscle, notes) and what the 3D view reports (hover, loading). Everything shown from
 * these — highlights, panel contents — is derived by the domain functions (see `selectors.ts`).
 *
 * This module imports no knowledge-base data, so the first chunk stays small.
 */
import { create } from 'zustand';
import type { FindingSelection, PainSite } from '../domain/explain';
import type { HighlightSource, MeshSide, MuscleRef } from '../domain/highlight';
import type { MuscleId, RegionId } from '../domain/ids';
import type { Vocabulary } from '../domain/labels';
import type { SharedState, ViewPreset } from './shareLink';
import { INITIAL_STUDY, type StudyActions, type StudyState, studyActions } from './studySlice';

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
  readonly hover: HoverTarget | null;
  readonly load: LoadState;
  /** Bumped by "reset view" and by view buttons, so choosing the same view again re-applies it. */
  readonly viewNonce: number;
  /** Messages for the person (e.g. what a share link could not restore). */
  readonly notices: readonly string[];
  /** Bumped when the report wants a fresh image of the 3D view. */
  readonly snapshotRequest: number;
  /** The latest image of the 3D view (a data URL), answered by the scene. */
  readonly snapshot: string | null;
  /**
   * The view preset the camera shows now, as the 3D view reports it: null once the camera has
   * turned away from it (by a drag, or by itself to show the highlighted muscles).
   */
  readonly shownView: ViewPreset | null;
  /** The seed of the next quiz (null: a random one); tests set it so that a quiz replays. */
  readonly quizSeed: number | null;
}

export interface ExplorerActions extends StudyActions {
  /** Add a pain site (ignored if already selected) and show the pain explanation. */
  addSite(site: PainSite): void;
  removeSite(site: PainSite): void;
  toggleSite(site: PainSite): void;
  clearSites(): void;
  toggleFinding(finding: FindingSelection): void;
  setFindingSide(id: FindingSelection['id'], side: FindingSelection['side']): void;
  clearFindings(): void;
  setVocabulary(vocabulary: Vocabulary): void;
  setSource(source: HighlightSource): void;
  setView(view: ViewPreset): void;
  focusMuscle(focus: MuscleRef | null): void;
  setNotes(notes: string): void;
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
  requestSnapshot(): void;
  setSnapshot(url: string | null): void;
}

export type ExplorerStore = ExplorerState & ExplorerActions;

/** The state a fresh explorer starts in. */
export const INITIAL_STATE: ExplorerState = {
  sites: [],
  findings: [],
  vocabulary: 'plain',
  view: 'front',
  source: 'pain',
  focus: null,
  notes: '',
  hover: null,
  load: { phase: 'code', progress: 0 },
  viewNonce: 0,
  notices: [],
  snapshotRequest: 0,
  snapshot: null,
  shownView: 'front',
  quizSeed: null,
  ...INITIAL_STUDY,
};

const siteKey = (s: PainSite) => `${s.region}|${s.side ?? 'midline'}`;

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
    removeSite: (site) => set((s) => ({ sites: s.sites.filter((x) => siteKey(x) !== siteKey(site)), focus: null })),
    toggleSite: (site) =>
      set((s) =>
        s.sites.some((x) => siteKey(x) === siteKey(site))
          ? { sites: s.sites.filter((x) => siteKey(x) !== siteKey(site)), focus: null }
          : { sites: [...s.sites, site], source: 'pain', focus: null },
      ),
    clearSites: () => set({ sites: [], focus: null }),
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
    setSource: (source) => set({ source, focus: null }),
    setView: (view) => set((s) => ({ view, shownView: view, viewNonce: s.viewNonce + 1 })),
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
    restore: (shared, notices = []) =>
      set((s) => ({
        ...shared,
        viewNonce: s.viewNonce + 1,
        notices: [...s.notices, ...notices.filter((n) => !s.notices.includes(n))],
      })),
    dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
    notify: (message) => set((s) => (s.notices.includes(message) ? {} : { notices: [...s.notices, message] })),
    requestSnapshot: () => set((s) => ({ snapshotRequest: s.snapshotRequest + 1 })),
    setSnapshot: (snapshot) => set({ snapshot }),
  }));
}

/** The app's store. */
export const useExplorer = createExplorerStore();

/** The shared part of a state, as written into the share link. */
export function sharedPart(s: ExplorerState): SharedState {
  return {
    sites: s.sites,
    findings: s.findings,
    vocabulary: s.vocabulary,
    view: s.view,
    source: s.source,
    focus: s.focus,
  };
}
