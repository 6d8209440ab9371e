/**
 * The skin: the zero level set of the body envelope, meshed, simplified, and cut into one mesh
 * per pain region and side using `regionAt` itself, so the model and the engine always agree.
 */

import { MeshoptSimplifier } from 'meshoptimizer';
import { skinDistance } from '../../src/domain/body/envelope';
import { BODY_PROFILES, REFERENCE_BODY } from '../../src/domain/body/profiles';
import { REGION_IDS } from '../../src/domain/ids';
import { regionAt } from '../../src/domain/regionAt';
import type { Side } from '../../src/domain/types';
import { compact, simplify } from './meshOps';
import { gradient } from './sdf';
import { type Mesh, surfaceNets } from './surfaceNets';
import { lerp3, type Vec3 } from './vec';
import type { Part } from './writeGlb';

/**
 * Grid spacing of the skin, metres: fine enough to part the fingers and toes and to carry the
 * face. Only the grid nodes near the surface are evaluated (see `surfaceNets`' band).
 */
export const SKIN_STEP = 0.0025;

/**
 * Where the skin's triangles go: the fine mesh is cut into zones, each simplified to its own
 * budget with its border locked, so the zones still share every seam vertex (no crack) while the
 * face, hands and feet keep the detail that shows and the trunk and limbs take few triangles.
 * A triangle belongs to the first zone that holds its centre; each hand and foot is a zone.
 */
const ZONES: readonly { name: string; test: (x: number, y: number) => boolean; triangles: number }[] = [
  { name: 'head', test: (_x, y) => y > 1.47, triangles: 9000 },
  { name: 'neck and collarbones', test: (x, y) => y > 1.38 && Math.abs(x) < 0.2, triangles: 4000 },
  { name: 'hand.left', test: (x, y) => y < 0.88 && x > 0.19, triangles: 2800 },
  { name: 'hand.right', test: (x, y) => y < 0.88 && x < -0.19, triangles: 2800 },
  { name: 'foot.left', test: (x, y) => y < 0.1 && x > 0, triangles: 1800 },
  { name: 'foot.right', test: (x, y) => y < 0.1 && x <= 0, triangles: 1800 },
  { name: 'body', test: () => true, triangles: 8500 },
];

/** Half-width of the skin grid: a whole number of cells, so the grid is symmetric about x = 0. */
const HALF_WIDTH = Math.ceil(0.32 / SKIN_STEP) * SKIN_STEP;

/** The reference body's drawn skin: the lofted body with its muscle relief. */
const RELIEF = BODY_PROFILES[REFERENCE_BODY].relief;
const skinF = (x: number, y: number, z: number) => skinDistance([x, y, z], RELIEF);

/** Mesh the whole skin and simplify it, zone by zone, to the skin's triangle budget. */
export function skinMesh(): Mesh {
  const full = surfaceNets(
    { f: (x, y, z) => skinF(x, y, z), min: [-HALF_WIDTH, 0, -0.17], max: [HALF_WIDTH, 1.755, 0.16] },
    SKIN_STEP,
    1,
    { stride: 8, factor: 1.3 },
    false,
  );
  const P = full.positions;
  const zoneTris: number[][] = ZONES.map(() => []);
  for (let t = 0; t < full.indices.length; t += 3) {
    let cx = 0;
    let cy = 0;
    for (let k = 0; k < 3; k++) {
      const v = full.indices[t + k] as number;
      cx += (P[3 * v] as number) / 3;
      cy += (P[3 * v + 1] as number) / 3;
    }
    const z = ZONES.findIndex((zone) => zone.test(cx, cy));
    (zoneTris[z] as number[]).push(
      full.indices[t] as number,
      full.indices[t + 1] as number,
      full.indices[t + 2] as number,
    );
  }
  const kept: number[] = [];
  ZONES.forEach((zone, z) => {
    const sub = new Uint32Array(zoneTris[z] as number[]);
    const [indices] = MeshoptSimplifier.simplify(sub, P, 3, zone.triangles * 3, 0.003, ['LockBorder']);
    for (const i of indices) kept.push(i);
  });
  // One light pass over the whole skin lets the seams between zones (kept at the fine grid's
  // spacing so far) thin out where they are flat, so no row of slivers shows there.
  const mesh = simplify(
    compact({ ...full, indices: new Uint32Array(kept) }),
    Math.round((kept.length / 3) * 0.94),
    0.0005,
  );
  // Normals of the kept vertices only (the fine grid has far more).
  const f = (x: number, y: number, z: number) => skinF(x, y, z);
  const p = mesh.positions;
  for (let v = 0; v < p.length; v += 3) {
    const g = gradient(f, p[v] as number, p[v + 1] as number, p[v + 2] as number, SKIN_STEP * 0.25);
    const l = Math.hypot(g[0], g[1], g[2]) || 1;
    mesh.normals[v] = g[0] / l;
    mesh.normals[v + 1] = g[1] / l;
    mesh.normals[v + 2] = g[2] / l;
  }
  return mesh;
}

