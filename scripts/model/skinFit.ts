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
 * sides, as the skin's simplification need not be exactly symmetric. Returns how many moved.
 */
export function underSkinMesh(
  meshes: readonly { mesh: Mesh; mirrored: boolean }[],
  skin: Mesh,
  margin: number,
): number {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(skin.positions, 3));
  geometry.setIndex(new BufferAttribute(new Uint32Array(skin.indices), 1));
  const bvh = new MeshBVH(geometry);
  const index = geometry.getIndex()?.array as Uint32Array;
  const sp = skin.positions;
  const p = new Vector3();
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
  let moved = 0;
  for (const { mesh, mirrored } of meshes) {
    const pos = mesh.positions;
    for (let v = 0; v < pos.length; v += 3) {
      for (const sx of mirrored ? [1, -1] : [1]) {
        p.set(sx * (pos[v] as number), pos[v + 1] as number, pos[v + 2] as number);
        const hit = bvh.closestPointToPoint(p, undefined, 0, 0.01);
        if (!hit || hit.distance > 0.01) continue;
        if (hit.distance >= margin && inside(p)) continue;
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
        const q = hit.point.addScaledVector(n, -margin);
        pos[v] = sx * q.x;
        pos[v + 1] = q.y;
        pos[v + 2] = q.z;
        moved++;
      }
    }
  }
  return moved;
}
