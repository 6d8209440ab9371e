/**
 * A smooth function of one variable given by a table of knots: the piecewise cubic Hermite curve
 * through them with centred-difference slopes (C1), constant beyond the first and last knot.
 */

/** One knot: the argument and the value there. */
export type Knot = readonly [at: number, value: number];

/** The value of the smooth curve through `knots` (sorted by argument, at least two) at `t`. */
export function smoothTable(knots: readonly Knot[], t: number): number {
  const n = knots.length;
  const first = knots[0] as Knot;
  const last = knots[n - 1] as Knot;
  if (t <= first[0]) return first[1];
  if (t >= last[0]) return last[1];
  let i = 0;
  while (i + 2 < n && t > (knots[i + 1] as Knot)[0]) i++;
  const [t0, v0] = knots[i] as Knot;
  const [t1, v1] = knots[i + 1] as Knot;
  const h = t1 - t0;
  const slope = (k: number): number => {
    // Flat at the ends, so the curve meets the constant continuation smoothly.
    if (k === 0 || k === n - 1) return 0;
    const [ta, va] = knots[k - 1] as Knot;
    const [tb, vb] = knots[k + 1] as Knot;
    return (vb - va) / (tb - ta);
  };
  const m0 = slope(i) * h;
  const m1 = slope(i + 1) * h;
  const u = (t - t0) / h;
  const u2 = u * u;
  const u3 = u2 * u;
  return (2 * u3 - 3 * u2 + 1) * v0 + (u3 - 2 * u2 + u) * m0 + (-2 * u3 + 3 * u2) * v1 + (u3 - u2) * m1;
}
