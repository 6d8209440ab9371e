/**
 * Turns muscle layouts into meshes: each fibre bundle is a tube swept along a smooth curve
 * through its origin, via points and insertion, with a belly-shaped radius; sheets follow the
 * body contour at their depth; paths are pushed off the bones; the result stays under the skin.
 */
import { smoothstep } from '../../src/domain/body/curve';
import { bodyDistance } from '../../src/domain/body/envelope';
import { closedMesh, compact } from './meshOps';
import type { Line, MuscleShape } from './muscleShape';
import { gradient, type Sdf, slab, tube, union } from './sdf';
import { edgesInsideSkin, insideSkin } from './skinFit';
import type { Mesh } from './surfaceNets';
import { appendMeshes, slipTube } from './tendonSlips';
import { arcParams, catmullRom, cross, dist, dot, lerp3, sub, type Vec3 } from './vec';

const bodyF = (x: number, y: number, z: number) => bodyDistance([x, y, z]);

/** Point at parameter u (0..1) along a line (by arc length). */
export function sampleLine(line: Line, u: number): Vec3 {
  if (line.length === 1) return line[0] as Vec3;
  const t = arcParams(line);
  for (let i = 0; i + 1 < line.length; i++) {
    const t0 = t[i] as number;
    const t1 = t[i + 1] as number;
    if (u <= t1 || i + 2 === line.length) {
      const f = t1 > t0 ? (u - t0) / (t1 - t0) : 0;
      return lerp3(line[i] as Vec3, line[i + 1] as Vec3, Math.min(1, Math.max(0, f)));
    }
  }
  return line[line.length - 1] as Vec3;
}

function lineLength(line: Line): number {
  let d = 0;
  for (let i = 1; i < line.length; i++) d += dist(line[i - 1] as Vec3, line[i] as Vec3);
  return d;
}

/**
 * How many fibre bundles to sweep: at least the layout's count, and for broad muscles enough
 * that neighbouring bundles overlap into one continuous sheet.
 */
export function fibreCount(shape: MuscleShape): number {
  const n = shape.fibres ?? 1;
  if (n === 1) return 1;
  const width = Math.max(lineLength(shape.from), lineLength(shape.to), ...(shape.via ?? []).map(lineLength));
  return Math.min(32, Math.max(n, Math.ceil(width / (1.5 * shape.thickness)) + 1));
}

/** The control points of each fibre of a muscle. */
export function fibreControls(shape: MuscleShape): Vec3[][] {
  const n = fibreCount(shape);
  const out: Vec3[][] = [];
  for (let i = 0; i < n; i++) {
    const u = n === 1 ? 0.5 : i / (n - 1);
    out.push([sampleLine(shape.from, u), ...(shape.via ?? []).map((l) => sampleLine(l, u)), sampleLine(shape.to, u)]);
  }
  return out;
}

/**
 * A list of values read at a position `k` in index units (0 at the first value, 1 at the second,
 * and so on), linear between them and held at the ends: the per-fibre thickness across a muscle
 * and the per-control-point depths along it.
 */
function valueAlong(values: readonly number[], k: number): number {
  const last = values.length - 1;
  const span = Math.min(Math.max(0, Math.floor(k)), Math.max(0, last - 1));
  const f = Math.min(1, Math.max(0, k - span));
  const a = values[span] as number;
  return a + ((values[Math.min(last, span + 1)] as number) - a) * f;
}

/** How thick the belly of fibre `u` (0..1 across the muscle) is, as a fraction of `thickness`. */
export function thicknessAcross(shape: MuscleShape, u: number): number {
  const profile = shape.thicknessAcross;
  if (!profile?.length) return 1;
  return valueAlong(profile, Math.min(1, Math.max(0, u)) * (profile.length - 1));
}

/** Radius profile along a fibre: tendon, belly, tendon (`scale`: the fibre's `thicknessAcross`). */
export function radiusAt(shape: MuscleShape, t: number, scale = 1): number {
  const [ts, te] = shape.tendon ?? [0.08, 0.12];
  const rt = shape.tendonRadius ?? 0.0022;
  if (t <= ts || t >= 1 - te) return rt;
  const s = (t - ts) / (1 - ts - te);
  const peak = shape.bellyAt ?? 0.5;
  // Skew the bump so its top sits at `peak`.
  const k = Math.log(0.5) / Math.log(peak);
  const bump = Math.sin(Math.PI * s ** k) ** 0.6;
  return rt + (shape.thickness * scale - rt) * bump;
}

/**
 * How much of a fibre is tendon at parameter t (0..1 from origin to insertion): 1 on the
 * tendons the radius profile gives both ends (`tendon: [ts, te]`), 0 on the belly, with a short
 * smooth step at each musculotendinous junction.
 */
