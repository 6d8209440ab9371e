/**
 * Layers overlapping muscles by depth. Two muscles built independently can end up with parts of
 * their surfaces on top of each other, facing the same way (two tendons in one sheath, a sheet
 * laid on the muscle under it); drawn, such surfaces z-fight, flickering through each other as the
 * camera moves. Here the deeper muscle of each such pair gives way: each of its vertices that lies
 * within `gap` of the shallower muscle's surface, on either side, facing the same way, is moved
 * under that surface by `gap`; then, triangle by triangle, wherever the middle of a triangle of one
 * still lies within 0.6 mm of the other's face (`clearFaces`), the deeper one's corners there move
 * down until it does not.
 */
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { faceCross } from './meshOps';
import type { Mesh } from './surfaceNets';

/** A muscle mesh and how deep it lies (larger is deeper; see `skinMargin`). */
export interface LayeredMesh {
  readonly mesh: Mesh;
  readonly depth: number;
}

interface Surface {
  readonly bvh: MeshBVH;
  readonly index: Uint32Array;
  readonly positions: Float32Array;
  readonly min: Vector3;
  readonly max: Vector3;
}

function surfaceOf(mesh: Mesh): Surface {
  const geometry = new BufferGeometry();
  // The BVH reorders the index it is given: hand it a copy, the mesh keeps its own.
  const index = new Uint32Array(mesh.indices);
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  geometry.computeBoundingBox();
  const box = geometry.boundingBox as NonNullable<typeof geometry.boundingBox>;
  return { bvh: new MeshBVH(geometry), index, positions: mesh.positions, min: box.min, max: box.max };
}

function faceNormal(s: Surface, face: number, out: Vector3): Vector3 {
  const ix = s.index;
  return faceCross(
    s.positions,
    3 * (ix[3 * face] as number),
    3 * (ix[3 * face + 1] as number),
    3 * (ix[3 * face + 2] as number),
    out,
  ).normalize();
}

/**
 * Area-weighted vertex normals of the mesh as it is now (the mesh's own normals are those of the
 * surface before any layering moved it).
 */
function currentNormals(mesh: Mesh): Float32Array {
  const ix = mesh.indices;
  const out = new Float32Array(mesh.positions.length);
  const n = new Vector3();
  for (let f = 0; f < ix.length; f += 3) {
    const a = 3 * (ix[f] as number);
    const b = 3 * (ix[f + 1] as number);
    const c = 3 * (ix[f + 2] as number);
    faceCross(mesh.positions, a, b, c, n);
    for (const v of [a, b, c]) {
      out[v] = (out[v] as number) + n.x;
      out[v + 1] = (out[v + 1] as number) + n.y;
      out[v + 2] = (out[v + 2] as number) + n.z;
    }
  }
  for (let v = 0; v < out.length; v += 3) {
    const len = Math.hypot(out[v] as number, out[v + 1] as number, out[v + 2] as number) || 1;
    out[v] = (out[v] as number) / len;
    out[v + 1] = (out[v + 1] as number) / len;
    out[v + 2] = (out[v + 2] as number) / len;
  }
  return out;
}

/** The point of surface `s` nearest to `p`, if it lies nearer than `reach` (metres). */
function nearSurface(s: Surface, p: Vector3, reach: number) {
  if (
    p.x < s.min.x - reach ||
    p.y < s.min.y - reach ||
    p.z < s.min.z - reach ||
    p.x > s.max.x + reach ||
    p.y > s.max.y + reach ||
    p.z > s.max.z + reach
  )
    return undefined;
  const hit = s.bvh.closestPointToPoint(p, undefined, 0, reach);
  return hit && hit.distance < reach ? hit : undefined;
}

/**
 * Move the vertices of `mesh` that lie on `s` (facing the same way) to `gap` on one side of it:
 * `side` −1 under the surface, +1 over it. Captured are vertices on the wanted side closer than
 * `capture`, and on the wrong side (poking through) up to `reach` away, straight across the
 * surface rather than beside its edge. Returns how many vertices moved.
 */
