/**
 * The long tendons of the fingers and toes past the knuckles: each is a thin, separate tendon
 * (a "slip") from where the muscle's tendons leave the hand or foot to the phalanx it moves. They
 * are laid along the skin's digits (`details.ts` FINGERS, TOES) on the palmar/plantar or dorsal
 * face, at a fixed depth under the digit's surface, and swept as closed tubes of their own, so
 * neighbouring slips never web into a sheet between the digits the way a muscle's blended fibre
 * bundles would.
 */
import type { Mesh } from './surfaceNets';
import { add, catmullRom, cross, dot, lerp3, normalize, scale, sub, type Vec3 } from './vec';

/** A digit of the skin: its joints from the knuckle to the tip and its radius at each. */
export interface DigitAxis {
  readonly joints: readonly Vec3[];
  readonly radii: readonly number[];
}

/** Where along a digit a slip passes, and on which face. */
export interface SlipStation {
  /** Joint parameter: 0 the knuckle, 1 the next joint, 1.5 halfway to the one after, … */
  readonly at: number;
  /** Turn of the face direction about the digit's axis, degrees (the two slips of a split tendon). */
  readonly turn?: number;
  /**
   * Depth under the digit's surface here, metres, instead of the slip's own: for a tendon that
   * passes under another on part of its way (the deep flexor's under the superficial's, up to
   * where that one splits round it).
   */
  readonly depth?: number;
}

function jointAt(digit: DigitAxis, at: number): { p: Vec3; r: number; axis: Vec3 } {
  const last = digit.joints.length - 1;
  const i = Math.min(last - 1, Math.max(0, Math.floor(at)));
  const f = Math.min(1, Math.max(0, at - i));
  const a = digit.joints[i] as Vec3;
  const b = digit.joints[i + 1] as Vec3;
  const ra = digit.radii[i] as number;
  const rb = digit.radii[i + 1] as number;
  return { p: lerp3(a, b, f), r: ra + (rb - ra) * f, axis: normalize(sub(b, a)) };
}

/** Rotate v about the unit axis k by `degrees` (Rodrigues). */
function turnAbout(v: Vec3, k: Vec3, degrees: number): Vec3 {
  const t = (degrees * Math.PI) / 180;
  const c = Math.cos(t);
  const s = Math.sin(t);
  return add(add(scale(v, c), scale(cross(k, v), s)), scale(k, dot(k, v) * (1 - c)));
}

/**
 * The points of one slip along a digit: at each station, the point `depth` metres under the
 * digit's surface on the side `face` points to (perpendicular to the digit's axis there), turned
 * about the axis by the station's `turn`. `face` is a direction in the model frame: +z for the
 * palm of the hand in anatomical position, −z for its back, −y for the sole, +y for the top of
 * the foot.
 */
export function digitSlip(digit: DigitAxis, face: Vec3, depth: number, stations: readonly SlipStation[]): Vec3[] {
  return stations.map(({ at, turn = 0, depth: here = depth }) => {
    const { p, r, axis } = jointAt(digit, at);
    const side = normalize(sub(face, scale(axis, dot(face, axis))));
    return add(p, scale(turnAbout(side, axis, turn), Math.max(0.0005, r - here)));
  });
}

/**
 * The slips of a muscle whose tendons leave it at `starts` (one point per digit, in the order of
 * `digits`): each runs from its start along its digit through `stations`. A split tendon
 * (`split`: the flexor digitorum superficialis and brevis, whose tendons part to let the deep
 * flexor through) gives two slips per digit, turned one way and the other.
 */
export function digitSlips(
  starts: readonly Vec3[],
  digits: readonly DigitAxis[],
  face: Vec3,
  depth: number,
  stations: readonly SlipStation[],
  split = false,
): Vec3[][] {
  if (starts.length !== digits.length) throw new Error('one start per digit');
  return starts.flatMap((start, k) =>
    (split ? [1, -1] : [1]).map((sign) => [
      start,
      ...digitSlip(
        digits[k] as DigitAxis,
        face,
        depth,
        stations.map((s) => ({ ...s, turn: (s.turn ?? 0) * sign })),
      ),
    ]),
  );
}

/**
 * A closed tube of constant radius along a smooth curve through `points`, capped at both ends,
 * with a fibre direction along the curve and tendon weight 1 on every vertex.
 */
export function slipTube(points: readonly Vec3[], radius: number, sides = 6): Mesh {
  const path = catmullRom(points, 3);
  const n = path.length;
  const tangents = path.map((_, i) =>
    normalize(sub(path[Math.min(n - 1, i + 1)] as Vec3, path[Math.max(0, i - 1)] as Vec3)),
  );
  // A frame carried along the curve (parallel transport), so the tube does not twist.
  const t0 = tangents[0] as Vec3;
  let u = normalize(cross(t0, Math.abs(t0[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]));
  const positions: number[] = [];
  const normals: number[] = [];
  const fibres: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tangents[i] as Vec3;
    u = normalize(sub(u, scale(t, dot(u, t))));
    const w = cross(t, u);
    for (let s = 0; s < sides; s++) {
      const a = (2 * Math.PI * s) / sides;
      const nrm = add(scale(u, Math.cos(a)), scale(w, Math.sin(a)));
      positions.push(...add(path[i] as Vec3, scale(nrm, radius)));
      normals.push(...nrm);
      fibres.push(...t, 1);
    }
  }
  const indices: number[] = [];
  for (let i = 0; i + 1 < n; i++) {
    for (let s = 0; s < sides; s++) {
      const a = i * sides + s;
      const b = i * sides + ((s + 1) % sides);
      const c = a + sides;
      const d = b + sides;
      indices.push(a, b, d, a, d, c);
    }
  }
  // Caps: a centre vertex at each end, joined to the end ring.
  for (const [ring, sign] of [
    [0, -1],
    [n - 1, 1],
  ] as const) {
    const centre = positions.length / 3;
    const t = tangents[ring] as Vec3;
    positions.push(...(path[ring] as Vec3));
    normals.push(...scale(t, sign));
    fibres.push(...t, 1);
    for (let s = 0; s < sides; s++) {
      const a = ring * sides + s;
      const b = ring * sides + ((s + 1) % sides);
      if (sign < 0) indices.push(centre, b, a);
      else indices.push(centre, a, b);
    }
  }
  return {
    positions: new Float32Array(positions),
    normals: new Float32Array(normals),
    indices: new Uint32Array(indices),
    fibres: new Float32Array(fibres),
  };
}

/** Append meshes into one (each keeps its own vertices). */
export function appendMeshes(meshes: readonly Mesh[]): Mesh {
  let verts = 0;
  let tris = 0;
  for (const m of meshes) {
    verts += m.positions.length / 3;
    tris += m.indices.length;
  }
  const positions = new Float32Array(verts * 3);
  const normals = new Float32Array(verts * 3);
  const fibres = new Float32Array(verts * 4);
  const indices = new Uint32Array(tris);
  let v = 0;
  let i = 0;
  for (const m of meshes) {
    positions.set(m.positions, v * 3);
    normals.set(m.normals, v * 3);
    if (m.fibres) fibres.set(m.fibres, v * 4);
    for (let k = 0; k < m.indices.length; k++) indices[i + k] = (m.indices[k] as number) + v;
    v += m.positions.length / 3;
    i += m.indices.length;
  }
  return { positions, normals, indices, fibres };
}