export function tendonWeight(shape: MuscleShape, t: number): number {
  const [ts, te] = shape.tendon ?? [0.08, 0.12];
  let w = 0;
  if (ts > 0) {
    const r = Math.min(0.03, ts);
    w = 1 - smoothstep(ts - r, ts + r, t);
  }
  if (te > 0) {
    const r = Math.min(0.03, te);
    w = Math.max(w, smoothstep(1 - te - r, 1 - te + r, t));
  }
  return w;
}

/**
 * The fibre direction and tendon weight of each vertex (four numbers a vertex: unit x, y, z
 * from origin towards insertion, then the weight). Each vertex takes a blend of the fibre
 * segments whose tubes it lies on or near: the nearest counts most, and segments farther than
 * a blend width (half the muscle's thickness) beyond the nearest do not count, so the field is
 * smooth where bundles merge into a sheet.
 */
export function fibreField(
  positions: Float32Array,
  shape: MuscleShape,
  paths: readonly { points: Vec3[]; radii: number[] }[],
): Float32Array<ArrayBuffer> {
  // Segments as flat numbers: start, delta, 1/|delta|², radii at both ends, arc parameter at
  // both ends, unit direction.
  const segs: number[] = [];
  for (const path of paths) {
    const t = arcParams(path.points);
    for (let i = 0; i + 1 < path.points.length; i++) {
      const a = path.points[i] as Vec3;
      const b = path.points[i + 1] as Vec3;
      const d: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
      const l2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
      if (l2 < 1e-14) continue;
      const l = Math.sqrt(l2);
      segs.push(
        ...a,
        ...d,
        1 / l2,
        path.radii[i] as number,
        path.radii[i + 1] as number,
        t[i] as number,
        t[i + 1] as number,
        d[0] / l,
        d[1] / l,
        d[2] / l,
      );
    }
  }
  const S = 14;
  const count = segs.length / S;
  const blend = Math.max(0.0015, 0.5 * shape.thickness);
  const n = positions.length / 3;
  const out = new Float32Array(n * 4);
  const dist = new Float64Array(count);
  const param = new Float64Array(count);
  for (let v = 0; v < n; v++) {
    const px = positions[3 * v] as number;
    const py = positions[3 * v + 1] as number;
    const pz = positions[3 * v + 2] as number;
    let dmin = Infinity;
    for (let s = 0; s < count; s++) {
      const o = s * S;
      const ax = px - (segs[o] as number);
      const ay = py - (segs[o + 1] as number);
      const az = pz - (segs[o + 2] as number);
      const dx = segs[o + 3] as number;
      const dy = segs[o + 4] as number;
      const dz = segs[o + 5] as number;
      const h = Math.min(1, Math.max(0, (ax * dx + ay * dy + az * dz) * (segs[o + 6] as number)));
      const r = (segs[o + 7] as number) + ((segs[o + 8] as number) - (segs[o + 7] as number)) * h;
      const d = Math.hypot(ax - dx * h, ay - dy * h, az - dz * h) - r;
      dist[s] = d;
      param[s] = h;
      if (d < dmin) dmin = d;
    }
    let fx = 0;
    let fy = 0;
    let fz = 0;
    let tw = 0;
    let wsum = 0;
    for (let s = 0; s < count; s++) {
      const k = 1 - ((dist[s] as number) - dmin) / blend;
      if (k <= 0) continue;
      const w = k * k;
      const o = s * S;
      const h = param[s] as number;
      fx += w * (segs[o + 11] as number);
      fy += w * (segs[o + 12] as number);
      fz += w * (segs[o + 13] as number);
      tw += w * tendonWeight(shape, (segs[o + 9] as number) + ((segs[o + 10] as number) - (segs[o + 9] as number)) * h);
      wsum += w;
    }
    const l = Math.hypot(fx, fy, fz) || 1;
    out[4 * v] = fx / l;
    out[4 * v + 1] = fy / l;
    out[4 * v + 2] = fz / l;
    out[4 * v + 3] = wsum > 0 ? tw / wsum : 0;
  }
  return out;
}

/** Move a point along the body gradient until it lies `depth` under the skin. */
function toDepth(p: Vec3, depth: number): Vec3 {
  let q = p;
  for (let it = 0; it < 6; it++) {
    const d = bodyF(q[0], q[1], q[2]) + depth;
    if (Math.abs(d) < 2e-4) break;
    const g = gradient(bodyF, q[0], q[1], q[2], 5e-4);
    const l2 = g[0] * g[0] + g[1] * g[1] + g[2] * g[2];
    if (l2 < 1e-10) break;
    const step = Math.max(-0.03, Math.min(0.03, d / Math.sqrt(l2)));
    const l = Math.sqrt(l2);
    q = [q[0] - (g[0] / l) * step, q[1] - (g[1] / l) * step, q[2] - (g[2] / l) * step];
  }
  return q;
}