type Label = string;

function labelAt(p: Vec3): Label {
  const hit = regionAt(p);
  return `${hit.regionId}.${hit.side}`;
}

/**
 * Split a skin mesh into one part per region and side. Each vertex is labelled by `regionAt`;
 * a triangle whose corners disagree is cut where the label changes along its edges (found by
 * bisection, shared between neighbouring triangles so no crack opens), so the parts follow the
 * engine's own region borders.
 */
export function skinRegions(mesh: Mesh): Part[] {
  const pos: number[] = Array.from(mesh.positions);
  const nor: number[] = Array.from(mesh.normals);
  const point = (i: number): Vec3 => [pos[3 * i] as number, pos[3 * i + 1] as number, pos[3 * i + 2] as number];
  const labels: Label[] = [];
  for (let i = 0; i < pos.length / 3; i++) labels.push(labelAt(point(i)));

  const addVertex = (p: Vec3, l: Label): number => {
    const g = gradient((x, y, z) => skinF(x, y, z), p[0], p[1], p[2], 5e-4);
    const n = Math.hypot(g[0], g[1], g[2]) || 1;
    pos.push(p[0], p[1], p[2]);
    nor.push(g[0] / n, g[1] / n, g[2] / n);
    labels.push(l);
    return labels.length - 1;
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
    const lp = labels[lo] as Label;
    for (let it = 0; it < 10; it++) {
      const m = lerp3(p, q, 0.5);
      if (labelAt(m) === lp) p = m;
      else q = m;
    }
    const v = addVertex(lerp3(p, q, 0.5), '');
    crossings.set(key, v);
    return v;
  };

  const groups = new Map<Label, number[]>();
  const emit = (l: Label, ...tri: number[]) => {
    const list = groups.get(l) ?? [];
    for (let i = 0; i + 2 < tri.length; i += 3) list.push(tri[i] as number, tri[i + 1] as number, tri[i + 2] as number);
    groups.set(l, list);
  };
  const { indices } = mesh;
  for (let t = 0; t < indices.length; t += 3) {
    const v = [indices[t] as number, indices[t + 1] as number, indices[t + 2] as number];
    const l = v.map((i) => labels[i] as Label);
    if (l[0] === l[1] && l[1] === l[2]) {
      emit(l[0] as Label, v[0] as number, v[1] as number, v[2] as number);
      continue;
    }
    if (l[0] !== l[1] && l[1] !== l[2] && l[0] !== l[2]) {
      // Three regions meet inside this triangle: cut it into three quads around its centre.
      const [a, b, c] = v as [number, number, number];
      const pa = point(a);
      const pb = point(b);
      const pc = point(c);
      const centre: Vec3 = [(pa[0] + pb[0] + pc[0]) / 3, (pa[1] + pb[1] + pc[1]) / 3, (pa[2] + pb[2] + pc[2]) / 3];
      const g = addVertex(centre, labelAt(centre));
      const xab = crossing(a, b);
      const xbc = crossing(b, c);
      const xca = crossing(c, a);
      emit(l[0] as Label, a, xab, g, a, g, xca);
      emit(l[1] as Label, b, xbc, g, b, g, xab);
      emit(l[2] as Label, c, xca, g, c, g, xbc);
      continue;
    }
    // Two regions: rotate so that corners 0 and 1 share a label and corner 2 is the odd one.
    const odd = l[0] === l[1] ? 2 : l[1] === l[2] ? 0 : 1;
    const c = v[odd] as number;
    const a = v[(odd + 1) % 3] as number;
    const b = v[(odd + 2) % 3] as number;
    const xbc = crossing(b, c);
    const xca = crossing(c, a);
    emit(labels[a] as Label, a, b, xbc, a, xbc, xca);
    emit(labels[c] as Label, xca, xbc, c);
  }

  const all: Mesh = { positions: new Float32Array(pos), normals: new Float32Array(nor), indices: new Uint32Array(0) };
  const parts: Part[] = [];
  const order = (k: string) => {
    const [id, side] = k.split('.') as [string, Side];
    return REGION_IDS.indexOf(id as (typeof REGION_IDS)[number]) * 3 + (side === 'left' ? 0 : side === 'right' ? 1 : 2);
  };
  for (const key of [...groups.keys()].sort((x, y) => order(x) - order(y))) {
    const [regionId, side] = key.split('.') as [string, Side];
    const sub = compact({ ...all, indices: new Uint32Array(groups.get(key) ?? []) });
    parts.push({
      name: side === 'midline' ? `skin_${regionId}` : `skin_${regionId}.${side}`,
      extras: { kind: 'region', regionId, side },
      mesh: sub,
    });
  }
  return parts;
}
