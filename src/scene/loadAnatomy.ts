/**
 * Parses a body's model file (`models/anatomy.glb` or `models/anatomy-female.glb`, meshopt-compressed,
 * quantised) with the app's own reader (gltfObjects.ts) and the meshopt decoder bundled into the app:
 * nothing is fetched from another origin. The chosen body's file is fetched early by the entry; the
 * other one when the person switches.
 */
import type { Object3D } from 'three';
import type { BodyId } from '../domain/body/bodyId';
import { fetchModel, onModelProgress } from '../model/fetchModel';
import { readGltf } from '../model/gltfJson';
import { useExplorer } from '../store/explorerStore';
import { type AnatomyModel, buildAnatomyModel } from './anatomyModel';
import { gltfReaderReady, readGltfObjects } from './gltfObjects';

/** Load a body's model; `onProgress` receives 0..1 as the file arrives. */
export async function loadAnatomy(body: BodyId, onProgress: (fraction: number) => void): Promise<Object3D> {
  const bytes = fetchModel(body);
  const stop = onModelProgress(onProgress);
  try {
    const [buffer] = await Promise.all([bytes, gltfReaderReady]);
    performance.mark('myotrace:model-fetched');
    const file = readGltf(new Uint8Array(buffer));
    if (!file.ok) throw new Error(file.error);
    return (await readGltfObjects(file)).root;
  } finally {
    stop();
  }
}

/**
 * Load a body's model and build it for its first frame: the skin merged, the muscles and bones
 * merged later (`finishMerging`). Puts the load's phase in the store and marks its steps.
 */
export async function loadAnatomyModel(body: BodyId, onProgress: (fraction: number) => void): Promise<AnatomyModel> {
  performance.mark('myotrace:load-start');
  useExplorer.getState().setLoad({ phase: 'model', progress: 0 });
  const root = await loadAnatomy(body, onProgress);
  performance.mark('myotrace:model-parsed');
  const model = buildAnatomyModel(root, { deferUnderSkin: true });
  performance.mark('myotrace:model-built');
  return model;
}
