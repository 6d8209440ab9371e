/**
 * Another body from the reference model: every part's vertices moved through the body's warp
 * (src/domain/body/warp.ts), the skin also lifted by the breast contour, and the muscles then
 * kept under the new skin as drawn. The parts keep their names, extras and triangles.
 */
import { breastLift } from '../../src/domain/body/breast';
import { bodyDistance } from '../../src/domain/body/envelope';
import type { BodyProfile } from '../../src/domain/body/profiles';
import { warpJacobian, warpPoint } from '../../src/domain/body/warp';
import { mirrorMesh } from './meshOps';
import { gradient } from './sdf';
import { underSkinMesh } from './skinFit';
import type { Mesh } from './surfaceNets';
import type { Vec3 } from './vec';
import type { Part } from './writeGlb';

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

/** Where a reference skin vertex goes before the warp: lifted onto the breast contour. */
function lifted(profile: BodyProfile, p: Vec3, n: Vec3): { p: Vec3; n: Vec3 } {
  const lift = breastLift(profile, p);
  if (lift <= 0) return { p, n };
  const g = (x: number, y: number, z: number) => bodyDistance([x, y, z]) - breastLift(profile, [x, y, z]);
  let q: Vec3 = [p[0] + n[0] * lift, p[1] + n[1] * lift, p[2] + n[2] * lift];
  // Settle onto the lifted surface g = 0 (a few Newton steps along its gradient).
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

function warpMesh(profile: BodyProfile, mesh: Mesh, skin: boolean): Mesh {
  const P = mesh.positions;
  const N = mesh.normals;
  const positions = new Float32Array(P.length);
  const normals = new Float32Array(N.length);
  const fibres = mesh.fibres ? new Float32Array(mesh.fibres) : undefined;
  for (let v = 0; v < P.length / 3; v++) {
    let p: Vec3 = [P[3 * v] as number, P[3 * v + 1] as number, P[3 * v + 2] as number];
    let n: Vec3 = [N[3 * v] as number, N[3 * v + 1] as number, N[3 * v + 2] as number];
    if (skin) ({ p, n } = lifted(profile, p, n));
    const w = warpPoint(profile, p);
    positions.set(w, 3 * v);
    // Only the skin's normals are written to the file (muscles and bones get theirs on load).
    if (skin || fibres) {
      const j = warpJacobian(profile, p);
      if (skin) normals.set(normalThrough(j, n), 3 * v);
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
    } else {
      normals.set(n, 3 * v);
    }
  }
  return { positions, normals, indices: new Uint32Array(mesh.indices), ...(fibres ? { fibres } : {}) };
}

/** All the skin regions as one mesh (for keeping the muscles under it). */
function mergedSkin(parts: readonly Part[]): Mesh {
  const regions = parts.filter((p) => p.extras.kind === 'region');
  const count = regions.reduce((n, p) => n + p.mesh.positions.length, 0);
  const positions = new Float32Array(count);
  const indices: number[] = [];
  let base = 0;
  for (const { mesh } of regions) {
    positions.set(mesh.positions, base * 3);
    for (const i of mesh.indices) indices.push(i + base);
    base += mesh.positions.length / 3;
  }
  return { positions, normals: new Float32Array(count), indices: new Uint32Array(indices) };
}

/**
 * The parts of another body: the reference parts (left untouched) warped through its profile.
 * Mirrored right-side parts stay mirrors, as the warp is mirror-symmetric. Returns the parts and
 * how many muscle vertices had to be moved under the new skin.
 */
export function warpParts(parts: readonly Part[], profile: BodyProfile): { parts: Part[]; underSkin: number } {
  const warped = new Map<string, Part>();
  for (const part of parts) {
    if (part.mirrorOf === undefined) {
      warped.set(part.name, { ...part, mesh: warpMesh(profile, part.mesh, part.extras.kind === 'region') });
    }
  }
  const drawn = [...warped.values()];
  const underSkin = underSkinMesh(
    drawn
      .filter((p) => p.extras.kind === 'muscle')
      .map((p) => ({ mesh: p.mesh, mirrored: p.extras.side !== 'midline' })),
    mergedSkin(drawn),
    0.0005,
  );
  // The right side drawn as the mirror of the warped left, in the reference's order.
  const out = parts.map((part) => {
    if (part.mirrorOf === undefined) return warped.get(part.name) as Part;
    const left = warped.get(part.mirrorOf);
    if (!left) throw new Error(`${part.name}: no part ${part.mirrorOf} to mirror`);
    return { ...part, mesh: mirrorMesh(left.mesh) };
  });
  return { parts: out, underSkin };
}
