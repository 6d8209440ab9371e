/** Small vector helpers for the model generator (plain tuples, no allocation tricks). */
import { catmullRomValue } from '../../src/domain/body/curve';
import type { Vec3 } from '../../src/domain/types';

export type { Vec3 };

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return l < 1e-12 ? [0, 0, 0] : [a[0] / l, a[1] / l, a[2] / l];
};
export const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const dist = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];

/** Centripetal-free (uniform) Catmull-Rom through points, sampled `perSpan` times per span. */
export function catmullRom(points: readonly Vec3[], perSpan: number): Vec3[] {
  if (points.length < 2) return [...points];
  const out: Vec3[] = [];
  const p = (i: number): Vec3 => {
    if (i < 0) return sub(scale(points[0] as Vec3, 2), points[1] as Vec3);
    if (i >= points.length) {
      const n = points.length;
      return sub(scale(points[n - 1] as Vec3, 2), points[n - 2] as Vec3);
    }
    return points[i] as Vec3;
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = p(i - 1);
    const p1 = p(i);
    const p2 = p(i + 1);
    const p3 = p(i + 2);
    for (let s = 0; s < perSpan; s++) {
      const t = s / perSpan;
      const c = (k: 0 | 1 | 2) => catmullRomValue(p0[k], p1[k], p2[k], p3[k], t);
      out.push([c(0), c(1), c(2)]);
    }
  }
  out.push(points[points.length - 1] as Vec3);
  return out;
}

/** Cumulative arc length of a polyline, normalised to 0..1. */
export function arcParams(points: readonly Vec3[]): number[] {
  const acc = [0];
  for (let i = 1; i < points.length; i++)
    acc.push((acc[i - 1] as number) + dist(points[i - 1] as Vec3, points[i] as Vec3));
  const total = acc[acc.length - 1] || 1;
  return acc.map((a) => a / total);
}
