/**
 * The skin: the zero level set of the body envelope, meshed, simplified, and cut into one mesh
 * per pain region and side using `regionAt` itself, so the model and the engine always agree.
 */

import { MeshoptSimplifier, type SimplifierFlags } from 'meshoptimizer';
import { Vector3 } from 'three';
import { earDistance } from '../../src/domain/body/ear';
import { skinDistance } from '../../src/domain/body/envelope';
import { BODY_PROFILES, REFERENCE_BODY } from '../../src/domain/body/profiles';
import { REGION_IDS } from '../../src/domain/ids';
import { regionAt } from '../../src/domain/regionAt';
import type { Side } from '../../src/domain/types';
import { compact, faceCross } from './meshOps';
import { gradient } from './sdf';
import { type Mesh, surfaceNets } from './surfaceNets';
import { cross, dist, dot, lerp3, normalize, sub, type Vec3 } from './vec';
import type { Part } from './writeGlb';

/**
 * Grid spacing of the skin, metres: fine enough to part the fingers and toes and to carry the
 * face. Only the grid nodes near the surface are evaluated (see `surfaceNets`' band).
 */
export const SKIN_STEP = 0.0025;

/** A skin zone: where its triangles are (by their centres) and how many it keeps. */
export interface SkinZone {
  readonly name: string;
  readonly test: (x: number, y: number, z: number) => boolean;
  readonly triangles: number;
  /**
   * How much the simplifier weighs a change of the skin's normal (its distance's gradient) against
   * a change of its shape; normals are not weighed if not given. Weighed, a crease only a few grid
   * cells wide (the line between the lips, the fold under the brow) keeps its vertices, where a
   * collapse by shape alone bridged it with triangles whose corners' normals came from both walls
   * (light flecks along it on the face, until its budget neared the fine grid's whole count).
   */
  readonly normalWeight?: number;
}

/** How far from the outer ear's own surface (metres) the skin still belongs to the ear's zone: its blend into the head. */
const EAR_ZONE_REACH = 0.004;

/**
 * Where the skin's triangles go: the fine mesh is cut into zones, each simplified to its own
 * budget with its border locked, so the zones still share every seam vertex (no crack) while the
 * face, hands and feet keep the detail that shows and the trunk and limbs take few triangles.
 * A triangle belongs to the first zone that holds its centre; each hand and foot is a zone.
 * The face (brow, eyes, nose, lips and chin, ahead of the ears) has a zone of its own, denser than
 * the rest of the head and simplified with its normals weighed: its features are a few
 * millimetres across, and the head's budget left them in broad flat facets. Each outer ear
 * (`ear.ts`: a rolled helix, antihelix, concha, tragus and lobule, each a few millimetres across
 * on a plate 6 mm thick) is a zone of its own for the same reason, weighed the same way. So are
 * the feet: unweighed, the simplifier (and the fold repair after it) could close a 4–5 mm cleft
 * between two toes over their end phalanges, which a change elsewhere on the foot moved.
 */
export const SKIN_ZONES: readonly SkinZone[] = [
  {
    name: 'ear.left',
    test: (x, y, z) => x > 0 && earDistance(x, y, z) < EAR_ZONE_REACH,
    triangles: 750,
    normalWeight: 1,
  },
  {
    name: 'ear.right',
    test: (x, y, z) => x < 0 && earDistance(-x, y, z) < EAR_ZONE_REACH,
    triangles: 750,
    normalWeight: 1,
  },
  { name: 'face', test: (_x, y, z) => y > 1.505 && y < 1.69 && z > 0.03, triangles: 10000, normalWeight: 1 },
  { name: 'head', test: (_x, y) => y > 1.47, triangles: 5600 },
  { name: 'neck and collarbones', test: (x, y) => y > 1.38 && Math.abs(x) < 0.2, triangles: 3900 },
  { name: 'hand.left', test: (x, y) => y < 0.88 && x > 0.19, triangles: 2800 },
  { name: 'hand.right', test: (x, y) => y < 0.88 && x < -0.19, triangles: 2800 },
  { name: 'foot.left', test: (x, y) => y < 0.1 && x > 0, triangles: 1800, normalWeight: 1 },
  { name: 'foot.right', test: (x, y) => y < 0.1 && x <= 0, triangles: 1800, normalWeight: 1 },
  { name: 'body', test: () => true, triangles: 8300 },
];

/**
 * How many rings of triangles either side of a zone seam the seam pass may change (see
 * `SEAM_REACH`). Every vertex farther from a seam is locked, so a change to one zone changes no
 * other zone beyond its seams with that zone.
 */
const SEAM_RINGS = 2;
/** How far from a seam (metres, four cells of the fine grid) a vertex may be and still be freed. */
const SEAM_REACH = 4 * SKIN_STEP;

/** Half-width of the skin grid: a whole number of cells, so the grid is symmetric about x = 0. */
const HALF_WIDTH = Math.ceil(0.32 / SKIN_STEP) * SKIN_STEP;

