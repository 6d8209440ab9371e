/**
 * Another body from the reference model: every part's vertices moved through the body's warp
 * (src/domain/body/warp.ts), the skin also lifted by the breast contour and settled onto the
 * body's share of the muscle relief, and the muscles then
 * kept under the new skin as drawn. The parts keep their names and extras; the skin's triangles
 * are refined under the breast contour, and an edge the warp squeezes too short is collapsed.
 */
import { breastLift } from '../../src/domain/body/breast';
import { skinDistance } from '../../src/domain/body/envelope';
import { BODY_PROFILES, type BodyProfile, REFERENCE_BODY } from '../../src/domain/body/profiles';
import { warpJacobian, warpPoint } from '../../src/domain/body/warp';
import { layerByDepth } from './layering';
import { type MeshVertex, mirrorMesh, weldByPosition } from './meshOps';
import { gradient } from './sdf';
import { collapseShortEdges } from './shortEdges';
import { faceFacing, facing, MIN_FACING, unfold } from './skin';
import { bonesUnderSkin, underSkinMesh } from './skinFit';
import type { Mesh } from './surfaceNets';
import { appendMeshes } from './tendonSlips';
import type { Vec3 } from './vec';
import type { Part } from './writeGlb';

/** A skin triangle that would face out less than this once warped (cosine, see `facing`) is relaxed first. */
const WARP_FACING = 0.3;

/**
 * The shortest skin edge kept once warped, metres: twice her file's grid step (0.8125 m / 32767,
 * about 0.025 mm). Rounding moves each end of an edge by at most half a step on each axis, so it
 * cannot turn a triangle round on an edge this long.
 */
const MIN_SKIN_EDGE = 0.00005;
/**
 * The least height of a skin triangle once warped, metres (as `MIN_PIECE_HEIGHT` for his skin's
 * region cuts): a thinner one (a needle the warp squeezed) loses its shortest edge.
 */
const MIN_SKIN_HEIGHT = 0.00005;

/** How many times the skin's triangles under the breast contour are halved. */
const BREAST_REFINE = 2;

/** Inverse transpose of a row-major 3×3 matrix times a vector, normalised. */
function normalThrough(j: readonly number[], n: Vec3): Vec3 {
  const [a, b, c, d, e, f, g, h, i] = j as [number, number, number, number, number, number, number, number, number];
  // Cofactor matrix = det · inverse transpose; the length is normalised away.
  const cof = [
    e * i - f * h,
    f * g - d * i,
    d * h - e * g,
    c * h - b * i,
    a * i - c * g,
    b * g - a * h,
    b * f - c * e,
    c * d - a * f,
    a * e - b * d,
  ];
  const x = (cof[0] as number) * n[0] + (cof[1] as number) * n[1] + (cof[2] as number) * n[2];
  const y = (cof[3] as number) * n[0] + (cof[4] as number) * n[1] + (cof[5] as number) * n[2];
  const z = (cof[6] as number) * n[0] + (cof[7] as number) * n[1] + (cof[8] as number) * n[2];
  const l = Math.hypot(x, y, z) || 1;
  return [x / l, y / l, z / l];
}

/** The reference body's share of the muscle relief (its skin is drawn with it). */
const REFERENCE_RELIEF = BODY_PROFILES[REFERENCE_BODY].relief;

/**
 * Where a reference skin vertex goes before the warp: lifted onto the breast contour, and settled
 * onto this body's share of the muscle relief (a softer relief lowers the skin over the bellies
 * towards the lofted body). A vertex neither changes is left where it is.
 */
function lifted(profile: BodyProfile, p: Vec3, n: Vec3): { p: Vec3; n: Vec3 } {
  const lift = breastLift(profile, p);
  // The level the reference skin put this vertex at (0 but for the simplification's error), and
  // how much lower this body's relief lies there.
  const level = skinDistance(p, REFERENCE_RELIEF);
  const softer = skinDistance(p, profile.relief) - level;
  if (lift <= 0 && Math.abs(softer) < 1e-7) return { p, n };
  const target = lift > 0 ? 0 : level;
  const g = (x: number, y: number, z: number) =>
    skinDistance([x, y, z], profile.relief) - breastLift(profile, [x, y, z]) - target;
  let q: Vec3 = [p[0] + n[0] * lift, p[1] + n[1] * lift, p[2] + n[2] * lift];
  // Settle onto the surface g = 0 (a few Newton steps along its gradient).
  for (let it = 0; it < 3; it++) {
    const d = g(q[0], q[1], q[2]);
    const gr = gradient(g, q[0], q[1], q[2], 5e-4);
    const l2 = gr[0] * gr[0] + gr[1] * gr[1] + gr[2] * gr[2] || 1;
    q = [q[0] - (gr[0] * d) / l2, q[1] - (gr[1] * d) / l2, q[2] - (gr[2] * d) / l2];
  }
  const gr = gradient(g, q[0], q[1], q[2], 5e-4);
  const l = Math.hypot(gr[0], gr[1], gr[2]) || 1;
  return { p: q, n: [gr[0] / l, gr[1] / l, gr[2] / l] };
}

