/**
 * Collapses skin edges too short to survive the file's rounding. The female body's skin is the
 * reference skin warped, and where the warp squeezes it (the side of her chest) two vertices can
 * end up a few hundredths of a millimetre apart: a triangle on such an edge is a needle whose
 * facing the file's rounding (up to 0.013 mm a vertex on her grid) can turn over.
 */
import { compact, type MeshVertex, weldByPosition } from './meshOps';
import { faceFacing, height } from './skin';
import type { Mesh } from './surfaceNets';

/** The longest edge a needle may lose (metres): a needle's short edge, not a long one across it. */
const NEEDLE_EDGE = 0.001;

/**
 * Collapse every edge shorter than `minEdge` (metres), then the shortest edge (if under 1 mm) of
 * every triangle less than `minHeight` high (a needle), in a set of region meshes that share the
 * vertices along their borders (the copies equal to the bit), keeping them crack-free: all copies
 * of the vertex that goes are moved onto the one that stays, with its normal, and the triangles on
 * the edge (now flat) are dropped. `mirrored[m]`: mesh m is drawn again mirrored on the right side.
 * The vertex kept is the one in more meshes (a border's); a vertex on the midline (x = 0, shared
 * with the mirrored right side) never moves, nor one that a mirrored mesh shares with a midline
 * mesh (the mirror's copy would move and the midline mesh's copy on the right would not). A
 * collapse that would turn a triangle round it to face inward (see `faceFacing`) is not made.
 * Deterministic (edges are taken in order of their meshes and triangles). Returns the new meshes
 * (unused vertices dropped) and how many edges were collapsed.
 */