/** The reference body's drawn skin: the lofted body with its muscle relief. */
const RELIEF = BODY_PROFILES[REFERENCE_BODY].relief;
const skinF = (x: number, y: number, z: number) => skinDistance([x, y, z], RELIEF);

/**
 * Mesh the whole skin and simplify it, zone by zone, to the skin's triangle budget. `zones` and
 * the fine mesh (`fineSkin`'s) can be given, to compare budgets without meshing the skin again.
 */
export function skinMesh(zones: readonly SkinZone[] = SKIN_ZONES, full: Mesh = fineSkin()): Mesh {
  const mesh = zonedSkin(full, zones);
  // Normals of the kept vertices only (the fine grid has far more).
  const p = mesh.positions;
  for (let v = 0; v < p.length; v += 3) setSkinNormal(mesh, v / 3);
  return foldNormals(repairFolds(mesh));
}

/**
 * Where a corner of a skin triangle lies on the far side of a fold thinner than the grid (the rim
 * of the ear: the corner on its back, the triangle over its front), the field's normal there faces
 * against the triangle and its shading runs dark into that corner. Such a vertex takes the mean
 * of its triangles' normals (weighed by area) instead. Returns the mesh, its normals changed in place.
 */
export function foldNormals(mesh: Mesh): Mesh {
  const ix = mesh.indices;
  const sum = new Float64Array(mesh.positions.length);
  const against = new Uint8Array(mesh.positions.length / 3);
  for (let t = 0; t < ix.length; t += 3) {
    const corners = [0, 1, 2].map((k) => ix[t + k] as number);
    const f = faceCross(mesh.positions, 3 * corners[0]!, 3 * corners[1]!, 3 * corners[2]!, edgeCross);
    const fl = Math.hypot(f.x, f.y, f.z) || 1;
    for (const v of corners) {
      sum[3 * v] = (sum[3 * v] as number) + f.x;
      sum[3 * v + 1] = (sum[3 * v + 1] as number) + f.y;
      sum[3 * v + 2] = (sum[3 * v + 2] as number) + f.z;
      const n = mesh.normals;
      const cos = (f.x * (n[3 * v] as number) + f.y * (n[3 * v + 1] as number) + f.z * (n[3 * v + 2] as number)) / fl;
      if (cos < MIN_CORNER_FACING) against[v] = 1;
    }
  }
  for (let v = 0; v < against.length; v++) {
    if (!against[v]) continue;
    const l = Math.hypot(sum[3 * v] as number, sum[3 * v + 1] as number, sum[3 * v + 2] as number) || 1;
    mesh.normals.set(
      [(sum[3 * v] as number) / l, (sum[3 * v + 1] as number) / l, (sum[3 * v + 2] as number) / l],
      3 * v,
    );
  }
  return mesh;
}

/** The box the skin is meshed in (metres): fixed, so the grid does not move with the body. */
const SKIN_BOX = { min: [-HALF_WIDTH, 0, -0.17], max: [HALF_WIDTH, 1.755, 0.16] } as const;

/**
 * The largest change of shape (metres) the simplifier may make in a zone (0.3 % of the skin box's
 * height) and in a seam strip (0.05 %). In metres (`ErrorAbsolute`): each is simplified on a
 * vertex buffer of its own (see {@link simplifyOnOwn}), whose extent is its own.
 */
const SIMPLIFY_ERROR = 0.003 * SKIN_BOX.max[1];
const SEAM_ERROR = 0.0005 * SKIN_BOX.max[1];
const SIMPLIFY_FLAGS: SimplifierFlags[] = ['LockBorder', 'ErrorAbsolute'];

/**
 * Simplify the triangles `indices` (into `P`) on a vertex buffer of their own: their vertices
 * only, in the order of their indices in `P`, so the result depends on these triangles alone.
 * Given the whole skin's buffer, the simplifier's result also depended on where in it the
 * triangles' vertices sat and how far the whole buffer reached: a few more vertices at the toes
 * (which the grid numbers among the face's, front to back) re-simplified the face and the ears.
 * Returns the kept triangles, indexed into `P`.
 */
function simplifyOnOwn(
  indices: readonly number[],
  P: Float32Array,
  simplify: (indices: Uint32Array, positions: Float32Array) => [Uint32Array, number],
): number[] {
  const used = [...new Set(indices)].sort((a, b) => a - b);
  const local = new Map(used.map((v, i) => [v, i]));
  const own = new Float32Array(used.length * 3);
  for (const [i, v] of used.entries()) own.set(P.subarray(3 * v, 3 * v + 3), 3 * i);
  const [kept] = simplify(new Uint32Array(indices.map((v) => local.get(v) as number)), own);
  return Array.from(kept, (i) => used[i] as number);
}

