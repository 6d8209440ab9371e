/**
 * Every skin triangle faces out of the body. Mesh simplification can leave folds: a triangle
 * flipped over its neighbours, whose winding then says "inside" where the skin's outside is. Such
 * a triangle is culled or lit from the wrong side and shows as a dark notch or a hole.
 *
 * The outward direction at a triangle is the mean of its three stored vertex normals. The
 * generator takes those from the gradient of the body's distance field at each vertex (the lifted
 * surface's, through the warp, for the female body; blended from the corners of the triangle a
 * region border cuts), independently of how the surface was triangulated, so a fold cannot turn
 * them; and they are the normals the skin is shaded with, so a triangle that disagrees with them
 * is one that looks wrong. The distance field itself (`bodyDistance`) would not do: it describes
 * the reference body only (the female skin is not its zero set), and at a crease narrower than
 * the skin's grid (under the nose, between the toes) its gradient at a triangle's centre can point
 * along the surface. A triangle counts as facing inward when its geometric normal (from its
 * winding, after the file's quantisation) has a negative dot product with that mean.
 */

import { Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { faceCross } from '../../scripts/model/meshOps';
import { height } from '../../scripts/model/skin';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import { loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

/** Skin triangles allowed to face inward. */
const INWARD = 0;

/** Scratch vector for the triangles' geometric normals (`faceCross`). */
const face = new Vector3();

/** The triangles of a mesh whose winding disagrees with their vertex normals, by their centres. */
function inwardTriangles(m: ModelMesh): [number, number, number][] {
  const p = m.positions;
  const n = m.normals;
  if (!n) throw new Error(`${m.name} stores no normals`);
  const out: [number, number, number][] = [];
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => 3 * (m.indices[t + k] as number)) as [number, number, number];
    const f = faceCross(p, a, b, c, face);
    const dot =
      f.x * (n[a]! + n[b]! + n[c]!) +
      f.y * (n[a + 1]! + n[b + 1]! + n[c + 1]!) +
      f.z * (n[a + 2]! + n[b + 2]! + n[c + 2]!);
    if (dot < 0)
      out.push([
        (p[a]! + p[b]! + p[c]!) / 3,
        (p[a + 1]! + p[b + 1]! + p[c + 1]!) / 3,
        (p[a + 2]! + p[b + 2]! + p[c + 2]!) / 3,
      ]);
  }
  return out;
}

/**
 * The least height of a triangle, metres, below which the file's rounding (up to 0.023 mm a
 * vertex) could turn it over. His skin's region cuts leave no thinner piece; on her skin the warp
 * squeezed a small fan on the side of her left chest down to 0.013 mm (30 triangles under
 * 0.03 mm) until such needles lost their shortest edge after the warp (scripts/model/shortEdges.ts).
 */
const LEAST_HEIGHT = 0.00003;

/**
 * A corner whose stored normal faces against its triangle by more than this (cosine: 120°)
 * shades the triangle dark towards it. On the top of the helix, where the ear's plate thinned
 * below the skin's grid, corners on the rim's back carried the back's normal into triangles over
 * its front (cosines −0.53 to −0.72): a dark fleck on the ear.
 */
const AGAINST = -0.5;
/** The head and neck are checked for such corners: above this height (metres, both bodies). */
const ABOVE_SHOULDERS = 1.2;

/** The corners (as "mesh at x, y, z: cosine") of a mesh's triangles above `minY` whose normals face against the triangle. */
function cornersAgainst(m: ModelMesh, minY: number): string[] {
  const p = m.positions;
  const n = m.normals;
  if (!n) throw new Error(`${m.name} stores no normals`);
  const out: string[] = [];
  for (let t = 0; t < m.indices.length; t += 3) {
    const corners = [0, 1, 2].map((k) => 3 * (m.indices[t + k] as number)) as [number, number, number];
    const f = faceCross(p, ...corners, face);
    const length = f.length() || 1;
    for (const k of corners) {
      if (p[k + 1]! < minY) continue;
      const cos = (f.x * n[k]! + f.y * n[k + 1]! + f.z * n[k + 2]!) / length;
      if (cos < AGAINST)
        out.push(
          `${m.name} at (${[p[k]!, p[k + 1]!, p[k + 2]!].map((x) => x.toFixed(3)).join(', ')}): ${cos.toFixed(2)}`,
        );
    }
  }
  return out;
}

describe.each(BODY_IDS)('the skin of the %s body', (body) => {
  let regions: ModelMesh[] = [];
  beforeAll(async () => {
    regions = (await loadModel(MODEL_PATHS[body])).filter((m) => m.extras.kind === 'region');
  }, 60000);

  it('finds a triangle wound the wrong way (the check can fail)', () => {
    const m = regions[0] as ModelMesh;
    const indices = Uint32Array.from(m.indices);
    [indices[1], indices[2]] = [indices[2] as number, indices[1] as number];
    expect(inwardTriangles({ ...m, indices }).length).toBeGreaterThan(inwardTriangles(m).length);
  });

  it('faces outward everywhere: no triangle wound against its vertex normals', () => {
    const found: string[] = [];
    for (const m of regions) {
      for (const c of inwardTriangles(m)) found.push(`${m.name} at (${c.map((x) => x.toFixed(3)).join(', ')})`);
    }
    console.log(`${body}: ${found.length} skin triangles face inward`);
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(INWARD);
  });

  it('shades the head and ears without flecks: no corner normal faces against its triangle by over 120°', () => {
    const found = regions.flatMap((m) => cornersAgainst(m, ABOVE_SHOULDERS));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('finds a corner normal turned against its triangle (the check can fail)', () => {
    const m = regions.find((r) => r.name.startsWith('skin_temple')) as ModelMesh;
    const normals = Float32Array.from(m.normals ?? []).map((x) => -x);
    expect(cornersAgainst({ ...m, normals }, ABOVE_SHOULDERS).length).toBeGreaterThan(0);
  });

  it('has no needle the rounding could turn over: every triangle at least 0.03 mm high', () => {
    const thin: string[] = [];
    for (const m of regions) {
      for (let t = 0; t < m.indices.length; t += 3)
        if (height(m, t) < LEAST_HEIGHT) thin.push(`${m.name}, triangle ${t / 3}`);
    }
    expect(thin).toEqual([]);
  });
});
