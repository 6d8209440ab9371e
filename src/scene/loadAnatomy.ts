/**
 * Parses a body's model file (`models/anatomy.glb` or `models/anatomy-female.glb`, meshopt-compressed,
 * quantised) with the decoder bundled into the app: nothing is fetched from another origin. The
 * chosen body's file is fetched early by the entry; the other one when the person switches.
 */
import type { Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { BodyId } from '../domain/body/bodyId';
import { fetchModel, onModelProgress } from '../model/fetchModel';

/** Load a body's model; `onProgress` receives 0..1 as the file arrives. */
export async function loadAnatomy(body: BodyId, onProgress: (fraction: number) => void): Promise<Object3D> {
  const bytes = fetchModel(body);
  const stop = onModelProgress(onProgress);
  try {
    const [buffer] = await Promise.all([bytes, MeshoptDecoder.ready]);
    performance.mark('myotrace:model-fetched');
    const loader = new GLTFLoader();
    loader.setMeshoptDecoder(MeshoptDecoder);
    const gltf = await loader.parseAsync(buffer, '');
    return gltf.scene;
  } finally {
    stop();
  }
}