/**
 * Split the skin's triangles where the breast contour lifts it, so the contour has vertices to
 * follow (the simplified reference skin has edges of about 2 cm there). An edge is halved when
 * the lift is non-zero at either end or its middle — a rule of the edge's own points, so a seam
 * edge shared by two region meshes is halved in both and no crack opens; each triangle is then
 * cut by how many of its edges were halved (one: in two, two: in three, three: in four).
 */
export function refineForBreast(profile: BodyProfile, mesh: Mesh): Mesh {
  const pos: number[] = Array.from(mesh.positions);
  const nor: number[] = Array.from(mesh.normals);
  const at = (i: number): Vec3 => [pos[3 * i] as number, pos[3 * i + 1] as number, pos[3 * i + 2] as number];
  const mids = new Map<string, number>();
  /** The middle vertex of edge a–b if the edge is to be halved, else −1. */
  const middle = (a: number, b: number): number => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    const known = mids.get(key);
    if (known !== undefined) return known;
    const pa = at(a);
    const pb = at(b);
    const m: Vec3 = [(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2, (pa[2] + pb[2]) / 2];
    let v = -1;
    if (breastLift(profile, pa) > 0 || breastLift(profile, pb) > 0 || breastLift(profile, m) > 0) {
      const n = [0, 1, 2].map((k) => (nor[3 * a + k] as number) + (nor[3 * b + k] as number));
      const l = Math.hypot(n[0] as number, n[1] as number, n[2] as number) || 1;
      v = pos.length / 3;
      pos.push(...m);
      nor.push((n[0] as number) / l, (n[1] as number) / l, (n[2] as number) / l);
    }
    mids.set(key, v);
    return v;
  };
  const out: number[] = [];
  const idx = mesh.indices;
  for (let t = 0; t < idx.length; t += 3) {
    const v = [idx[t] as number, idx[t + 1] as number, idx[t + 2] as number];
    const m = [
      middle(v[0] as number, v[1] as number),
      middle(v[1] as number, v[2] as number),
      middle(v[2] as number, v[0] as number),
    ];
    const split = m.filter((x) => x >= 0).length;
    if (split === 0) {
      out.push(...v);
      continue;
    }
    if (split === 3) {
      const [a, b, c] = v as [number, number, number];
      const [ab, bc, ca] = m as [number, number, number];
      out.push(a, ab, ca, ab, b, bc, ca, bc, c, ab, bc, ca);
      continue;
    }
    // Rotate so that edge 0 (corner r to r+1) is halved.
    const r = m.findIndex((x, k) => x >= 0 && (split === 1 || (m[(k + 2) % 3] as number) < 0));
    const a = v[r] as number;
    const b = v[(r + 1) % 3] as number;
    const c = v[(r + 2) % 3] as number;
    const ab = m[r] as number;
    if (split === 1) {
      out.push(a, ab, c, ab, b, c);
      continue;
    }
    // Edges a–b and b–c halved (the one before a–b is not, by the choice of r).
    const bc = m[(r + 1) % 3] as number;
    out.push(ab, b, bc, a, ab, bc, a, bc, c);
  }
  return { positions: new Float32Array(pos), normals: new Float32Array(nor), indices: new Uint32Array(out) };
}

/**
 * The skin's region meshes lifted onto the breast contour (`lifted`, vertex by vertex), then
 * their folds repaired: where the contour rises steeply, a lifted triangle can come out on edge
 * or flipped. The meshes are welded where they share a vertex (their borders), the corners of
 * such triangles relaxed on the lifted surface (`unfold`), and every copy of a vertex moved alike,
 * so the borders stay shared and crack-free. Returns new meshes (same triangles).
 */