/** The skin meshed by surface nets on the `SKIN_STEP` grid, before any simplification. */
export function fineSkin(): Mesh {
  return surfaceNets(
    { f: (x, y, z) => skinF(x, y, z), min: [...SKIN_BOX.min], max: [...SKIN_BOX.max] },
    SKIN_STEP,
    1,
    { stride: 8, factor: 1.3 },
    false,
  );
}

/**
 * Simplify the fine skin zone by zone (each to its budget, its border locked), then thin the
 * seams between zones (see `thinSeams`). Each zone's result depends only on its own triangles,
 * and the seam pass only on the triangles near each seam, so a change to one zone leaves every
 * other zone as it was, but for its seams with that zone.
 */
export function zonedSkin(full: Mesh, zones: readonly SkinZone[]): Mesh {
  const P = full.positions;
  const zoneTris: number[][] = zones.map(() => []);
  for (let t = 0; t < full.indices.length; t += 3) {
    let cx = 0;
    let cy = 0;
    let cz = 0;
    for (let k = 0; k < 3; k++) {
      const v = full.indices[t + k] as number;
      cx += (P[3 * v] as number) / 3;
      cy += (P[3 * v + 1] as number) / 3;
      cz += (P[3 * v + 2] as number) / 3;
    }
    const z = zones.findIndex((zone) => zone.test(cx, cy, cz));
    (zoneTris[z] as number[]).push(
      full.indices[t] as number,
      full.indices[t + 1] as number,
      full.indices[t + 2] as number,
    );
  }
  const kept: number[] = [];
  const zoneOf: number[] = [];
  zones.forEach((zone, z) => {
    const indices = simplifyOnOwn(zoneTris[z] as number[], P, (sub, own) =>
      zone.normalWeight === undefined
        ? MeshoptSimplifier.simplify(sub, own, 3, zone.triangles * 3, SIMPLIFY_ERROR, SIMPLIFY_FLAGS)
        : MeshoptSimplifier.simplifyWithAttributes(
            sub,
            own,
            3,
            skinNormals(own, sub),
            3,
            [zone.normalWeight, zone.normalWeight, zone.normalWeight],
            null,
            zone.triangles * 3,
            SIMPLIFY_ERROR,
            SIMPLIFY_FLAGS,
          ),
    );
    for (const i of indices) kept.push(i);
    for (let t = 0; t < indices.length; t += 3) zoneOf.push(z);
  });
  return compact({ ...full, indices: new Uint32Array(thinSeams(P, kept, zoneOf)) });
}

/** The skin's unit normals (its distance's gradient) at the vertices `indices` use; zero elsewhere. */
function skinNormals(P: Float32Array, indices: Uint32Array): Float32Array {
  const n = new Float32Array(P.length);
  for (const v of indices) {
    if (n[3 * v] !== 0 || n[3 * v + 1] !== 0 || n[3 * v + 2] !== 0) continue;
    writeSkinNormal(P, n, v, skinF);
  }
  return n;
}

/**
 * The share of a seam strip's triangles its simplification keeps: half takes out the rows of
 * slivers along the seam (the error bound, 0.0005 of the skin's size, would take a few more).
 */
const STRIP_KEEP = 0.5;

/**
 * Thin the seams between zones: each zone kept its border at the fine grid's spacing, so a row of
 * slivers runs along every seam. The triangles on a vertex within `SEAM_RINGS - 1` rings and
 * `SEAM_REACH` of a seam vertex (one used by two zones) form strips; each connected strip is
 * simplified on its own, lightly (error 0.0005 of the skin's size), its outer border locked, so it
 * still fits the zones around it and no strip's result depends on another's. The triangles outside the strips are kept as they are,
 * first and in their order; `indices` index `P` (the fine grid's vertices).
 */
