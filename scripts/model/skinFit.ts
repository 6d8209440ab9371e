/**
 * Keeps generated meshes under the skin: any vertex closer to the skin than a margin is moved
 * inward along the body's distance gradient.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { bodyDistance } from '../../src/domain/body/envelope';
import { gradient } from './sdf';
import type { Mesh } from './surfaceNets';
import type { Vec3 } from './vec';

const bodyF = (x: number, y: number, z: number) => bodyDistance([x, y, z]);

/** Keep every vertex at least `margin` under the skin. */
export function insideSkin(mesh: Mesh, margin: number): void {
  const p = mesh.positions;
  for (let v = 0; v < p.length; v += 3) {
    let q: Vec3 = [p[v] as number, p[v + 1] as number, p[v + 2] as number];
    for (let it = 0; it < 4; it++) {
      const d = bodyF(q[0], q[1], q[2]) + margin;
      if (d <= 0) break;
      const g = gradient(bodyF, q[0], q[1], q[2], 5e-4);
      const l = Math.hypot(g[0], g[1], g[2]) || 1;
      q = [q[0] - (g[0] / l) * (d + 2e-4), q[1] - (g[1] / l) * (d + 2e-4), q[2] - (g[2] / l) * (d + 2e-4)];
    }
    p[v] = q[0];
    p[v + 1] = q[1];
    p[v + 2] = q[2];
  }
}

/**
 * Keep the middle of every triangle edge at least `margin` under the skin too: where a long edge
 * spans a fold of the skin (the armpit, the groin), its vertices can lie under the skin while the
 * edge itself crosses it, and the muscle shows through. Such an edge's two vertices are moved
 * inward along the body's distance gradient at its middle; a few rounds settle it.
 */
export function edgesInsideSkin(mesh: Mesh, margin: number, rounds = 4): void {
  const p = mesh.positions;
  const idx = mesh.indices;
  for (let round = 0; round < rounds; round++) {
    let moved = 0;
    for (let t = 0; t < idx.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = 3 * (idx[t + e] as number);
        const b = 3 * (idx[t + ((e + 1) % 3)] as number);
        const mx = ((p[a] as number) + (p[b] as number)) / 2;
        const my = ((p[a + 1] as number) + (p[b + 1] as number)) / 2;
        const mz = ((p[a + 2] as number) + (p[b + 2] as number)) / 2;
        const d = bodyF(mx, my, mz) + margin;
        if (d <= 0) continue;
        const g = gradient(bodyF, mx, my, mz, 5e-4);
        const l = Math.hypot(g[0], g[1], g[2]) || 1;
        const s = (d + 2e-4) / l;
        for (const v of [a, b]) {
          p[v] = (p[v] as number) - g[0] * s;
          p[v + 1] = (p[v + 1] as number) - g[1] * s;
          p[v + 2] = (p[v + 2] as number) - g[2] * s;
        }
        moved++;
      }
    }
    if (moved === 0) break;
  }
}

const RAYS = [
  new Vector3(0.31, 0.87, 0.38).normalize(),
  new Vector3(-0.6, -0.2, 0.77).normalize(),
  new Vector3(0.1, -0.5, -0.86).normalize(),
];

/**
 * Keep every vertex at least `margin` under the skin *mesh*, the simplified triangles the app
 * draws, which can cut a little inside the smooth body in a fold (the armpit): a vertex outside
 * it, or inside but nearer than `margin`, is moved to `margin` under the nearest point of the
 * skin. Meshes whose right side is drawn as a mirror of the left (`mirrored`) are checked on both
 * sides, as the skin's simplification need not be exactly symmetric. With `edges`, the middle of
 * each edge is checked after the vertices, and an edge whose middle is still outside or too near
 * (a long edge across a hollow of the skin) is moved inward whole, both its ends by the move its
 * middle needs. Returns how many vertices (and edges) moved.
 */