function clearOf(mesh: Mesh, s: Surface, side: 1 | -1, gap: number, reach: number, capture = gap): number {
  const pos = mesh.positions;
  const nor = currentNormals(mesh);
  const p = new Vector3();
  const n = new Vector3();
  const fn = new Vector3();
  let moved = 0;
  for (let v = 0; v < pos.length; v += 3) {
    p.set(pos[v] as number, pos[v + 1] as number, pos[v + 2] as number);
    const hit = nearSurface(s, p, reach);
    if (!hit) continue;
    faceNormal(s, hit.faceIndex, fn);
    n.set(nor[v] as number, nor[v + 1] as number, nor[v + 2] as number);
    if (n.dot(fn) < 0.9) continue;
    // Height on the wanted side of the surface.
    const h = side * (p.x - hit.point.x) * fn.x + side * (p.y - hit.point.y) * fn.y + side * (p.z - hit.point.z) * fn.z;
    if (h >= capture) continue;
    if (h < 0 && -h < 0.8 * hit.distance) continue;
    const push = side * (gap - h);
    pos[v] = p.x + fn.x * push;
    pos[v + 1] = p.y + fn.y * push;
    pos[v + 2] = p.z + fn.z * push;
    moved++;
  }
  return moved;
}

/**
 * How far apart (metres) the middle of one muscle's triangle and the other muscle's face under or
 * over it end after the last pass: past the 0.5 mm within which two faces facing the same way
 * z-fight (tests/model/coplanarSheets.test.ts).
 */
const FACE_CLEAR = 0.0006;
/** Cosine above which two faces count as facing the same way (as in that check). */
const FACE_PARALLEL = 0.9;

/**
 * Move the deeper muscle's vertices off the shallower one's, triangle by triangle: where the
 * middle of a triangle of one lies within `FACE_CLEAR` of a face of the other facing the same way,
 * the deeper muscle's corners there (of its face under the shallower triangle, or of its own
 * triangle under the shallower face) move down along the shallower surface's normal until that
 * middle is `FACE_CLEAR` apart. The vertex passes can miss such a triangle: its corners lie farther
 * than `gap`, or their normals (means of their triangles') lean away where a sheet bends over the
 * muscle under it, while the triangle's middle sags onto that muscle. Returns how many times a
 * vertex moved.
 */
function clearFaces(shallow: Surface, deepMesh: Mesh, deep: Surface): number {
  const centre = new Vector3();
  const fa = new Vector3();
  const fb = new Vector3();
  let moved = 0;
  const push = (pos: Float32Array, corners: readonly number[], n: Vector3, by: number) => {
    for (const v of corners) {
      pos[3 * v] = (pos[3 * v] as number) - n.x * by;
      pos[3 * v + 1] = (pos[3 * v + 1] as number) - n.y * by;
      pos[3 * v + 2] = (pos[3 * v + 2] as number) - n.z * by;
      moved++;
    }
  };
  /** Push the deeper muscle from under each triangle of `from` whose middle lies on `onto`; true if any moved. */
  const sweep = (from: Surface, onto: Surface, fromIsShallow: boolean) => {
    const ix = from.index;
    const p = from.positions;
    let changed = false;
    for (let f = 0; f < ix.length / 3; f++) {
      centre.set(0, 0, 0);
      for (let k = 0; k < 3; k++) {
        const v = 3 * (ix[3 * f + k] as number);
        centre.x += (p[v] as number) / 3;
        centre.y += (p[v + 1] as number) / 3;
        centre.z += (p[v + 2] as number) / 3;
      }
      const hit = nearSurface(onto, centre, FACE_CLEAR);
      if (!hit) continue;
      faceNormal(from, f, fa);
      faceNormal(onto, hit.faceIndex, fb);
      if (fa.dot(fb) <= FACE_PARALLEL) continue;
      // The shallower surface's normal, and the middle's height over the deeper surface along it.
      const n = fromIsShallow ? fa : fb;
      const height = fromIsShallow
        ? (centre.x - hit.point.x) * fb.x + (centre.y - hit.point.y) * fb.y + (centre.z - hit.point.z) * fb.z
        : (hit.point.x - centre.x) * fb.x + (hit.point.y - centre.y) * fb.y + (hit.point.z - centre.z) * fb.z;
      const by = FACE_CLEAR - height;
      if (by <= 0) continue;
      const corners = fromIsShallow
        ? [0, 1, 2].map((k) => onto.index[3 * hit.faceIndex + k] as number)
        : [0, 1, 2].map((k) => ix[3 * f + k] as number);
      push(deepMesh.positions, corners, n, by);
      changed = true;
    }
    return changed;
  };
  if (sweep(shallow, deep, true)) deep.bvh.refit();
  if (sweep(deep, shallow, false)) deep.bvh.refit();
  return moved;
}