function thinSeams(P: Float32Array, indices: readonly number[], zoneOf: readonly number[]): number[] {
  const n = P.length / 3;
  const tris = zoneOf.length;
  const corner = (t: number, k: number) => indices[3 * t + k] as number;
  // The seam vertices (ring 0): used by triangles of more than one zone.
  const firstZone = new Int32Array(n).fill(-1);
  const ring = new Int32Array(n).fill(-1);
  for (let t = 0; t < tris; t++) {
    for (let k = 0; k < 3; k++) {
      const v = corner(t, k);
      if (firstZone[v] === -1) firstZone[v] = zoneOf[t] as number;
      else if (firstZone[v] !== zoneOf[t]) ring[v] = 0;
    }
  }
  // Rings out from the seams: a triangle with a corner at ring r puts its other corners at r + 1,
  // those within `SEAM_REACH` of the seam vertex that ring started from. A coarse zone's vertex
  // beside a seam can be many centimetres from it: it stays locked, so the strip ends there.
  const origin = new Int32Array(n).map((_, v) => v);
  const near = (v: number, seam: number) =>
    Math.hypot(
      (P[3 * v] as number) - (P[3 * seam] as number),
      (P[3 * v + 1] as number) - (P[3 * seam + 1] as number),
      (P[3 * v + 2] as number) - (P[3 * seam + 2] as number),
    ) <= SEAM_REACH;
  for (let r = 0; r < SEAM_RINGS; r++) {
    for (let t = 0; t < tris; t++) {
      for (let k = 0; k < 3; k++) {
        const u = corner(t, k);
        if (ring[u] !== r) continue;
        for (const v of [corner(t, (k + 1) % 3), corner(t, (k + 2) % 3)]) {
          if (ring[v] !== -1 || !near(v, origin[u] as number)) continue;
          ring[v] = r + 1;
          origin[v] = origin[u] as number;
        }
      }
    }
  }
  const inStrip = (t: number) =>
    [0, 1, 2].some((k) => {
      const r = ring[corner(t, k)] as number;
      return r >= 0 && r < SEAM_RINGS;
    });
  // Connected strips (triangles joined by a shared corner), by union-find on their corners.
  const parent = new Int32Array(n).map((_, i) => i);
  const root = (v: number): number => {
    let r = v;
    while (parent[r] !== r) {
      parent[r] = parent[parent[r] as number] as number;
      r = parent[r] as number;
    }
    return r;
  };
  for (let t = 0; t < tris; t++) {
    if (!inStrip(t)) continue;
    for (let k = 1; k < 3; k++) {
      const a = root(corner(t, 0));
      const b = root(corner(t, k));
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const out: number[] = [];
  const strips = new Map<number, number[]>();
  for (let t = 0; t < tris; t++) {
    if (!inStrip(t)) {
      out.push(corner(t, 0), corner(t, 1), corner(t, 2));
      continue;
    }
    const key = root(corner(t, 0));
    const list = strips.get(key) ?? [];
    list.push(corner(t, 0), corner(t, 1), corner(t, 2));
    strips.set(key, list);
  }
  // Each strip on its own, in the order of their first triangles (a Map keeps insertion order).
  for (const strip of strips.values()) {
    const target = Math.round((strip.length / 3) * STRIP_KEEP) * 3;
    const kept = simplifyOnOwn(strip, P, (sub, own) =>
      MeshoptSimplifier.simplify(sub, own, 3, target, SEAM_ERROR, SIMPLIFY_FLAGS),
    );
    for (const i of kept) out.push(i);
  }
  return out;
}

/** A signed distance to the skin (negative inside); the reference body's unless told otherwise. */
export type SkinDistance = (x: number, y: number, z: number) => number;

/**
 * Write vertex `v`'s skin normal into `normals`: the distance `f`'s gradient at the vertex's
 * position in `positions` (a quarter grid step wide), unit length.
 */
function writeSkinNormal(positions: ArrayLike<number>, normals: Mesh['normals'], v: number, f: SkinDistance): void {
  const g = gradient(
    f,
    positions[3 * v] as number,
    positions[3 * v + 1] as number,
    positions[3 * v + 2] as number,
    SKIN_STEP * 0.25,
  );
  const l = Math.hypot(g[0], g[1], g[2]) || 1;
  normals[3 * v] = g[0] / l;
  normals[3 * v + 1] = g[1] / l;
  normals[3 * v + 2] = g[2] / l;
}

/** A skin vertex's normal: the body's distance gradient there, unit length. */
function setSkinNormal(mesh: Mesh, v: number, f: SkinDistance = skinF): void {
  writeSkinNormal(mesh.positions, mesh.normals, v, f);
}

/** Move a vertex onto the skin (a few Newton steps on the body's distance) and give it the normal there. */
function projectToSkin(mesh: Mesh, v: number, f: SkinDistance = skinF): void {
  const p = mesh.positions;
  let x = p[3 * v] as number;
  let y = p[3 * v + 1] as number;
  let z = p[3 * v + 2] as number;
  for (let it = 0; it < 3; it++) {
    const d = f(x, y, z);
    const g = gradient(f, x, y, z, SKIN_STEP * 0.1);
    const g2 = g[0] * g[0] + g[1] * g[1] + g[2] * g[2];
    if (g2 < 1e-12) break;
    x -= (d * g[0]) / g2;
    y -= (d * g[1]) / g2;
    z -= (d * g[2]) / g2;
  }
  p[3 * v] = x;
  p[3 * v + 1] = y;
  p[3 * v + 2] = z;
  setSkinNormal(mesh, v, f);
}

const edgeCross = new Vector3();

/**
 * How well the triangle on vertex offsets a, b, c (into `p`, x, y, z a vertex) faces out: the
 * cosine between its geometric normal (from its winding) and the mean of its vertex normals in
 * `n` (the surface's outward direction); negative for a fold.
 */
export function faceFacing(p: ArrayLike<number>, n: ArrayLike<number>, a: number, b: number, c: number): number {
  const f = faceCross(p, a, b, c, edgeCross);
  const mx = (n[a] as number) + (n[b] as number) + (n[c] as number);
  const my = (n[a + 1] as number) + (n[b + 1] as number) + (n[c + 1] as number);
  const mz = (n[a + 2] as number) + (n[b + 2] as number) + (n[c + 2] as number);
  return (f.x * mx + f.y * my + f.z * mz) / (Math.hypot(f.x, f.y, f.z) * Math.hypot(mx, my, mz) || 1);
}

/** How well triangle `t` (index offset) of a mesh faces out: {@link faceFacing} on its positions and normals. */
export function facing(mesh: Mesh, t: number): number {
  const [a, b, c] = [0, 1, 2].map((k) => 3 * (mesh.indices[t + k] as number)) as [number, number, number];
  return faceFacing(mesh.positions, mesh.normals, a, b, c);
}

/** A skin triangle facing out less than this (cosine, see `facing`) is repaired by `unfold`. */
export const MIN_FACING = 0.5;

/** A vertex whose normal faces against one of its triangles by more than this (cosine) takes theirs (`foldNormals`). */
const MIN_CORNER_FACING = -0.2;

/**
 * The least height of a skin triangle, metres. The file rounds every vertex to its grid
 * (docs/model-file.md: about 0.03 mm, moving a vertex up to 0.023 mm); a sliver thinner than a
 * few of those could come out of the rounding flipped. This keeps a wide margin.
 */
export const MIN_HEIGHT = 0.00025;

/** A triangle's least height: twice its area over its longest edge (`t`: its first index). */
export function height(
  mesh: { readonly positions: ArrayLike<number>; readonly indices: ArrayLike<number> },
  t: number,
): number {
  const p = mesh.positions;
  const [a, b, c] = [0, 1, 2].map((k) => 3 * (mesh.indices[t + k] as number)) as [number, number, number];
  const e = (i: number, j: number) =>
    Math.hypot(
      (p[i] as number) - (p[j] as number),
      (p[i + 1] as number) - (p[j + 1] as number),
      (p[i + 2] as number) - (p[j + 2] as number),
    );
  const f = faceCross(p, a, b, c, edgeCross);
  const area2 = Math.hypot(f.x, f.y, f.z);
  return area2 / (Math.max(e(a, b), e(b, c), e(c, a)) || 1);
}

/**
 * Repair the folds simplification leaves: a triangle flipped over its neighbours (or nearly on
 * edge, or a sliver) where a collapse dragged a vertex across the others around it. Each corner of such a
 * triangle moves to the middle of the vertices around it, then back onto the skin (a few Newton
 * steps on the body's distance), and takes the normal there; a few rounds settle a fold whose
 * repair tilts a neighbour. Vertices move, triangles do not change: the mesh stays closed.
 * Deterministic (vertices are visited in index order). `isBad` says which triangles to repair;
 * returns how many still are.
 */
export function unfold(mesh: Mesh, isBad: (t: number) => boolean, rounds = 8, f: SkinDistance = skinF): number {
  const p = mesh.positions;
  const ix = mesh.indices;
  const ring: Set<number>[] = Array.from({ length: p.length / 3 }, () => new Set<number>());
  for (let t = 0; t < ix.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = ix[t + k] as number;
      (ring[a] as Set<number>).add(ix[t + ((k + 1) % 3)] as number).add(ix[t + ((k + 2) % 3)] as number);
    }
  }
  const bad = () => {
    const out = new Set<number>();
    for (let t = 0; t < ix.length; t += 3) {
      if (!isBad(t)) continue;
      for (let k = 0; k < 3; k++) out.add(ix[t + k] as number);
    }
    return [...out].sort((x, y) => x - y);
  };
  let verts = bad();
  for (let round = 0; round < rounds && verts.length > 0; round++) {
    for (const v of verts) {
      let x = 0;
      let y = 0;
      let z = 0;
      const around = ring[v] as Set<number>;
      for (const u of around) {
        x += (p[3 * u] as number) / around.size;
        y += (p[3 * u + 1] as number) / around.size;
        z += (p[3 * u + 2] as number) / around.size;
      }
      p[3 * v] = x;
      p[3 * v + 1] = y;
      p[3 * v + 2] = z;
      projectToSkin(mesh, v, f);
    }
    verts = bad();
  }
  let left = 0;
  for (let t = 0; t < ix.length; t += 3) if (isBad(t)) left++;
  return left;
}

type Label = string;

/** A piece of a cut triangle facing out less than this (cosine, see `facing`) is cut again. */
const MIN_PIECE_FACING = 0.1;
/**
 * A piece of a cut triangle thinner than this (metres) is cut again, its crossings moved onto the
 * corners. A long skin triangle (allowed down to `MIN_HEIGHT`) cut near its most acute corner
 * left needles a few micrometres high, whose facing the file's rounding (up to 0.023 mm) could
 * turn over: one on the front of the neck faced in once a change elsewhere moved the grid.
 */
const MIN_PIECE_HEIGHT = 0.00005;

/** A region border crossing an edge this close to one of its ends goes through that end, metres. */
const SNAP = 0.0006;
/** Skin vertices closer than this are welded into one (the file's grid step is about 27 µm). */
const WELD = 0.00002;

function labelAt(p: Vec3): Label {
  const hit = regionAt(p);
  return `${hit.regionId}.${hit.side}`;
}

/**
 * Split a skin mesh into one part per region and side. Each vertex is labelled by `regionAt`;
 * a triangle whose corners disagree is cut where the label changes along its edges (found by
 * bisection, shared between neighbouring triangles so no crack opens), so the parts follow the
 * engine's own region borders. A crossing within `SNAP` of a corner is moved onto it, so no
 * sliver is cut off; each piece is triangulated as a fan from the corner that keeps its
 * triangles thickest.
 */
export function skinRegions(mesh: Mesh): Part[] {
  const labels: Label[] = [];
  for (let i = 0; i < mesh.positions.length / 3; i++) {
    labels.push(
      labelAt([
        mesh.positions[3 * i] as number,
        mesh.positions[3 * i + 1] as number,
        mesh.positions[3 * i + 2] as number,
      ]),
    );
  }
  // A piece of a triangle cut where the skin's normals turn fast (a crease between the toes) can
  // face in by its blended normals though the whole triangle faces out, and a piece cut off near
  // an acute corner can be a needle (see MIN_PIECE_HEIGHT): the border crossings of that triangle
  // then go through its corners instead, and the skin is cut again.
  const snapped = new Set<string>();
  for (let pass = 0; ; pass++) {
    const cut = cutRegions(mesh, labels, snapped);
    const more = [...cut.flawed].filter((key) => !snapped.has(key));
    if (more.length === 0 || pass === 3) return cut.parts;
    for (const key of more) snapped.add(key);
  }
}

/**
 * One cut of the skin into regions (see `skinRegions`), the crossings on the edges in `snapped`
 * moved onto the nearer corner; also returns the edges of the triangles whose pieces face in or
 * are needles.
 */
function cutRegions(
  mesh: Mesh,
  labels: readonly Label[],
  snapped: ReadonlySet<string>,
): { parts: Part[]; flawed: Set<string> } {
  const pos: number[] = Array.from(mesh.positions);
  const nor: number[] = Array.from(mesh.normals);
  const point = (i: number): Vec3 => [pos[3 * i] as number, pos[3 * i + 1] as number, pos[3 * i + 2] as number];
  const flawed = new Set<string>();
  let parent: number[] = [];
  /** Flag the edges of the triangle being cut, so its crossings go through its corners next time. */
  const flagParent = () => {
    for (let k = 0; k < 3; k++) {
      const a = parent[k] as number;
      const b = parent[(k + 1) % 3] as number;
      flawed.add(a < b ? `${a},${b}` : `${b},${a}`);
    }
  };

  const normal = (i: number): Vec3 => [nor[3 * i] as number, nor[3 * i + 1] as number, nor[3 * i + 2] as number];
  /**
   * A vertex added on the surface of a triangle, with the normal blended from its corners' (not
   * the body's gradient there): shading is then the same on both sides of a cut as it was across
   * the uncut triangle, and a piece of a triangle that faces out faces out too.
   */
  const addVertex = (p: Vec3, n: Vec3): number => {
    const len = Math.hypot(n[0], n[1], n[2]) || 1;
    pos.push(p[0], p[1], p[2]);
    nor.push(n[0] / len, n[1] / len, n[2] / len);
    return pos.length / 3 - 1;
  };
  const crossings = new Map<string, number>();
  /** The point on edge a–b where the label stops being a's (shared by both triangles of the edge). */
  const crossing = (a: number, b: number): number => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    const known = crossings.get(key);
    if (known !== undefined) return known;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    let p = point(lo);
    let q = point(hi);
    let tp = 0;
    let tq = 1;
    const lp = labels[lo] as Label;
    for (let it = 0; it < 10; it++) {
      const m = lerp3(p, q, 0.5);
      if (labelAt(m) === lp) {
        p = m;
        tp = (tp + tq) / 2;
      } else {
        q = m;
        tq = (tp + tq) / 2;
      }
    }
    // A crossing this close to an end of its edge is that end: the border then runs through the
    // vertex instead of cutting a sliver off the triangles beside it (see MIN_HEIGHT).
    const t = (tp + tq) / 2;
    const length = dist(point(lo), point(hi));
    const v =
      t * length < SNAP || (snapped.has(key) && t < 0.5)
        ? lo
        : (1 - t) * length < SNAP || snapped.has(key)
          ? hi
          : addVertex(lerp3(p, q, 0.5), lerp3(normal(lo), normal(hi), t));
    crossings.set(key, v);
    return v;
  };

  const groups = new Map<Label, number[]>();
  /**
   * Add a piece of a triangle (a convex polygon, corners in the triangle's winding, `facing` the
   * triangle's normal) to a region, as a fan from the corner that gives its thinnest triangle the
   * most height. Corners repeated where a crossing was snapped onto a vertex are dropped, and a
   * piece left without area is not added.
   */
  const emit = (l: Label, facingDir: Vec3, ...corners: number[]) => {
    const poly = corners.filter((v, i) => v !== corners[(i + 1) % corners.length]);
    if (poly.length < 3) return;
    let best = -1;
    let bestHeight = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < poly.length; k++) {
      let least = Number.POSITIVE_INFINITY;
      for (let i = 1; i + 1 < poly.length; i++) {
        const a = point(poly[k] as number);
        const b = point(poly[(k + i) % poly.length] as number);
        const c = point(poly[(k + i + 1) % poly.length] as number);
        const n = cross(sub(b, a), sub(c, a));
        least = Math.min(least, dot(n, facingDir) / Math.max(dist(a, b), dist(b, c), dist(c, a), 1e-12));
      }
      if (least > bestHeight) {
        bestHeight = least;
        best = k;
      }
    }
    if (bestHeight < MIN_PIECE_HEIGHT) flagParent();
    if (bestHeight <= 1e-7) return;
    const list = groups.get(l) ?? [];
    for (let i = 1; i + 1 < poly.length; i++) {
      const tri = [poly[best], poly[(best + i) % poly.length], poly[(best + i + 1) % poly.length]] as [
        number,
        number,
        number,
      ];
      list.push(...tri);
      const m = tri.map(normal).reduce((x, y) => [x[0] + y[0], x[1] + y[1], x[2] + y[2]]);
      if (dot(m, facingDir) < MIN_PIECE_FACING * Math.hypot(m[0], m[1], m[2])) flagParent();
    }
    groups.set(l, list);
  };
  const { indices } = mesh;
  for (let t = 0; t < indices.length; t += 3) {
    const v = [indices[t] as number, indices[t + 1] as number, indices[t + 2] as number];
    parent = v;
    const l = v.map((i) => labels[i] as Label);
    if (l[0] === l[1] && l[1] === l[2]) {
      const list = groups.get(l[0] as Label) ?? [];
      list.push(...v);
      groups.set(l[0] as Label, list);
      continue;
    }
    const [p0, p1, p2] = v.map(point) as [Vec3, Vec3, Vec3];
    const dir = normalize(cross(sub(p1, p0), sub(p2, p0)));
    if (l[0] !== l[1] && l[1] !== l[2] && l[0] !== l[2]) {
      // Three regions meet inside this triangle: cut it into three quads around its centre.
      const [a, b, c] = v as [number, number, number];
      const centre: Vec3 = [(p0[0] + p1[0] + p2[0]) / 3, (p0[1] + p1[1] + p2[1]) / 3, (p0[2] + p1[2] + p2[2]) / 3];
      const na = normal(a);
      const nb = normal(b);
      const nc = normal(c);
      const g = addVertex(centre, [na[0] + nb[0] + nc[0], na[1] + nb[1] + nc[1], na[2] + nb[2] + nc[2]]);
      const xab = crossing(a, b);
      const xbc = crossing(b, c);
      const xca = crossing(c, a);
      emit(l[0] as Label, dir, a, xab, g, xca);
      emit(l[1] as Label, dir, b, xbc, g, xab);
      emit(l[2] as Label, dir, c, xca, g, xbc);
      continue;
    }
    // Two regions: rotate so that corners 0 and 1 share a label and corner 2 is the odd one.
    const odd = l[0] === l[1] ? 2 : l[1] === l[2] ? 0 : 1;
    const c = v[odd] as number;
    const a = v[(odd + 1) % 3] as number;
    const b = v[(odd + 2) % 3] as number;
    const xbc = crossing(b, c);
    const xca = crossing(c, a);
    emit(labels[a] as Label, dir, a, b, xbc, xca);
    emit(labels[c] as Label, dir, xca, xbc, c);
  }

  const all: Mesh = { positions: new Float32Array(pos), normals: new Float32Array(nor), indices: new Uint32Array(0) };
  const parts: Part[] = [];
  const order = (k: string) => {
    const [id, side] = k.split('.') as [string, Side];
    return REGION_IDS.indexOf(id as (typeof REGION_IDS)[number]) * 3 + (side === 'left' ? 0 : side === 'right' ? 1 : 2);
  };
  // Vertices that came out on (nearly) the same point, closer than the file's quantisation step (a
  // collapse or a snapped crossing can leave two), are one vertex: otherwise they decode to one
  // point and the triangles on either side of them meet along a slit.
  const cellOf = (c: number) => Math.floor(c / WELD);
  const cells = new Map<string, number[]>();
  const same = new Uint32Array(pos.length / 3).map((_, i) => {
    const x = pos[3 * i] as number;
    const y = pos[3 * i + 1] as number;
    const z = pos[3 * i + 2] as number;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++)
          for (const j of cells.get(`${cellOf(x) + dx},${cellOf(y) + dy},${cellOf(z) + dz}`) ?? []) {
            if (
              Math.hypot((pos[3 * j] as number) - x, (pos[3 * j + 1] as number) - y, (pos[3 * j + 2] as number) - z) <
              WELD
            )
              return j;
          }
    const key = `${cellOf(x)},${cellOf(y)},${cellOf(z)}`;
    const list = cells.get(key) ?? [];
    list.push(i);
    cells.set(key, list);
    return i;
  });
  for (const key of [...groups.keys()].sort((x, y) => order(x) - order(y))) {
    const [regionId, side] = key.split('.') as [string, Side];
    const welded = dropDegenerate((groups.get(key) ?? []).map((v) => same[v] as number));
    const sub = compact({ ...all, indices: new Uint32Array(welded) });
    parts.push({
      name: side === 'midline' ? `skin_${regionId}` : `skin_${regionId}.${side}`,
      extras: { kind: 'region', regionId, side },
      mesh: sub,
    });
  }
  return { parts, flawed };
}

