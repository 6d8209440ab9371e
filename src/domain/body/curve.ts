/**
 * The uniform Catmull-Rom spline, shared by the body envelope (interpolating sections) and the
 * model generator (sweeping muscle paths).
 */

/** The value at t (0..1) of the Catmull-Rom span from p1 to p2, with neighbours p0 and p3. */
export function catmullRomValue(p0: number, p1: number, p2: number, p3: number, t: number): number {
  const t2 = t * t;
  const t3 = t2 * t;
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
}