/**
 * Move a point along the bones' distance gradient so a tube of radius r around it clears them by
 * 0.8 mm: pushed out only if it is nearer (`onto` false), or also drawn in until it rests there
 * (`onto` true, for a muscle laid on the bone). `rounds` Newton steps at most.
 */
function fitToBones(p: Vec3, r: number, bones: Sdf, onto: boolean, rounds: number): Vec3 {
  let q = p;
  for (let it = 0; it < rounds; it++) {
    const off = bones.f(q[0], q[1], q[2]) - (r + 0.0008);
    if (onto ? Math.abs(off) < 2e-5 : off >= 0) break;
    const g = gradient(bones.f, q[0], q[1], q[2], 5e-4);
    const l = Math.hypot(g[0], g[1], g[2]);
    if (l < 1e-8) break;
    q = [q[0] - (g[0] / l) * off, q[1] - (g[1] / l) * off, q[2] - (g[2] / l) * off];
  }
  return q;
}

/**
 * The depth a muscle is held at, `hug`, at position `k` along its control points (0 at the
 * origin, 1 at the first via line, and so on): one depth for the whole muscle, or one per control
 * point, linear between them.
 */
export function hugAt(hug: number | readonly number[], k: number): number {
  return typeof hug === 'number' ? hug : valueAlong(hug, k);
}

/**
 * How fully a muscle is laid on the bone at position `k` along its control points: 1 along the
 * whole of a muscle with `onBone` true, 0 without it; with a control point's number, 1 up to it
 * and 0 from the next one on, linear between them.
 */
export function onBoneWeight(onBone: boolean | number | undefined, k: number): number {
  if (typeof onBone !== 'number') return onBone ? 1 : 0;
  return Math.max(0, Math.min(1, onBone + 1 - k));
}

/** The sampled path and radii of each fibre, after contour-following and bone clearance. */
export function fibrePaths(shape: MuscleShape, bones: Sdf): { points: Vec3[]; radii: number[] }[] {
  const all = fibreControls(shape);
  return all.map((controls, fibre) => {
    const scale = thicknessAcross(shape, all.length === 1 ? 0.5 : fibre / (all.length - 1));
    const perSpan = Math.max(4, Math.round(24 / Math.max(1, controls.length - 1)));
    const raw = catmullRom(controls, perSpan);
    const t = arcParams(raw);
    const hug = shape.hug;
    if (typeof hug === 'object' && hug.length !== controls.length)
      throw new Error(`${shape.id}: hug lists ${hug.length} depths for ${controls.length} control points`);
    const points: Vec3[] = [];
    const radii: number[] = [];
    raw.forEach((p, i) => {
      const ti = t[i] as number;
      const r = radiusAt(shape, ti, scale);
      // Attachments stay on the bone; the middle of the path is free to follow the contour. An
      // aponeurosis follows it up to the origin (it lies on the muscles under it, not in them).
      const apo = shape.aponeurosis;
      const w = Math.min(1, apo !== undefined ? 1 : ti / 0.12, (1 - ti) / (shape.dive ?? 0.12));
      let q = p;
      if (hug !== undefined && w > 0) {
        const under = apo === undefined ? 0 : apo * (1 - smoothstep(0, 0.25, ti));
        q = lerp3(p, toDepth(p, hugAt(hug, i / perSpan) + r + under), w);
      }
      const laid = onBoneWeight(shape.onBone, i / perSpan);
      if (laid < 1 && w > 0) q = lerp3(q, fitToBones(q, r, bones, false, 4), w);
      if (laid > 0) {
        const rests = fitToBones(q, r, bones, true, 8);
        q = laid === 1 ? rests : lerp3(q, rests, laid);
      }
      // A paired aponeurosis meets its mirror image edge to edge at the midline: sheets crossing
      // there would cut through each other along a ragged line.
      if (apo !== undefined && !shape.midline && q[0] < r + 0.0003) q = [r + 0.0003, q[1], q[2]];
      points.push(q);
      radii.push(r);
    });
    return { points, radii };
  });
}

/**
 * The web of an aponeurosis: flat slabs, as thick as the tendons, between each two neighbouring
 * fibres from the origin to a little past the origin tendon (where the tubes have grown wide
 * enough to merge by themselves). Its edge along the origin is the line through the fibres' first
 * points, so the muscle's border there is as smooth as its origin line.
 */