/**
 * Triangles without a face of their own: those with a repeated corner, and pairs of triangles on
 * the same three corners wound opposite ways (a pinched fin, one of the two always facing in).
 * Dropping them keeps a closed mesh closed: each edge loses one use in each direction.
 */
function dropDegenerate(indices: readonly number[]): number[] {
  const byCorners = new Map<string, number[]>();
  const keep: boolean[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t] as number, indices[t + 1] as number, indices[t + 2] as number];
    keep.push(a !== b && b !== c && a !== c);
    if (!keep[t / 3]) continue;
    const key = [a, b, c].sort((x, y) => x - y).join(',');
    const list = byCorners.get(key) ?? [];
    list.push(t / 3);
    byCorners.set(key, list);
  }
  const odd = (t: number) => {
    // The parity of the rotation that sorts the corners: opposite windings have opposite parity.
    const [a, b, c] = [indices[3 * t] as number, indices[3 * t + 1] as number, indices[3 * t + 2] as number];
    return (a < b ? 1 : 0) + (b < c ? 1 : 0) + (c < a ? 1 : 0) === 1;
  };
  for (const list of byCorners.values()) {
    const plus = list.filter((t) => !odd(t));
    const minus = list.filter(odd);
    for (let k = 0; k < Math.min(plus.length, minus.length); k++) {
      keep[plus[k] as number] = false;
      keep[minus[k] as number] = false;
    }
  }
  const out: number[] = [];
  for (let t = 0; t < keep.length; t++)
    if (keep[t]) out.push(indices[3 * t] as number, indices[3 * t + 1] as number, indices[3 * t + 2] as number);
  return out;
}

