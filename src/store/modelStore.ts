/**
 * Which body the 3D view shows (MyoTrace's own model or one the person opened from their device),
 * what the shown model holds, and whether the graphics context is lost. The panels write the
 * request; the 3D view answers with what it loaded or why it could not. Inputs and reports only:
 * what is missing is derived from `info` where it is shown.
 *
 * This module imports no knowledge-base data, so the first chunk stays small.
 */
import { create } from 'zustand';
import type { BodyId } from '../domain/body/bodyId';
import type { MissingMuscle } from '../model/mapModel';

/** A model file the person chose, with an optional mapping file. */
export interface OwnModelFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly mapping?: { readonly name: string; readonly text: string };
}

/** What the shown model holds. */
export interface ModelInfo {
  /** The file's name, or null for MyoTrace's own model. */
  readonly fileName: string | null;
  /** Which of MyoTrace's bodies is shown, or null for a model from the device. */
  readonly body: BodyId | null;
  /** How many muscle meshes (muscle and side) the model has. */
  readonly muscleCount: number;
  readonly missing: readonly MissingMuscle[];
  /** Names of nodes that map to nothing. */
  readonly unknown: readonly string[];
  /** Problems in the mapping file (entries left out). */
  readonly mappingProblems: readonly string[];
}

export interface ModelState {
  /** The model asked for: null = MyoTrace's own. Bumped `requestId` re-asks. */
  readonly request: OwnModelFile | null;
  readonly requestId: number;
  /** 'opening' while a requested file is read; the current model stays on screen meanwhile. */
  readonly status: 'idle' | 'opening';
  /** What the shown model holds (null until a model is shown). */
  readonly info: ModelInfo | null;
  /** Why the last file could not be opened (the model shown before stays). */
  readonly failure: string | null;
  /** The graphics context is lost; the view comes back when the browser restores it. */
  readonly contextLost: boolean;
  /** How much of MyoTrace's own model file has arrived (0..1), reported by `model/fetchModel.ts`. */
  readonly download: number;
  /** The body whose file `download` follows (the one asked for last), or null before any. */
  readonly downloadOf: BodyId | null;
  /** MyoTrace's model files fetched so far by this page (URLs), for the service worker to keep. */
  readonly fetchedModels: readonly string[];
}

export interface ModelActions {
  /** Ask the 3D view to show a file from the device. */
  openFile(file: OwnModelFile): void;
  /** Ask for MyoTrace's own model again. */
  openBuiltIn(): void;
  /** The 3D view reports the model it now shows. */
  shown(info: ModelInfo): void;
  /** The 3D view reports that the requested file cannot be used. */
  failed(message: string): void;
  /** Something outside the 3D view (such as a mapping file read by the panel) could not be used. */
  setFailure(message: string | null): void;
  setContextLost(lost: boolean): void;
  /** The model download reports how much has arrived (0..1). */
  setDownload(fraction: number): void;
  /** Follow the download of this body's file from now on (progress starts again at 0). */
  followDownload(body: BodyId): void;
  /** A model file was fetched (its URL). */
  fetched(url: string): void;
}

export type ModelStore = ModelState & ModelActions;

export const INITIAL_MODEL_STATE: ModelState = {
  request: null,
  requestId: 0,
  status: 'idle',
  info: null,
  failure: null,
  contextLost: false,
  download: 0,
  downloadOf: null,
  fetchedModels: [],
};

/** Make a model store (the app uses one; tests make their own). */
export function createModelStore(initial: Partial<ModelState> = {}) {
  return create<ModelStore>()((set) => ({
    ...INITIAL_MODEL_STATE,
    ...initial,
    openFile: (file) => set((s) => ({ request: file, requestId: s.requestId + 1, status: 'opening', failure: null })),
    openBuiltIn: () => set((s) => ({ request: null, requestId: s.requestId + 1, status: 'opening', failure: null })),
    shown: (info) => set({ info, status: 'idle', failure: null }),
    failed: (message) => set({ status: 'idle', failure: message }),
    setFailure: (failure) => set({ failure }),
    setContextLost: (contextLost) => set({ contextLost }),
    setDownload: (fraction) => set({ download: Math.min(1, Math.max(0, fraction)) }),
    followDownload: (downloadOf) => set({ downloadOf, download: 0 }),
    fetched: (url) => set((s) => (s.fetchedModels.includes(url) ? {} : { fetchedModels: [...s.fetchedModels, url] })),
  }));
}

/** Whether the shown model lacks a muscle on a side (`both`: on either side). */
export function isMissingFromModel(info: ModelInfo | null, id: string, side: string): boolean {
  const m = info?.missing.find((x) => x.id === id);
  if (!m) return false;
  return side === 'both' ? m.sides.length > 0 : m.sides.includes(side as never);
}

/** The app's model store. */
export const useModel = createModelStore();
