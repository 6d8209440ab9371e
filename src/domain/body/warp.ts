/**
 * The warp of a body: a smooth, mirror-symmetric, invertible map W from the reference (male)
 * frame onto a body's own frame, made from its profile (profiles.ts). The model generator moves
 * every vertex of the reference model through W; `regionAt` maps a point of the body back
 * through W⁻¹ and asks the reference envelope, so both agree by construction.
 *
 * W(x, y, z) = k · (x + d(x, y), y, z), with k = stature / reference stature and d the sideways
 * displacement: for the trunk and legs a width change x·a(y) plus a shift b(y)·tanh(x / w), for
 * the arms a shift c(y), blended by distance from the midline. d is odd in x, so W is mirror
 * symmetric; W only moves points sideways within a height and scales, so it is inverted one
 * coordinate at a time.
 */
import type { Vec3 } from '../types';
import type { BodyProfile } from './profiles';
import { REFERENCE_STATURE } from './profiles';
import { smoothTable } from './smoothTable';

/** Width of the midline blend of the trunk shift `b(y)·tanh(x / w)`, metres. */
const SHIFT_WIDTH = 0.04;

function smoothstep(e0: number, e1: number, v: number): number {
  const t = Math.min(1, Math.max(0, (v - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

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

/** Map a reference-frame point onto the body (W). */
export function warpPoint(profile: BodyProfile, p: Vec3): Vec3 {
  const k = bodyScale(profile);
  const ax = Math.abs(p[0]);
  const x = ax + sideways(profile, ax, p[1]);
  return [k * Math.sign(p[0]) * x, k * p[1], k * p[2]];
}

/**
 * Map a point of the body back to the reference frame (W⁻¹): exact in y and z; in x, Newton's
 * method on the monotone map x ↦ x + d(x, y), kept inside a bracket that shrinks each step.
 */
export function unwarpPoint(profile: BodyProfile, q: Vec3): Vec3 {
  const k = bodyScale(profile);
  const y = q[1] / k;
  const z = q[2] / k;
  const target = Math.abs(q[0]) / k;
  if (target === 0) return [0, y, z];
  const f = (x: number) => x + sideways(profile, x, y) - target;
  // x + d(x) grows with x (tests/domain/body/warp.test.ts checks the slope stays positive), and
  // |d| is a few centimetres, so the answer lies within 0.2 m of the target.
  let lo = Math.max(0, target - 0.2);
  let hi = target + 0.2;
  let x = target;
  for (let it = 0; it < 60; it++) {
    const fx = f(x);
    if (Math.abs(fx) < 1e-10) break;
    if (fx > 0) hi = x;
    else lo = x;
    const h = 1e-6;
    const slope = (f(x + h) - f(x - h)) / (2 * h);
    let next = x - fx / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    x = next;
  }
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
