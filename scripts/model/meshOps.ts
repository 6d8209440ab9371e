/**
 * Mesh operations for the generator: simplification (meshoptimizer), compaction, mirroring,
 * vertex pushing, and checks (closed, consistently wound).
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Vector3 } from 'three';
import type { Sdf } from './sdf';
import { type Mesh, surfaceNets } from './surfaceNets';

/** Wait for the meshoptimizer WebAssembly module. */
export async function meshoptReady(): Promise<void> {
  await MeshoptSimplifier.ready;
}

/** One vertex of one of several meshes. */
export interface MeshVertex {
  readonly mesh: number;
  readonly vertex: number;
}

/**
 * Weld several meshes by position: one id per distinct position (equal to the bit), numbered in
 * the order the positions first appear (mesh by mesh, vertex by vertex). Returns each mesh's
 * vertex → id table and, for each id, the vertices that carry it (the first one first).
 */
export function weldByPosition(meshes: readonly { readonly positions: ArrayLike<number> }[]): {
  ids: Int32Array[];
  copies: MeshVertex[][];
} {
  const byKey = new Map<string, number>();
  const copies: MeshVertex[][] = [];
  const ids = meshes.map((mesh, m) => {
    const p = mesh.positions;
    const out = new Int32Array(p.length / 3);
    for (let v = 0; v < out.length; v++) {
      const key = `${p[3 * v]},${p[3 * v + 1]},${p[3 * v + 2]}`;
      let id = byKey.get(key);
      if (id === undefined) {
        id = copies.length;
        byKey.set(key, id);
        copies.push([]);
      }
      (copies[id] as MeshVertex[]).push({ mesh: m, vertex: v });
      out[v] = id;
    }
    return out;
  });
  return { ids, copies };
}

/** Drop unreferenced vertices and renumber. */
export function compact(mesh: Mesh): Mesh {
  const map = new Int32Array(mesh.positions.length / 3).fill(-1);
  let n = 0;
  const indices = new Uint32Array(mesh.indices.length);
  for (let i = 0; i < mesh.indices.length; i++) {
    const v = mesh.indices[i] as number;
    if (map[v] === -1) map[v] = n++;
    indices[i] = map[v] as number;
  }
  const positions = new Float32Array(n * 3);
  const normals = new Float32Array(n * 3);
  for (let v = 0; v < map.length; v++) {
    const m = map[v] as number;
    if (m < 0) continue;
    for (let k = 0; k < 3; k++) {
      positions[3 * m + k] = mesh.positions[3 * v + k] as number;
      normals[3 * m + k] = mesh.normals[3 * v + k] as number;
    }
  }
  return { positions, normals, indices };
}

/**
 * Simplify to about `targetTriangles` (never more than the input), keeping the mesh closed
 * (meshoptimizer only collapses edges, which keeps a closed manifold closed).
 */
export function simplify(mesh: Mesh, targetTriangles: number, maxError = 0.02, lockBorder = false): Mesh {
  const tris = mesh.indices.length / 3;
  if (tris <= targetTriangles) return compact(mesh);
  const flags: 'LockBorder'[] = lockBorder ? ['LockBorder'] : [];
  const [indices] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, targetTriangles * 3, maxError, flags);
  return compact({ positions: mesh.positions, normals: mesh.normals, indices: new Uint32Array(indices) });
}

/** Mirror a mesh across x = 0, flipping the winding so it stays outward-facing. */
export function mirrorMesh(mesh: Mesh): Mesh {
  const positions = new Float32Array(mesh.positions);
  const normals = new Float32Array(mesh.normals);
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -(positions[i] as number);
    normals[i] = -(normals[i] as number);
  }
  const indices = new Uint32Array(mesh.indices.length);
  for (let i = 0; i < indices.length; i += 3) {
    indices[i] = mesh.indices[i] as number;
    indices[i + 1] = mesh.indices[i + 2] as number;
    indices[i + 2] = mesh.indices[i + 1] as number;
  }
  if (!mesh.fibres) return { positions, normals, indices };
  const fibres = new Float32Array(mesh.fibres);
  for (let i = 0; i < fibres.length; i += 4) fibres[i] = -(fibres[i] as number);
  return { positions, normals, indices, fibres };
}

/**
 * Edge-use statistics. `unmatched`: directed edges whose reverse is used a different number of
 * times (a hole, or triangles wound against their neighbours): 0 for a closed, consistently
 * wound mesh. `nonManifold`: edges shared by more than two triangles (a pinch where two sheets
 * touch; still closed and oriented).
 */
export function edgeCheck(indices: ArrayLike<number>): { unmatched: number; nonManifold: number; edges: number } {
  const directed = new Map<string, number>();
  for (let i = 0; i < indices.length; i += 3) {
    const t = [indices[i] as number, indices[i + 1] as number, indices[i + 2] as number];
    for (let e = 0; e < 3; e++) {
      const a = t[e] as number;
      const b = t[(e + 1) % 3] as number;
      const k = `${a},${b}`;
      directed.set(k, (directed.get(k) ?? 0) + 1);
    }
  }
  let unmatched = 0;
  let nonManifold = 0;
  for (const [k, n] of directed) {
    const [a, b] = k.split(',');
    const back = directed.get(`${b},${a}`) ?? 0;
    if (back !== n) unmatched++;
    else if (n > 1) nonManifold++;
  }
  return { unmatched, nonManifold, edges: directed.size / 2 };
}

/**
 * Mesh an SDF and simplify it, keeping the result closed: where the grid happens to pinch two
 * sheets together, simplification can open a hole, so a slightly shifted grid is tried instead.
 */
export function closedMesh(sdf: Sdf, step: number, targetTriangles: number, maxError: number): Mesh {
  let best: { mesh: Mesh; unmatched: number } | undefined;
  for (const f of [1, 1.07, 0.94, 1.13, 0.89]) {
    const mesh = simplify(surfaceNets(sdf, step * f), targetTriangles, maxError);
    const { unmatched } = edgeCheck(mesh.indices);
    if (unmatched === 0) return mesh;
    if (!best || unmatched < best.unmatched) best = { mesh, unmatched };
  }
  return (best as { mesh: Mesh }).mesh;
}

/** The cross product of a triangle's edges (its normal times twice its area); vertex offsets a, b, c
 * into `p` (x, y, z a vertex). */
export function faceCross(p: ArrayLike<number>, a: number, b: number, c: number, out: Vector3): Vector3 {
  const ux = (p[b] as number) - (p[a] as number);
  const uy = (p[b + 1] as number) - (p[a + 1] as number);
  const uz = (p[b + 2] as number) - (p[a + 2] as number);
  const vx = (p[c] as number) - (p[a] as number);
  const vy = (p[c + 1] as number) - (p[a + 1] as number);
  const vz = (p[c + 2] as number) - (p[a + 2] as number);
  return out.set(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx);
}
