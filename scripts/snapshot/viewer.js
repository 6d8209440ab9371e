// Renders models/anatomy.glb for the snapshot script: ?view=front|back|left|right|front-left|above-front|below-front&show=all|muscles|skeleton
// &target=x,y,z&dist=metres. Sets window.__ready when the frame is drawn.
// bodies=male,female: those bodies' files side by side (left to right on the screen, `gap` metres apart).
import * as THREE from 'three';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';

const q = new URLSearchParams(location.search);
const view = q.get('view') ?? 'front';
const show = q.get('show') ?? 'all';
// highlight=id,id: those muscles in bright colours, the others pale.
const highlight = q.get('highlight')?.split(',') ?? null;
const target = (q.get('target') ?? '0,0.9,0').split(',').map(Number);
const distance = Number(q.get('dist') ?? '2.6');
const W = innerWidth;
const H = innerHeight;

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(W, H);
renderer.setPixelRatio(1);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0xf4f2ee);
const camera = new THREE.PerspectiveCamera(30, W / H, 0.01, 20);
const dir = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
  'front-left': [0.64, 0, 0.77],
  'above-front': [0, 0.6, 0.8],
  'below-front': [0, -0.85, 0.53],
}[view] ?? [0, 0, 1];
camera.position.set(target[0] + dir[0] * distance, target[1] + dir[1] * distance + 0.05, target[2] + dir[2] * distance);
camera.lookAt(target[0], target[1], target[2]);
scene.add(new THREE.HemisphereLight(0xffffff, 0x8a7a70, 1.6));
const key = new THREE.DirectionalLight(0xffffff, 1.8);
key.position.set(dir[0] * 2 + 1, 3, dir[2] * 2 + 1);
scene.add(key);

const bodies = (q.get('bodies') ?? 'male').split(',');
const gap = Number(q.get('gap') ?? '0.7');
// The screen's right on the floor: the view direction turned a quarter round the vertical.
const right = new THREE.Vector3(-dir[0], 0, -dir[2]).cross(new THREE.Vector3(0, 1, 0)).normalize();
const url = (body) => (body === 'male' ? '/models/anatomy.glb' : `/models/anatomy-${body}.glb`);

const loader = new GLTFLoader();
loader.setMeshoptDecoder(MeshoptDecoder);
Promise.all(bodies.map((b) => loader.loadAsync(url(b)))).then(
  (loaded) => {
    loaded.forEach((gltf, n) => {
      gltf.scene.position.addScaledVector(right, (n - (loaded.length - 1) / 2) * gap);
      paint(gltf);
    });
    renderer.render(scene, camera);
    window.__ready = true;
  },
  (e) => {
    window.__error = String(e);
  },
);

// Under the opaque skin nothing else can be seen, so (as in the app) nothing else is drawn: drawn,
// SwiftShader's antialiasing lets specks of the muscles through the skin.
const covered = show === 'all' && q.get('skin') !== 'xray';

function paint(gltf) {
  const palette = [0xb23a2e, 0xc2503a, 0x9e2f2a, 0xcf6a4f, 0xa8412f, 0xba5a44];
  let i = 0;
  gltf.scene.traverse((o) => {
    if (!o.isMesh) return;
    if (!o.geometry.attributes.normal) o.geometry.computeVertexNormals();
    const kind = o.userData.kind;
    if (kind === 'region') {
      o.visible = show === 'all';
      o.material = new THREE.MeshStandardMaterial({
        color: 0xe8c4a8,
        roughness: 0.75,
        transparent: q.get('skin') === 'xray',
        opacity: 0.35,
      });
    } else if (kind === 'muscle') {
      o.visible = show !== 'skeleton' && !covered;
      if (highlight) {
        const k = highlight.indexOf(o.userData.muscleId);
        const bright = [0xffb000, 0x2a9df4, 0x20c05c, 0xe8368f, 0x8a4dff, 0x00c2c7];
        o.material =
          k >= 0
            ? new THREE.MeshStandardMaterial({ color: bright[k % bright.length], roughness: 0.5 })
            : new THREE.MeshStandardMaterial({
                color: 0xc9a49a,
                roughness: 0.7,
                transparent: true,
                opacity: 0.3,
                depthWrite: false,
              });
      } else {
        o.material = new THREE.MeshStandardMaterial({ color: palette[i++ % palette.length], roughness: 0.55 });
      }
    } else if (kind === 'bone') {
      o.visible = !covered;
      o.material = new THREE.MeshStandardMaterial({ color: 0xeae3d2, roughness: 0.8 });
    }
  });
  scene.add(gltf.scene);
}
