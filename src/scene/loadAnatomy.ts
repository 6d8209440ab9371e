/**
 * Loads `models/anatomy.glb` (meshopt-compressed, quantised) with the decoder bundled into the
 * app: nothing is fetched from another origin.
 */
import type { Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import modelUrl from '../../models/anatomy.glb?url';

/** Load the model; `onProgress` receives 0..1 as the file arrives (when its size is known). */
export async function loadAnatomy(onProgress: (fraction: number) => void): Promise<Object3D> {
  await MeshoptDecoder.ready;
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(modelUrl, (e: ProgressEvent) => {
    if (e.lengthComputable && e.total > 0) onProgress(Math.min(1, e.loaded / e.total));
  });
  onProgress(1);
  return gltf.scene;
}
