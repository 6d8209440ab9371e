/**
 * The benchmark's baseline: a bare three.js page that loads the same model file the usual way
 * (three's GLTFLoader, the same meshopt decoder) and draws one frame. The app's first model frame is compared with this.
 * With `?orbit=N` it then turns the camera about the body for N frames, drawing each, and keeps
 * the time between frames in `window.__orbitFrames` (the app's orbit is compared with this).
 */
import { DirectionalLight, HemisphereLight, PerspectiveCamera, Scene, Vector3, WebGLRenderer } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import modelUrl from '../../../models/anatomy.glb?url';

const canvas = document.getElementById('c') as HTMLCanvasElement;
const renderer = new WebGLRenderer({ canvas, antialias: true, alpha: true });
renderer.setPixelRatio(Math.min(2, window.devicePixelRatio));
renderer.setSize(window.innerWidth, window.innerHeight, false);
const scene = new Scene();
scene.add(new HemisphereLight('#f4f1ec', '#8a7f76', 1.6));
const key = new DirectionalLight('#ffffff', 1.7);
key.position.set(0, 2.2, 5);
scene.add(key);
const camera = new PerspectiveCamera(32, window.innerWidth / window.innerHeight, 0.05, 30);
camera.position.set(0, 0.98, 3.4);
camera.lookAt(0, 0.9, 0);

await MeshoptDecoder.ready;
const loader = new GLTFLoader();
loader.setMeshoptDecoder(MeshoptDecoder);
const file = await (await fetch(modelUrl)).arrayBuffer();
// Marked as the app marks its own reading of the file, so the two can be compared.
performance.mark('myotrace:model-fetched');
const gltf = await loader.parseAsync(file, '');
performance.mark('myotrace:model-parsed');
scene.add(gltf.scene);
requestAnimationFrame(() => {
  renderer.render(scene, camera);
  renderer.getContext().finish();
  performance.mark('myotrace:first-model-frame');
  const orbit = Number(new URLSearchParams(location.search).get('orbit') ?? 0);
  if (orbit > 0) orbitFor(orbit);
});

/** Turn the camera 2° per frame about the body, drawing each frame; record the frame times. */
function orbitFor(frames: number): void {
  const target = new Vector3(0, 0.9, 0);
  const axis = new Vector3(0, 1, 0);
  const times: number[] = [];
  let last = -1;
  let left = frames + 1;
  const tick = (now: number) => {
    if (last >= 0) times.push(now - last);
    last = now;
    if (left-- <= 0) {
      (window as unknown as { __orbitFrames: number[] }).__orbitFrames = times;
      return;
    }
    camera.position
      .sub(target)
      .applyAxisAngle(axis, Math.PI / 90)
      .add(target);
    camera.lookAt(target);
    renderer.render(scene, camera);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