export function underSkinMesh(
  meshes: readonly { mesh: Mesh; mirrored: boolean }[],
  skin: Mesh,
  margin: number,
  edges = false,
): number {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(skin.positions, 3));
  geometry.setIndex(new BufferAttribute(new Uint32Array(skin.indices), 1));
  const bvh = new MeshBVH(geometry);
  const index = geometry.getIndex()?.array as Uint32Array;
  const sp = skin.positions;
  const n = new Vector3();
  const e1 = new Vector3();
  const e2 = new Vector3();
  const ray = new Ray();
  const inside = (q: Vector3): boolean => {
    let votes = 0;
    for (const d of RAYS) {
      ray.set(q, d);
      if (bvh.raycast(ray, DoubleSide).length % 2 === 1) votes++;
    }
    return votes >= 2;
  };
  /** Where a point outside the skin, or nearer it than the margin, goes; undefined if it stays. */
  const under = (p: Vector3): Vector3 | undefined => {
    const hit = bvh.closestPointToPoint(p, undefined, 0, 0.01);
    if (!hit || hit.distance > 0.01) return undefined;
    if (hit.distance >= margin && inside(p)) return undefined;
    const f = 3 * hit.faceIndex;
    const a = 3 * (index[f] as number);
    const b = 3 * (index[f + 1] as number);
    const c = 3 * (index[f + 2] as number);
    e1.set(
      (sp[b] as number) - (sp[a] as number),
      (sp[b + 1] as number) - (sp[a + 1] as number),
      (sp[b + 2] as number) - (sp[a + 2] as number),
    );
    e2.set(
      (sp[c] as number) - (sp[a] as number),
      (sp[c + 1] as number) - (sp[a + 1] as number),
      (sp[c + 2] as number) - (sp[a + 2] as number),
    );
    n.crossVectors(e1, e2).normalize();
    return hit.point.addScaledVector(n, -margin);
  };
  const p = new Vector3();
  let moved = 0;
  for (const { mesh, mirrored } of meshes) {
    const pos = mesh.positions;
    for (let v = 0; v < pos.length; v += 3) {
      for (const sx of mirrored ? [1, -1] : [1]) {
        p.set(sx * (pos[v] as number), pos[v + 1] as number, pos[v + 2] as number);
        const q = under(p);
        if (!q) continue;
        pos[v] = sx * q.x;
        pos[v + 1] = q.y;
        pos[v + 2] = q.z;
        moved++;
      }
    }
    if (!edges) continue;
    const idx = mesh.indices;
    for (let t = 0; t < idx.length; t += 3) {
      for (let e = 0; e < 3; e++) {
        const a = 3 * (idx[t + e] as number);
        const b = 3 * (idx[t + ((e + 1) % 3)] as number);
        for (const sx of mirrored ? [1, -1] : [1]) {
          p.set(
            (sx * ((pos[a] as number) + (pos[b] as number))) / 2,
            ((pos[a + 1] as number) + (pos[b + 1] as number)) / 2,
            ((pos[a + 2] as number) + (pos[b + 2] as number)) / 2,
          );
          const q = under(p);
          if (!q) continue;
          const d = [sx * (q.x - p.x), q.y - p.y, q.z - p.z];
          for (const v of [a, b]) for (let k = 0; k < 3; k++) pos[v + k] = (pos[v + k] as number) + (d[k] as number);
          moved++;
        }
      }
    }
  }
  return moved;
}

/**
 * How far the bones are kept under the skin as drawn (metres): the skin over the cheekbone, the
 * shin and the kneecap is a few millimetres thick, never nothing.
 */
const BONE_UNDER_SKIN = 0.0015;

/** How many rings of neighbours round a bone vertex moved under the skin share its move. */
const BONE_EASE_RINGS = 2;

/**
 * Keep the bones under the skin as drawn (`underSkinMesh`, 1.5 mm under it, the middles of their
 * edges too), easing each move into the bone round it: a vertex moved by a few millimetres alone
 * would leave a flat facet framed by a crease, so its neighbours share the move, less at each
 * ring. The drawn face is carved deeper round the eyes than the smooth body the bones are first
 * fitted to, and the cheekbone and the orbit's lateral rim stood up to 6 mm out of it. Returns how
 * many vertices and edges the skin moved (before easing).
 */
export function bonesUnderSkin(meshes: readonly { mesh: Mesh; mirrored: boolean }[], skin: Mesh): number {
  const before = meshes.map(({ mesh }) => new Float32Array(mesh.positions));
  const moved = underSkinMesh(meshes, skin, BONE_UNDER_SKIN, true);
  meshes.forEach(({ mesh }, i) => {
    easeMoves(mesh, before[i] as Float32Array, BONE_EASE_RINGS);
  });
  return moved;
}

/**
 * Spread the moves a mesh's vertices made (from `before` to their positions now) over `rings`
 * rings of their neighbours: each vertex of a ring takes the mean move of its neighbours already
 * moved, scaled so the moves fall linearly to nothing past the last ring.
 */
export function easeMoves(mesh: Mesh, before: Float32Array, rings: number): void {
  const pos = mesh.positions;
  const n = pos.length / 3;
  const move = new Float64Array(n * 3);
  const done = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    for (let k = 0; k < 3; k++) move[3 * v + k] = (pos[3 * v + k] as number) - (before[3 * v + k] as number);
    if (move[3 * v] !== 0 || move[3 * v + 1] !== 0 || move[3 * v + 2] !== 0) done[v] = 1;
  }
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const idx = mesh.indices;
  for (let t = 0; t < idx.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = idx[t + e] as number;
      const b = idx[t + ((e + 1) % 3)] as number;
      (neighbours[a] as number[]).push(b);
      (neighbours[b] as number[]).push(a);
    }
  }
  for (let ring = 1; ring <= rings; ring++) {
    // Rings at 2/3 and 1/3 of the move for two rings: each takes this share of the ring before.
    const share = (rings + 1 - ring) / (rings + 2 - ring);
    const next: [number, number, number, number][] = [];
    for (let v = 0; v < n; v++) {
      if (done[v]) continue;
      let count = 0;
      let x = 0;
      let y = 0;
      let z = 0;
      for (const w of neighbours[v] as number[]) {
        if (done[w] !== 1) continue;
        count++;
        x += move[3 * w] as number;
        y += move[3 * w + 1] as number;
        z += move[3 * w + 2] as number;
      }
      if (count > 0) next.push([v, (x / count) * share, (y / count) * share, (z / count) * share]);
    }
    for (const [v, x, y, z] of next) {
      move[3 * v] = x;
      move[3 * v + 1] = y;
      move[3 * v + 2] = z;
      pos[3 * v] = (pos[3 * v] as number) + x;
      pos[3 * v + 1] = (pos[3 * v + 1] as number) + y;
      pos[3 * v + 2] = (pos[3 * v + 2] as number) + z;
      done[v] = 1;
    }
  }
}