export function liftSkin(profile: BodyProfile, meshes: readonly Mesh[]): Mesh[] {
  const out = meshes.map((mesh) => {
    const positions = new Float32Array(mesh.positions);
    const normals = new Float32Array(mesh.normals);
    for (let v = 0; v < positions.length / 3; v++) {
      const { p, n } = lifted(
        profile,
        [positions[3 * v] as number, positions[3 * v + 1] as number, positions[3 * v + 2] as number],
        [normals[3 * v] as number, normals[3 * v + 1] as number, normals[3 * v + 2] as number],
      );
      positions.set(p, 3 * v);
      normals.set(n, 3 * v);
    }
    return { positions, normals, indices: new Uint32Array(mesh.indices) };
  });
  if (!profile.breast) return out;
  // Weld: one vertex per position (the copies of a border vertex are equal to the bit).
  const { ids, copies } = weldByPosition(out);
  const pos: number[] = [];
  const nor: number[] = [];
  const liftedAt: boolean[] = [];
  for (const [{ mesh: m, vertex: v }] of copies as [MeshVertex, ...MeshVertex[]][]) {
    const mesh = out[m] as Mesh;
    pos.push(...mesh.positions.subarray(3 * v, 3 * v + 3));
    nor.push(...mesh.normals.subarray(3 * v, 3 * v + 3));
    const src = (meshes[m] as Mesh).positions;
    liftedAt.push(breastLift(profile, [src[3 * v] as number, src[3 * v + 1] as number, src[3 * v + 2] as number]) > 0);
  }
  const indices: number[] = [];
  out.forEach((mesh, m) => {
    for (const v of mesh.indices) indices.push((ids[m] as Int32Array)[v] as number);
  });
  const all: Mesh = {
    positions: new Float32Array(pos),
    normals: new Float32Array(nor),
    indices: new Uint32Array(indices),
  };
  const g = (x: number, y: number, z: number) =>
    skinDistance([x, y, z], profile.relief) - breastLift(profile, [x, y, z]);
  const ix = all.indices;
  // Her skin's normals after the warp (they barely change as the unfolding moves a vertex).
  const warpedNormal = new Float32Array(all.normals.length);
  for (let v = 0; v < all.positions.length / 3; v++) {
    const q: Vec3 = [
      all.positions[3 * v] as number,
      all.positions[3 * v + 1] as number,
      all.positions[3 * v + 2] as number,
    ];
    const n: Vec3 = [all.normals[3 * v] as number, all.normals[3 * v + 1] as number, all.normals[3 * v + 2] as number];
    warpedNormal.set(normalThrough(warpJacobian(profile, q), n), 3 * v);
  }
  // Her skin's positions after the warp, each warped again only once the unfolding has moved it.
  const warpedAt = new Float64Array(all.positions.length);
  const warpedFrom = new Float32Array(all.positions.length).fill(Number.NaN);
  const warped = (v: number): number => {
    const o = 3 * v;
    const p = all.positions;
    if (warpedFrom[o] !== p[o] || warpedFrom[o + 1] !== p[o + 1] || warpedFrom[o + 2] !== p[o + 2]) {
      warpedFrom.set(p.subarray(o, o + 3), o);
      warpedAt.set(warpPoint(profile, [p[o] as number, p[o + 1] as number, p[o + 2] as number]), o);
    }
    return o;
  };
  /** How a triangle will face once warped (as `facing`): the warp's shear can turn a sliver over. */
  const facingWarped = (t: number): number =>
    faceFacing(
      warpedAt,
      warpedNormal,
      warped(ix[t] as number),
      warped(ix[t + 1] as number),
      warped(ix[t + 2] as number),
    );
  // Triangles the contour moved that face out too little, and any that would face out less than
  // WARP_FACING once warped: elsewhere the skin is kept as it is.
  unfold(
    all,
    (t) =>
      ((liftedAt[ix[t] as number] || liftedAt[ix[t + 1] as number] || liftedAt[ix[t + 2] as number]) === true &&
        facing(all, t) < MIN_FACING) ||
      facingWarped(t) < WARP_FACING,
    8,
    g,
  );
  out.forEach((mesh, m) => {
    const local = ids[m] as Int32Array;
    for (let v = 0; v < local.length; v++) {
      const w = local[v] as number;
      mesh.positions.set(all.positions.subarray(3 * w, 3 * w + 3), 3 * v);
      mesh.normals.set(all.normals.subarray(3 * w, 3 * w + 3), 3 * v);
    }
  });
  return out;
}

