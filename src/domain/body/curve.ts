/**
 * Curves shared by the body (envelope, warp, breast contour) and the model generator: the uniform
 * Catmull-Rom spline (interpolating sections, sweeping muscle paths) and the smoothstep ramp.
 */

/** 0 below e0, 1 above e1, and the cubic ramp 3t² − 2t³ between (e1 < e0 ramps down). */
export function smoothstep(e0: number, e1: number, v: number): number {
  const t = Math.min(1, Math.max(0, (v - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

/** The value at t (0..1) of the Catmull-Rom span from p1 to p2, with neighbours p0 and p3. */
export function catmullRomValue(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
}
