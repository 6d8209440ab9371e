/**
 * The warp of a body: a smooth, mirror-symmetric, invertible map W from the reference (male)
 * frame onto a body's own frame, made from its profile (profiles.ts). The model generator moves
 * every vertex of the reference model through W; `regionAt` maps a point of the body back
 * through W⁻¹ and asks the reference envelope, so both agree by construction.
 *
 * W(x, y, z) = k · (x + d(x, y), y, z + e(y, z)), with k = stature / reference stature, d the
 * sideways displacement — for the trunk and legs a width change x·a(y) plus a shift
 * b(y)·tanh(x / w), for the arms a shift c(y), blended by distance from the midline — and e a
 * depth change behind the hips' plane, z·g(y) faded in below z = 0. d is odd in x, so W is
 * mirror symmetric; y is only scaled and x and z each depend on y and themselves alone, so W is
 * inverted one coordinate at a time.
 */
import type { Vec3 } from '../types';
import { smoothstep } from './curve';
import type { BodyProfile } from './profiles';
import { REFERENCE_STATURE } from './profiles';
import { smoothTable } from './smoothTable';

/** Width of the midline blend of the trunk shift `b(y)·tanh(x / w)`, metres. */
const SHIFT_WIDTH = 0.04;

/** The overall scale of a body against the reference. */
export function bodyScale(profile: BodyProfile): number {
  return profile.stature / REFERENCE_STATURE;
}

/** The sideways displacement d at reference point (x ≥ 0, y), before the overall scale. */
function sideways(profile: BodyProfile, x: number, y: number): number {
  const m = smoothstep(profile.armZone[0], profile.armZone[1], x);
  const trunk = x * smoothTable(profile.widths, y) + smoothTable(profile.shifts, y) * Math.tanh(x / SHIFT_WIDTH);
  return (1 - m) * trunk + m * smoothTable(profile.arm, y);
}

/** Depth of the fade-in of the depth change behind z = 0, metres. */
const BEHIND_FADE = 0.04;

/** The depth displacement e at reference point (y, z), before the overall scale. */
function backwards(profile: BodyProfile, y: number, z: number): number {
  return z * smoothTable(profile.behind, y) * smoothstep(0, -BEHIND_FADE, z);
}

/** Map a reference-frame point onto the body (W). */
export function warpPoint(profile: BodyProfile, p: Vec3): Vec3 {
  const k = bodyScale(profile);
  const ax = Math.abs(p[0]);
  const x = ax + sideways(profile, ax, p[1]);
  return [k * Math.sign(p[0]) * x, k * p[1], k * (p[2] + backwards(profile, p[1], p[2]))];
}

/**
 * The v with f(v) = 0 for an increasing f, starting at `v0`: Newton's method kept inside a
 * bracket [lo, hi] that shrinks each step.
 */
function solveIncreasing(f: (v: number) => number, v0: number, lo0: number, hi0: number): number {
  let lo = lo0;
  let hi = hi0;
  let v = v0;
  for (let it = 0; it < 60; it++) {
    const fv = f(v);
    if (Math.abs(fv) < 1e-10) break;
    if (fv > 0) hi = v;
    else lo = v;
    const h = 1e-6;
    const slope = (f(v + h) - f(v - h)) / (2 * h);
    let next = v - fv / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    v = next;
  }
  return v;
}

/**
 * Map a point of the body back to the reference frame (W⁻¹): exact in y; in x and z, the
 * monotone maps x ↦ x + d(x, y) and z ↦ z + e(y, z) solved numerically.
 */
export function unwarpPoint(profile: BodyProfile, q: Vec3): Vec3 {
  const k = bodyScale(profile);
  const y = q[1] / k;
  const zt = q[2] / k;
  // Both maps grow with their coordinate (tests/domain/body/warp.test.ts checks the Jacobian),
  // and the displacements are a few centimetres, so the answers lie within 0.2 m.
  const z = solveIncreasing((v) => v + backwards(profile, y, v) - zt, zt, zt - 0.2, zt + 0.2);
  const target = Math.abs(q[0]) / k;
  if (target === 0) return [0, y, z];
  const x = solveIncreasing(
    (v) => v + sideways(profile, v, y) - target,
    target,
    Math.max(0, target - 0.2),
    target + 0.2,
  );
  return [Math.sign(q[0]) * x, y, z];
}

/**
 * The Jacobian of W at a reference point, row-major 3×3 (∂W_i/∂p_j), by central differences.
 * The generator carries normals (by its inverse transpose) and fibre directions (by it) through
 * the warp.
 */
export function warpJacobian(profile: BodyProfile, p: Vec3): number[] {
  const h = 1e-5;
  const out = new Array<number>(9).fill(0);
  for (let j = 0; j < 3; j++) {
    const a: [number, number, number] = [p[0], p[1], p[2]];
    const b: [number, number, number] = [p[0], p[1], p[2]];
    a[j] = (p[j] as number) - h;
    b[j] = (p[j] as number) + h;
    const wa = warpPoint(profile, a);
    const wb = warpPoint(profile, b);
    for (let i = 0; i < 3; i++) out[3 * i + j] = ((wb[i] as number) - (wa[i] as number)) / (2 * h);
  }
  return out;
}