/**
 * The triangle pass alone on two meshes (`shallow` over `deep`; see `clearFaces`): moves only the
 * deeper one's vertices. Returns how many times a vertex moved.
 */
export function clearTriangles(shallow: Mesh, deep: Mesh): number {
  return clearFaces(surfaceOf(shallow), deep, surfaceOf(deep));
}

function boxesMeet(a: Surface, b: Surface, margin: number): boolean {
  return (
    a.min.x <= b.max.x + margin &&
    b.min.x <= a.max.x + margin &&
    a.min.y <= b.max.y + margin &&
    b.min.y <= a.max.y + margin &&
    a.min.z <= b.max.z + margin &&
    b.min.z <= a.max.z + margin
  );
}

/**
 * Lay apart muscles that lie on each other (within `gap`, normals within about 25° of each other):
 * the deeper one's vertices are moved under the shallower one's surface, then the shallower one's
 * vertices that still lie on the deeper one's surface (between two of its vertices, where its
 * triangles are long) over it. Muscles are taken shallowest first; one of equal depth counts as
 * deeper than the one listed before it. Returns how many times a vertex moved. Deterministic: the
 * same meshes give the same result.
 */
export function layerByDepth(muscles: readonly LayeredMesh[], gap = 0.001, rounds = 3, reach = 0.004): number {
  const order = muscles.map((m, i) => ({ ...m, i })).sort((a, b) => a.depth - b.depth || a.i - b.i);
  const surfaces: (Surface | undefined)[] = [];
  let moved = 0;
  // A vertex moved under one surface can come near another; a few rounds settle it.
  for (let round = 0; round < rounds; round++) {
    surfaces.length = 0;
    for (let k = 0; k < order.length; k++) {
      const deep = (order[k] as (typeof order)[number]).mesh;
      let deepMoved = 0;
      for (let j = 0; j < k; j++) {
        surfaces[j] ??= surfaceOf((order[j] as (typeof order)[number]).mesh);
        deepMoved += clearOf(deep, surfaces[j] as Surface, -1, gap, reach);
      }
      moved += deepMoved;
      surfaces[k] = surfaceOf(deep);
      // The last round only moves deeper muscles down, so no muscle ends over a shallower one.
      for (let j = 0; j < k && round < rounds - 1; j++) {
        const shallow = surfaces[j] ?? surfaceOf((order[j] as (typeof order)[number]).mesh);
        if (!boxesMeet(shallow, surfaces[k] as Surface, reach)) continue;
        const up = clearOf((order[j] as (typeof order)[number]).mesh, surfaces[k] as Surface, 1, gap, reach, gap / 2);
        // Its surface moved: build it again when it is next needed.
        if (up) surfaces[j] = undefined;
        moved += up;
      }
    }
  }
  // Then triangle by triangle, deepest muscles last, so each gives way under all above it.
  const final = order.map(({ mesh }) => ({ mesh, surface: surfaceOf(mesh) }));
  for (let k = 0; k < final.length; k++) {
    const deep = final[k] as (typeof final)[number];
    for (let j = 0; j < k; j++) {
      const shallow = final[j] as (typeof final)[number];
      if (!boxesMeet(shallow.surface, deep.surface, FACE_CLEAR)) continue;
      moved += clearFaces(shallow.surface, deep.mesh, deep.surface);
    }
  }
  return moved;
}
