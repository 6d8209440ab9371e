/**
 * Swapping the body: when the person opens a model from their device (or goes back to MyoTrace's
 * own), or picks the other of MyoTrace's bodies, load it and hand it to the scene. The model on
 * screen stays until the new one is ready; a file that cannot be used is reported to the model
 * store with a plain message and changes nothing. The model taken off screen is disposed. A body
 * switch keeps the camera's view preset; the paint (sites, findings, marks, focus) comes from the
 * store, so it is the same on the new body.
 */
import { useEffect } from 'react';
import type { Object3D } from 'three';
import type { BodyId } from '../domain/body/bodyId';
import { useExplorer } from '../store/explorerStore';
import { type ModelInfo, useModel } from '../store/modelStore';
import type { AnatomyModel } from './anatomyModel';
import { loadAnatomy } from './loadAnatomy';
import { loadOwnModel } from './loadOwnModel';

/** What MyoTrace's own model holds: every muscle (the integrity tests check that). */
export function builtInInfo(model: AnatomyModel, body: BodyId): ModelInfo {
  return {
    fileName: null,
    body,
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
    /** Whether the pending request is a switch between MyoTrace's bodies (the view is kept). */
    let bodySwitch = false;
    const stop = useModel.subscribe((s, prev) => {
      if (s.requestId === prev.requestId) return;
      const mine = ++ticket;
      const keepView = bodySwitch;
      bodySwitch = false;
      const body = useExplorer.getState().body;
      const job = s.request
        ? loadOwnModel(s.request)
        : loadAnatomy(body, () => undefined).then((root) => ({ root, info: null as ModelInfo | null }));
      job
        .then(({ root, info }) => {
          if (!alive || mine !== ticket) return;
          const model = replace(root);
          useModel.getState().shown(info ?? builtInInfo(model, body));
          // Another of MyoTrace's bodies: the same view of it; another model: framed from the front.
          const explorer = useExplorer.getState();
          explorer.setView(keepView ? explorer.view : 'front');
        })
        .catch((e: unknown) => {
          if (!alive || mine !== ticket) return;
          useModel.getState().failed(e instanceof Error ? e.message : String(e));
        });
    });
    // Picking the other body shows MyoTrace's model of it (in place of a model from the device too).
    const stopBody = useExplorer.subscribe((s, prev) => {
      if (s.body === prev.body) return;
      const shown = useModel.getState().info;
      // The first model is still loading: it is swapped once it is shown (see BodyScene).
      if (!shown) return;
      bodySwitch = shown.body !== null;
      useModel.getState().openBuiltIn();
    });
    return () => {
      alive = false;
      stop();
      stopBody();
    };
  }, [replace]);
}
