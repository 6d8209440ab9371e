/**
 * Swapping the body: when the person opens a model from their device (or goes back to MyoTrace's
 * own), load it and hand it to the scene. The model on screen stays until the new one is ready;
 * a file that cannot be used is reported to the model store with a plain message and changes
 * nothing. The model taken off screen is disposed.
 */
import { useEffect } from 'react';
import type { Object3D } from 'three';
import { useExplorer } from '../store/explorerStore';
import { type ModelInfo, useModel } from '../store/modelStore';
import type { AnatomyModel } from './anatomyModel';
import { loadAnatomy } from './loadAnatomy';
import { loadOwnModel } from './loadOwnModel';

/** What MyoTrace's own model holds: every muscle (the integrity tests check that). */
export function builtInInfo(model: AnatomyModel): ModelInfo {
  return {
    fileName: null,
    muscleCount: model.partCounts.muscle ?? 0,
    missing: [],
    unknown: [],
    mappingProblems: [],
  };
}

/** Free the GPU and memory a model off screen holds. */
export function disposeModel(model: AnatomyModel): void {
  // (A kind never merged has nothing to free: reading it would merge it.)
  const merged = (['region', 'muscle', 'bone'] as const).filter((k) => !model.deferred.has(k));
  for (const k of merged) {
    const kind = model.kinds[k];
    if (!kind) continue;
    kind.geometry.dispose();
    kind.pickGeometry.dispose();
  }
  for (const material of Object.values(model.materials)) material.dispose();
}

/**
 * Follow the model store's requests. `replace` builds and shows a model from a loaded scene (it
 * must be stable); when it throws, the request fails and the shown model stays.
 */
export function useModelRequests(replace: (root: Object3D) => AnatomyModel): void {
  useEffect(() => {
    let alive = true;
    let ticket = 0;
    const stop = useModel.subscribe((s, prev) => {
      if (s.requestId === prev.requestId) return;
      const mine = ++ticket;
      const job = s.request
        ? loadOwnModel(s.request)
        : loadAnatomy(() => undefined).then((root) => ({ root, info: null as ModelInfo | null }));
      job
        .then(({ root, info }) => {
          if (!alive || mine !== ticket) return;
          const model = replace(root);
          useModel.getState().shown(info ?? builtInInfo(model));
          // Frame the new body from the front.
          useExplorer.getState().setView('front');
        })
        .catch((e: unknown) => {
          if (!alive || mine !== ticket) return;
          useModel.getState().failed(e instanceof Error ? e.message : String(e));
        });
    });
    return () => {
      alive = false;
      stop();
    };
  }, [replace]);
}
