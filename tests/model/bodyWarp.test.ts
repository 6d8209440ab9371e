/**
 * The female skin's refinement under the breast contour: it splits triangles without opening a
 * crack, inside one mesh and across the seam between two region meshes.
 */
import { describe, expect, it } from 'vitest';
import { refineForBreast } from '../../scripts/model/bodyWarp';
import { compact, edgeCheck } from '../../scripts/model/meshOps';
import type { Mesh } from '../../scripts/model/surfaceNets';
import { BODY_PROFILES } from '../../src/domain/body/profiles';

const F = BODY_PROFILES.female;

/** A closed UV sphere around the left breast's centre, half inside the contour's reach. */
function sphere(): Mesh {
  const [cx, cy] = F.breast?.centre ?? [0, 0];
  const pos: number[] = [];
  const nor: number[] = [];
  const rings = 12;
  const segs = 16;
  pos.push(cx, cy + 0.12, 0.05);
  nor.push(0, 1, 0);
  for (let r = 1; r < rings; r++) {
    const th = (Math.PI * r) / rings;
    for (let s = 0; s < segs; s++) {
      const ph = (2 * Math.PI * s) / segs;
      const n = [Math.sin(th) * Math.cos(ph), Math.cos(th), Math.sin(th) * Math.sin(ph)] as const;
      pos.push(cx + 0.12 * n[0], cy + 0.12 * n[1], 0.05 + 0.12 * n[2]);
      nor.push(...n);
    }
  }
  pos.push(cx, cy - 0.12, 0.05);
  nor.push(0, -1, 0);
  const idx: number[] = [];
  const ring = (r: number, s: number) => 1 + (r - 1) * segs + (s % segs);
  const bottom = 1 + (rings - 1) * segs;
  for (let s = 0; s < segs; s++) {
    idx.push(0, ring(1, s + 1), ring(1, s));
    for (let r = 1; r + 1 < rings; r++) {
      idx.push(ring(r, s), ring(r, s + 1), ring(r + 1, s + 1), ring(r, s), ring(r + 1, s + 1), ring(r + 1, s));
    }
    idx.push(bottom, ring(rings - 1, s), ring(rings - 1, s + 1));
  }
  return { positions: new Float32Array(pos), normals: new Float32Array(nor), indices: new Uint32Array(idx) };
}

function area(m: Mesh): number {
  let a = 0;
  const P = m.positions;
  for (let t = 0; t < m.indices.length; t += 3) {
    const [i, j, k] = [0, 1, 2].map((e) => 3 * (m.indices[t + e] as number)) as [number, number, number];
    const u = [0, 1, 2].map((c) => (P[j + c] as number) - (P[i + c] as number));
    const v = [0, 1, 2].map((c) => (P[k + c] as number) - (P[i + c] as number));
    a += Math.hypot(u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!) / 2;
  }
  return a;
}

/** Join meshes into one, merging vertices at the same position (as the drawn seams are). */
function weld(meshes: readonly Mesh[]): number[] {
  const ids = new Map<string, number>();
  const out: number[] = [];
  for (const m of meshes) {
    for (const i of m.indices) {
      const k = `${m.positions[3 * i]},${m.positions[3 * i + 1]},${m.positions[3 * i + 2]}`;
      if (!ids.has(k)) ids.set(k, ids.size);
      out.push(ids.get(k) as number);
    }
  }
  return out;
}

describe('refineForBreast', () => {
  it('splits the triangles under the contour into a closed mesh of the same surface', () => {
    const before = sphere();
    let after = before;
    for (let level = 0; level < 2; level++) after = refineForBreast(F, after);
    expect(after.indices.length).toBeGreaterThan(before.indices.length * 2);
    expect(edgeCheck(after.indices).unmatched).toBe(0);
    expect(area(after)).toBeCloseTo(area(before), 9);
  });

  it('opens no crack at a seam between two meshes refined apart', () => {
    const whole = sphere();
    const half = whole.indices.length / 2 - ((whole.indices.length / 2) % 3);
    const parts = [whole.indices.slice(0, half), whole.indices.slice(half)].map((indices) => {
      let m = compact({ ...whole, indices: new Uint32Array(indices) });
      for (let level = 0; level < 2; level++) m = refineForBreast(F, m);
      return m;
    });
    expect(edgeCheck(weld(parts)).unmatched).toBe(0);
  });

  it('leaves a mesh away from the contour as it is', () => {
    const far = sphere();
    for (let i = 1; i < far.positions.length; i += 3) far.positions[i] = (far.positions[i] as number) - 0.6;
    expect(refineForBreast(F, far).indices).toEqual(far.indices);
  });
});