function warpMesh(profile: BodyProfile, mesh: Mesh): Mesh {
  const P = mesh.positions;
  const N = mesh.normals;
  const positions = new Float32Array(P.length);
  const normals = new Float32Array(N.length);
  const fibres = mesh.fibres ? new Float32Array(mesh.fibres) : undefined;
  for (let v = 0; v < P.length / 3; v++) {
    const p: Vec3 = [P[3 * v] as number, P[3 * v + 1] as number, P[3 * v + 2] as number];
    const n: Vec3 = [N[3 * v] as number, N[3 * v + 1] as number, N[3 * v + 2] as number];
    const w = warpPoint(profile, p);
    positions.set(w, 3 * v);
    // Only the skin's normals are written to the file, but the muscles' are read by the layering.
    {
      const j = warpJacobian(profile, p);
      normals.set(normalThrough(j, n), 3 * v);
      if (fibres) {
        const f = [fibres[4 * v] as number, fibres[4 * v + 1] as number, fibres[4 * v + 2] as number];
        const fx = (j[0] as number) * f[0]! + (j[1] as number) * f[1]! + (j[2] as number) * f[2]!;
        const fy = (j[3] as number) * f[0]! + (j[4] as number) * f[1]! + (j[5] as number) * f[2]!;
        const fz = (j[6] as number) * f[0]! + (j[7] as number) * f[1]! + (j[8] as number) * f[2]!;
        const l = Math.hypot(fx, fy, fz) || 1;
        fibres[4 * v] = fx / l;
        fibres[4 * v + 1] = fy / l;
        fibres[4 * v + 2] = fz / l;
      }
    }
  }
  return { positions, normals, indices: new Uint32Array(mesh.indices), ...(fibres ? { fibres } : {}) };
}

/**
 * The parts of another body: the reference parts (left untouched) warped through its profile.
 * Mirrored right-side parts stay mirrors, as the warp is mirror-symmetric. The muscles are layered
 * by depth again (`muscleDepths`, as the reference build gave them: a smaller body brings sheets
 * that lay just apart closer together) and kept under the new skin. Returns the parts and how
 * many muscle vertices each step moved.
 */
export function warpParts(
  parts: readonly Part[],
  muscleDepths: ReadonlyMap<string, number>,
  profile: BodyProfile,
): { parts: Part[]; layered: number; underSkin: number; bonesMoved: number } {
  const skinParts = parts.filter((p) => p.mirrorOf === undefined && p.extras.kind === 'region');
  const skin = liftSkin(
    profile,
    skinParts.map((part) => {
      let mesh = part.mesh;
      for (let level = 0; profile.breast && level < BREAST_REFINE; level++) mesh = refineForBreast(profile, mesh);
      return mesh;
    }),
  );
  const warped = new Map<string, Part>();
  for (const part of parts) {
    if (part.mirrorOf === undefined) {
      const lifted = skin[skinParts.indexOf(part)];
      warped.set(part.name, { ...part, mesh: warpMesh(profile, lifted ?? part.mesh) });
    }
  }
  // Where the warp squeezes her skin, a few edges and triangles come out shorter or thinner than
  // the file's rounding can keep facing the right way: collapse them, across the region meshes'
  // shared borders.
  const regions = skinParts.map((p) => warped.get(p.name) as Part);
  const { meshes: mended } = collapseShortEdges(
    regions.map((p) => p.mesh),
    regions.map((p) => p.extras.side !== 'midline'),
    MIN_SKIN_EDGE,
    MIN_SKIN_HEIGHT,
  );
  regions.forEach((p, i) => {
    warped.set(p.name, { ...p, mesh: mended[i] as Mesh });
  });
  const drawn = [...warped.values()];
  const layered = layerByDepth(
    drawn
      .filter((p) => p.extras.kind === 'muscle')
      .map((p) => ({ mesh: p.mesh, depth: muscleDepths.get(p.name) ?? 0 })),
  );
  const drawnSkin = appendMeshes(drawn.filter((p) => p.extras.kind === 'region').map((p) => p.mesh));
  /** The drawn meshes of one kind, each with whether its right side is drawn as its mirror. */
  const sided = (kind: 'muscle' | 'bone') =>
    drawn.filter((p) => p.extras.kind === kind).map((p) => ({ mesh: p.mesh, mirrored: p.extras.side !== 'midline' }));
  const underSkin = underSkinMesh(sided('muscle'), drawnSkin, 0.0005);
  const bonesMoved = bonesUnderSkin(sided('bone'), drawnSkin);
  // The right side drawn as the mirror of the warped left, in the reference's order.
  const out = parts.map((part) => {
    if (part.mirrorOf === undefined) return warped.get(part.name) as Part;
    const left = warped.get(part.mirrorOf);
    if (!left) throw new Error(`${part.name}: no part ${part.mirrorOf} to mirror`);
    return { ...part, mesh: mirrorMesh(left.mesh) };
  });
  return { parts: out, layered, underSkin, bonesMoved };
}