export function collapseShortEdges(
  meshes: readonly Mesh[],
  mirrored: readonly boolean[],
  minEdge: number,
  minHeight = 0,
): { meshes: Mesh[]; collapsed: number } {
  // One id per position across all meshes.
  const { ids: local, copies: where } = weldByPosition(meshes);
  const work = meshes.map((m) => ({
    positions: new Float32Array(m.positions),
    normals: new Float32Array(m.normals),
    indices: new Uint32Array(m.indices),
  }));
  /** The triangles (mesh, offset) on each id. */
  const around: { mesh: number; t: number }[][] = where.map(() => []);
  work.forEach((mesh, m) => {
    const l = local[m] as Int32Array;
    for (let t = 0; t < mesh.indices.length; t += 3) {
      for (let k = 0; k < 3; k++)
        (around[l[mesh.indices[t + k] as number] as number] as { mesh: number; t: number }[]).push({ mesh: m, t });
    }
  });
  const gone = new Set<number>();
  const position = (id: number): [number, number, number] => {
    const { mesh, vertex } = (where[id] as MeshVertex[])[0] as MeshVertex;
    const p = (work[mesh] as Mesh).positions;
    return [p[3 * vertex] as number, p[3 * vertex + 1] as number, p[3 * vertex + 2] as number];
  };
  /** Move every copy of `id` to a position and normal; returns the old ones to undo it. */
  const moveAll = (id: number, p: ArrayLike<number>, n: ArrayLike<number>) => {
    const undo: { mesh: number; vertex: number; p: Float32Array; n: Float32Array }[] = [];
    for (const { mesh, vertex } of where[id] as MeshVertex[]) {
      const w = work[mesh] as Mesh;
      undo.push({
        mesh,
        vertex,
        p: w.positions.slice(3 * vertex, 3 * vertex + 3),
        n: w.normals.slice(3 * vertex, 3 * vertex + 3),
      });
      w.positions.set([p[0] as number, p[1] as number, p[2] as number], 3 * vertex);
      w.normals.set([n[0] as number, n[1] as number, n[2] as number], 3 * vertex);
    }
    return undo;
  };
  /** The ids of the corners of the triangle at offset `t` of mesh `m`. */
  const cornerIds = (m: number, t: number) =>
    [0, 1, 2].map((k) => (local[m] as Int32Array)[(work[m] as Mesh).indices[t + k] as number] as number);
  let collapsed = 0;
  /** Collapse the edge between two ids if it is shorter than `longest` and the collapse is safe. */
  const tryCollapse = (first: number, second: number, longest: number): boolean => {
    if (first === second || gone.has(first) || gone.has(second)) return false;
    const a = position(first);
    const b = position(second);
    if (Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) >= longest) return false;
    // Which end may go: not one on the midline, nor one shared by a mirrored mesh and a
    // midline one (the right side's mirror copy would move, the midline mesh's would not).
    const copies = (id: number) => where[id] as MeshVertex[];
    const movable = (id: number, p: readonly number[]) =>
      p[0] !== 0 && new Set(copies(id).map((c) => mirrored[c.mesh] === true)).size === 1;
    const canFirst = movable(first, a);
    const canSecond = movable(second, b);
    if (!canFirst && !canSecond) return false;
    // The vertex in fewer meshes goes (a border's stays), the lower id on a tie.
    const firstGoes =
      canFirst &&
      (!canSecond ||
        copies(first).length < copies(second).length ||
        (copies(first).length === copies(second).length && first > second));
    const go = firstGoes ? first : second;
    const stay = firstGoes ? second : first;
    // The link condition: the two ends share no neighbour but the far corners of the
    // triangles on their edge, or the collapse would fold the surface onto itself.
    const ring = (id: number) => {
      const out = new Set<number>();
      for (const { mesh: mm, t: tt } of around[id] as { mesh: number; t: number }[]) {
        const cid = cornerIds(mm, tt);
        if (new Set(cid).size === 3) for (const c of cid) if (c !== id) out.add(c);
      }
      return out;
    };
    const onEdge = new Set<number>();
    for (const { mesh: mm, t: tt } of around[go] as { mesh: number; t: number }[]) {
      const cid = cornerIds(mm, tt);
      if (new Set(cid).size === 3 && cid.includes(stay)) for (const c of cid) if (c !== go && c !== stay) onEdge.add(c);
    }
    const stayRing = ring(stay);
    if ([...ring(go)].some((c) => c !== stay && stayRing.has(c) && !onEdge.has(c))) return false;
    const target = (where[stay] as MeshVertex[])[0] as MeshVertex;
    const tw = work[target.mesh] as Mesh;
    const undo = moveAll(
      go,
      tw.positions.subarray(3 * target.vertex, 3 * target.vertex + 3),
      tw.normals.subarray(3 * target.vertex, 3 * target.vertex + 3),
    );
    // Every triangle left standing on the moved vertex must still face out.
    const flips = (around[go] as { mesh: number; t: number }[]).some(({ mesh: mm, t: tt }) => {
      const w = work[mm] as Mesh;
      const c = [0, 1, 2].map((q) => w.indices[tt + q] as number);
      const cid = cornerIds(mm, tt);
      if (new Set(cid).size < 3 || (cid.includes(stay) && cid.includes(go))) return false;
      return faceFacing(w.positions, w.normals, 3 * c[0]!, 3 * c[1]!, 3 * c[2]!) <= 0;
    });
    if (flips) {
      for (const u of undo) {
        const w = work[u.mesh] as Mesh;
        w.positions.set(u.p, 3 * u.vertex);
        w.normals.set(u.n, 3 * u.vertex);
      }
      return false;
    }
    // The moved copies now carry the kept vertex's id.
    for (const { mesh: mm, vertex } of where[go] as MeshVertex[]) (local[mm] as Int32Array)[vertex] = stay;
    (where[stay] as unknown[]).push(...(where[go] as unknown[]));
    (around[stay] as unknown[]).push(...(around[go] as unknown[]));
    gone.add(go);
    collapsed++;
    return true;
  };
  work.forEach((mesh, m) => {
    const l = local[m] as Int32Array;
    const ix = mesh.indices;
    for (let t = 0; t < ix.length; t += 3) {
      for (let k = 0; k < 3; k++)
        tryCollapse(l[ix[t + k] as number] as number, l[ix[t + ((k + 1) % 3)] as number] as number, minEdge);
    }
  });
  // Then needles: a triangle thinner than `minHeight` loses its shortest edge that may go.
  if (minHeight > 0) {
    work.forEach((mesh, m) => {
      const ix = mesh.indices;
      for (let t = 0; t < ix.length; t += 3) {
        const ids = cornerIds(m, t);
        if (new Set(ids).size < 3 || height(mesh, t) >= minHeight) continue;
        const edges = [0, 1, 2]
          .map((k) => {
            const a = position(ids[k] as number);
            const b = position(ids[(k + 1) % 3] as number);
            return { k, length: Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) };
          })
          .sort((x, y) => x.length - y.length || x.k - y.k);
        // Its shortest edge, or the next if that one may not go.
        for (const { k } of edges) {
          if (tryCollapse(ids[k] as number, ids[(k + 1) % 3] as number, NEEDLE_EDGE)) break;
        }
      }
    });
  }
  const out = work.map((mesh, m) => {
    const l = local[m] as Int32Array;
    // One vertex of the mesh per id: a moved copy is merged with the kept vertex it now sits on.
    const first = new Map<number, number>();
    l.forEach((id, v) => {
      if (!first.has(id)) first.set(id, v);
    });
    const kept: number[] = [];
    for (let t = 0; t < mesh.indices.length; t += 3) {
      const [a, b, c] = cornerIds(m, t) as [number, number, number];
      if (a === b || b === c || c === a) continue;
      kept.push(first.get(a) as number, first.get(b) as number, first.get(c) as number);
    }
    return compact({ ...mesh, indices: new Uint32Array(kept) });
  });
  return { meshes: out, collapsed };
}
