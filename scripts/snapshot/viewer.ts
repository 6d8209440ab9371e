/**
 * The snapshot page (`npm run snapshots`): renders a body's model file in the app's own materials
 * (src/scene/materials.ts: the muscles' striations and pale tendons, the skin and bone colours), so
 * a snapshot shows the model as the app draws it. Built by Vite when the script starts.
 *
 * Query: view=front|back|left|right|front-left|above-front|below-front, show=all|muscles|skeleton,
 * target=x,y,z, dist=metres, skin=xray, highlight=id,id (those muscles in bright colours, the
 * others faded), bodies=male,female (side by side, left to right on the screen, `gap` metres
 * apart). Sets `window.__ready` when the frame is drawn, or `window.__error`.
 */
import * as THREE from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { type GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { FIBRE_ATTRIBUTE } from '../../src/scene/fibres';
import { createMaterials } from '../../src/scene/materials';
import { BODY_COLOURS } from '../../src/theme/palette';

declare global {
  interface Window {
    __ready?: boolean;
    __error?: string;
  }
}

const q = new URLSearchParams(location.search);
const view = q.get('view') ?? 'front';
const show = q.get('show') ?? 'all';
// highlight=id,id: those muscles in bright colours, the others pale.
const highlight = q.get('highlight')?.split(',') ?? null;
const target = (q.get('target') ?? '0,0.9,0').split(',').map(Number) as [number, number, number];
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
const DIRECTIONS: Record<string, [number, number, number]> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
  'front-left': [0.64, 0, 0.77],
  'above-front': [0, 0.6, 0.8],
  'below-front': [0, -0.85, 0.53],
};
const dir = DIRECTIONS[view] ?? [0, 0, 1];
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
const url = (body: string) => (body === 'male' ? '/models/anatomy.glb' : `/models/anatomy-${body}.glb`);

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
const xray = q.get('skin') === 'xray';
const covered = show === 'all' && !xray;
const materials = createMaterials();
const BRIGHT = ['#ffb000', '#2a9df4', '#20c05c', '#e8368f', '#8a4dff', '#00c2c7'];

/** Colour every vertex of a mesh (the app's materials take their colour from the vertices). */
function colourMesh(mesh: THREE.Mesh, hex: string, alpha: number): void {
  const c = new THREE.Color(hex);
  const n = mesh.geometry.getAttribute('position').count;
  const colours = new Float32Array(n * 4);
  for (let i = 0; i < n; i++) colours.set([c.r, c.g, c.b, alpha], i * 4);
  mesh.geometry.setAttribute('color', new THREE.BufferAttribute(colours, 4));
}

function paint(gltf: GLTF): void {
  gltf.scene.traverse((o) => {
    if (!(o instanceof THREE.Mesh)) return;
    const g = o.geometry as THREE.BufferGeometry;
    if (!g.getAttribute('normal')) g.computeVertexNormals();
    const fibres = g.getAttribute('_fibre');
    if (fibres) g.setAttribute(FIBRE_ATTRIBUTE, fibres);
    const kind = o.userData.kind;
    if (kind === 'region') {
      o.visible = show === 'all';
      o.material = xray ? materials.skinTranslucent : materials.skinOpaque;
      colourMesh(o, BODY_COLOURS.skin, xray ? 0.35 : 1);
    } else if (kind === 'muscle') {
      o.visible = show !== 'skeleton' && !covered;
      const k = highlight ? highlight.indexOf(o.userData.muscleId) : -1;
      if (!highlight) {
        o.material = materials.muscleSolid;
        colourMesh(o, BODY_COLOURS.muscle, 1);
      } else if (k >= 0) {
        o.material = materials.muscleLit;
        colourMesh(o, BRIGHT[k % BRIGHT.length]!, 1);
      } else {
        o.material = materials.muscleFaded;
        colourMesh(o, BODY_COLOURS.faded, 0.3);
      }
    } else if (kind === 'bone') {
      o.visible = !covered;
      o.material = materials.bone;
      colourMesh(o, BODY_COLOURS.bone, 1);
    }
  });
  scene.add(gltf.scene);
}