/**
 * Repair the skin's folds and slivers (a triangle facing out less than `MIN_FACING`, or thinner
 * than `MIN_HEIGHT`): `unfold` first; where moving vertices cannot help (a fold across a crease
 * narrower than the skin's grid, as under the nose, where the two walls' normals point opposite
 * ways), the shortest edge of each such triangle left is collapsed (its ends merged at its middle,
 * back on the skin) and the rest unfolded again. Pinched fins (two triangles on the same corners)
 * are dropped first. Collapses keep a closed mesh closed. Deterministic.
 */
export function repairFolds(input: Mesh, passes = 6): Mesh {
  let mesh = compact({ ...input, indices: new Uint32Array(dropDegenerate(Array.from(input.indices))) });
  for (let pass = 0; pass < passes; pass++) {
    const ix = mesh.indices;
    const p = mesh.positions;
    const bad = (t: number) => facing(mesh, t) < MIN_FACING || height(mesh, t) < MIN_HEIGHT;
    if (unfold(mesh, bad) === 0) break;
    const into = new Int32Array(p.length / 3).map((_, i) => i);
    const touched = new Uint8Array(p.length / 3);
    for (let t = 0; t < ix.length; t += 3) {
      if (!bad(t)) continue;
      let best: [number, number] | undefined;
      let bestLength = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 3; k++) {
        const a = ix[t + k] as number;
        const b = ix[t + ((k + 1) % 3)] as number;
        if (touched[a] || touched[b]) continue;
        const l = Math.hypot(
          (p[3 * a] as number) - (p[3 * b] as number),
          (p[3 * a + 1] as number) - (p[3 * b + 1] as number),
          (p[3 * a + 2] as number) - (p[3 * b + 2] as number),
        );
        if (l < bestLength) {
          bestLength = l;
          best = a < b ? [a, b] : [b, a];
        }
      }
      if (!best) continue;
      const [a, b] = best;
      into[b] = a;
      touched[a] = 1;
      touched[b] = 1;
      for (let k = 0; k < 3; k++) p[3 * a + k] = ((p[3 * a + k] as number) + (p[3 * b + k] as number)) / 2;
      projectToSkin(mesh, a);
    }
    mesh = compact({ ...mesh, indices: new Uint32Array(dropDegenerate(Array.from(ix, (v) => into[v] as number))) });
  }
  return mesh;
}