export function aponeurosisWeb(shape: MuscleShape, paths: readonly { points: Vec3[]; radii: number[] }[]): Sdf {
  const upto = (shape.tendon ?? [0.08, 0.12])[0] + 0.05;
  const half = shape.tendonRadius ?? 0.0022;
  const slabs: Sdf[] = [];
  for (let i = 0; i + 1 < paths.length; i++) {
    const a = (paths[i] as { points: Vec3[] }).points;
    const b = (paths[i + 1] as { points: Vec3[] }).points;
    const ta = arcParams(a);
    const tb = arcParams(b);
    for (let k = 0; k + 1 < Math.min(a.length, b.length); k++) {
      if ((ta[k] as number) > upto && (tb[k] as number) > upto) break;
      for (const [p, q, r] of [
        [a[k], a[k + 1], b[k]],
        [a[k + 1], b[k + 1], b[k]],
      ] as [Vec3, Vec3, Vec3][]) {
        // A triangle with no area has no plane to thicken (two fibres starting at one point).
        const c = cross(sub(q, p), sub(r, p));
        if (dot(c, c) > 1e-14) slabs.push(slab(p, q, r, half));
      }
    }
  }
  // A plain union (no blend): neighbouring slabs share edges, a blend would raise ridges there.
  return union(slabs, 0);
}

/** Approximate length of a muscle (longest fibre), metres. */
export function muscleLength(shape: MuscleShape): number {
  return Math.max(...fibreControls(shape).map(lineLength));
}

/**
 * Build the closed mesh of one muscle (left side, or whole for a midline muscle), and how deep it
 * lies: the margin under the skin it is held at (`skinMargin`), which orders overlapping muscles.
 */
export function muscleMesh(shape: MuscleShape, bones: Sdf): { mesh: Mesh; depth: number } {
  const paths = fibrePaths(shape, bones);
  const n = paths.length;
  const spacing = n > 1 ? muscleWidth(paths) / (n - 1) : 0;
  const tubes = union(
    paths.map((p) => tube(p.points, p.radii)),
    n > 1 ? Math.max(shape.thickness * 1.5, spacing * 1.5) : 0,
  );
  // The web is added with a small blend: the tubes' wide one would swell it where it meets them.
  const sdf = shape.aponeurosis !== undefined && n > 1 ? union([tubes, aponeurosisWeb(shape, paths)], 0.002) : tubes;
  const step = shape.step ?? Math.min(0.004, Math.max(0.0014, shape.thickness * 0.55));
  const len = muscleLength(shape);
  const declared = shape.fibres ?? 1;
  const target = shape.triangles ?? Math.round(Math.min(900, 220 + len * 900 * Math.sqrt(declared) * 0.6));
  const mesh = closedMesh(sdf, step, target, 0.01);
  // A muscle laid on the bone is kept under the skin by the superficial margin only: under its
  // own depth's wider one it would be pressed into the bone where the scalp is thin (the brow).
  const margin = skinMargin(paths);
  const underSkin = shape.onBone ? Math.min(margin, 0.0025) : margin;
  insideSkin(mesh, underSkin);
  edgesInsideSkin(mesh, underSkin);
  const out = compact(mesh);
  out.fibres = fibreField(out.positions, shape, paths);
  if (!shape.slips?.length) return { mesh: out, depth: margin };
  const slips = shape.slips.map((path) => slipTube(path, shape.slipRadius ?? 0.0011));
  for (const slip of slips) insideSkin(slip, 0.0015);
  return { mesh: appendMeshes([out, ...slips]), depth: margin };
}

/**
 * How far under the skin a muscle's surface is held where it would come near the skin: 2.5 mm
 * for a superficial muscle, more the deeper the muscle lies (the median depth of its fibres' upper
 * surface), up to 8.5 mm. Two overlapping muscles pressed against the skin would otherwise both end
 * up on the same surface 2.5 mm under it and z-fight; held at their own depths, the deeper one
 * stays under the superficial one.
 */
export function skinMargin(paths: readonly { points: Vec3[]; radii: number[] }[]): number {
  const depths: number[] = [];
  for (const path of paths) {
    path.points.forEach((p, i) => {
      depths.push(-bodyF(p[0], p[1], p[2]) - (path.radii[i] as number));
    });
  }
  depths.sort((a, b) => a - b);
  const median = depths[Math.floor(depths.length / 2)] ?? 0;
  return 0.0025 + 0.5 * Math.min(0.012, Math.max(0, median - 0.002));
}

function muscleWidth(paths: { points: Vec3[] }[]): number {
  const mid = (p: { points: Vec3[] }) => p.points[Math.floor(p.points.length / 2)] as Vec3;
  let w = 0;
  for (let i = 1; i < paths.length; i++)
    w += dist(mid(paths[i - 1] as { points: Vec3[] }), mid(paths[i] as { points: Vec3[] }));
  return w;
}
