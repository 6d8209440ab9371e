import { describe, expect, it } from 'vitest';
import { collapseShortEdges } from '../../scripts/model/shortEdges';
import { height } from '../../scripts/model/skin';
import type { Mesh } from '../../scripts/model/surfaceNets';

/** A flat mesh facing +z from points (x, y) and triangles. */
function flat(points: readonly [number, number][], tris: readonly number[]): Mesh {
  return {
    positions: new Float32Array(points.flatMap(([x, y]) => [x, y, 0])),
    normals: new Float32Array(points.flatMap(() => [0, 0, 1])),
    indices: new Uint32Array(tris),
  };
}

/**
 * A square fan round a centre vertex that has a twin 0.02 mm beside it (the short edge), and a
 * second mesh sharing the square's right edge.
 */
function fan(dx: number): Mesh[] {
  const p: [number, number][] = [
    [0.01, 0],
    [0.02, 0],
    [0.02, 0.01],
    [0.01, 0.01],
    [0.015, 0.005],
    [0.01502, 0.005],
  ].map(([x, y]) => [x! + dx, y!]);
  const a = flat(p, [0, 1, 5, 1, 2, 5, 2, 3, 4, 3, 0, 4, 0, 5, 4, 2, 4, 5]);
  const b = flat([p[1]!, [0.03 + dx, 0.005], p[2]!], [0, 1, 2]);
  return [a, b];
}

/** The shortest edge of a mesh, metres. */
function shortest(m: Mesh): number {
  let best = Infinity;
  const p = m.positions;
  for (let t = 0; t < m.indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = 3 * m.indices[t + k]!;
      const b = 3 * m.indices[t + ((k + 1) % 3)]!;
      best = Math.min(best, Math.hypot(p[a]! - p[b]!, p[a + 1]! - p[b + 1]!, p[a + 2]! - p[b + 2]!));
    }
  }
  return best;
}

/** The z of each triangle's normal (all +z if none turned over). */
function facings(m: Mesh): number[] {
  const p = m.positions;
  const out: number[] = [];
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => 3 * m.indices[t + k]!) as [number, number, number];
    out.push((p[b]! - p[a]!) * (p[c + 1]! - p[a + 1]!) - (p[b + 1]! - p[a + 1]!) * (p[c]! - p[a]!));
  }
  return out;
}

describe('collapsing short skin edges', () => {
  it('collapses an edge under the limit, drops the two triangles on it and keeps the rest facing out', () => {
    const { meshes, collapsed } = collapseShortEdges(fan(0), [true, true], 0.00005);
    expect(collapsed).toBe(1);
    const [a, b] = meshes as [Mesh, Mesh];
    expect(a.indices.length / 3).toBe(4);
    expect(a.positions.length / 3).toBe(5);
    expect(shortest(a)).toBeGreaterThan(0.004);
    for (const f of facings(a)) expect(f).toBeGreaterThan(0);
    // The other mesh, across the shared edge, is untouched.
    expect(Array.from(b.positions)).toEqual(Array.from(fan(0)[1]!.positions));
  });

  it('leaves edges at or over the limit alone', () => {
    const { meshes, collapsed } = collapseShortEdges(fan(0), [true, true], 0.00001);
    expect(collapsed).toBe(0);
    expect(meshes[0]!.indices.length / 3).toBe(6);
  });

  it('takes the short edge off a needle triangle thinner than the least height', () => {
    // A square with a vertex 0.03 mm over its bottom edge, 0.4 mm from its corner: the triangle
    // on the bottom edge is a needle 10 mm long and 0.03 mm high.
    const needle = flat(
      [
        [0, 0],
        [0.01, 0],
        [0.01, 0.01],
        [0, 0.01],
        [0.0096, 0.00003],
      ],
      [0, 1, 4, 1, 2, 4, 2, 3, 4, 3, 0, 4],
    );
    const kept = collapseShortEdges([needle], [true], 0.00005, 0);
    expect(kept.collapsed).toBe(0);
    const { meshes, collapsed } = collapseShortEdges([needle], [true], 0.00005, 0.00005);
    expect(collapsed).toBe(1);
    const [m] = meshes as [Mesh];
    expect(m.indices.length / 3).toBe(2);
    for (let t = 0; t < m.indices.length; t += 3) expect(height(m, t)).toBeGreaterThan(0.004);
    for (const f of facings(m)) expect(f).toBeGreaterThan(0);
  });

  it('never moves a vertex off the midline, where the mirrored side shares it', () => {
    // The centre vertex on x = 0, its twin 0.02 mm to the left side of it.
    const { meshes, collapsed } = collapseShortEdges(fan(-0.015), [true, true], 0.00005);
    expect(collapsed).toBe(1);
    const xs = Array.from(meshes[0]!.positions).filter((_, i) => i % 3 === 0);
    expect(xs).toContain(0);
    expect(xs.some((x) => x > 0 && x < 0.0001)).toBe(false);
  });
});
