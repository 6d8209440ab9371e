/**
 * Parses `models/anatomy.glb` (meshopt-compressed, quantised) with the decoder bundled into the
 * app: nothing is fetched from another origin. The file itself is fetched early by the entry.
 */
import type { Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { fetchModel, onModelProgress } from '../model/fetchModel';

/** Load the model; `onProgress` receives 0..1 as the file arrives. */
export async function loadAnatomy(onProgress: (fraction: number) => void): Promise<Object3D> {
  const stop = onModelProgress(onProgress);
  try {
    const [buffer] = await Promise.all([fetchModel(), MeshoptDecoder.ready]);
    performance.mark('myotrace:model-fetched');
    const loader = new GLTFLoader();
    loader.setMeshoptDecoder(MeshoptDecoder);
    const gltf = await loader.parseAsync(buffer, '');
    return gltf.scene;
  } finally {
    stop();
  }
}
