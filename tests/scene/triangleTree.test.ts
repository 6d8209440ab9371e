/**
 * The ray-only tree gives the same answers as casting the ray against every triangle: the nearest
 * hit (triangle and distance) and the set of all hits, from both sides of the surface.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, FrontSide, Ray, Triangle, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { TriangleTree } from '../../src/scene/triangleTree';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A soup of small triangles in a unit box, indexed, 3 vertices each. */
function soup(count: number, rnd: () => number): BufferGeometry {
  const pos = new Float32Array(count * 9);
  for (let t = 0; t < count; t++) {
    const c = [rnd(), rnd(), rnd()];
    for (let v = 0; v < 3; v++) for (let k = 0; k < 3; k++) pos[9 * t + 3 * v + k] = c[k]! + (rnd() - 0.5) * 0.25;
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setIndex(
    new BufferAttribute(
      Uint32Array.from({ length: count * 3 }, (_, i) => i),
      1,
    ),
  );
  return g;
}

/**
 * Every triangle the ray crosses, by brute force: triangle → distance. Triangles are read through
 * the index, which the tree reorders when it is built (as the picker does).
 */
function bruteHits(g: BufferGeometry, ray: Ray, side: typeof FrontSide | typeof DoubleSide): Map<number, number> {
  const pos = g.attributes.position!;
  const idx = g.index!.array;
  const out = new Map<number, number>();
  const tri = new Triangle();
  const hit = new Vector3();
  for (let t = 0; t < pos.count / 3; t++) {
    tri.setFromAttributeAndIndices(pos, idx[3 * t]!, idx[3 * t + 1]!, idx[3 * t + 2]!);
    if (ray.intersectTriangle(tri.a, tri.b, tri.c, side === FrontSide, hit)) out.set(t, hit.distanceTo(ray.origin));
  }
  return out;
}

describe('TriangleTree', () => {
  const rnd = random(7);
  const geometry = soup(600, rnd);
  const tree = new TriangleTree(geometry);
  const rays = Array.from({ length: 150 }, () => {
    const o = new Vector3(rnd() * 3 - 1, rnd() * 3 - 1, rnd() * 3 - 1);
    const to = new Vector3(rnd(), rnd(), rnd());
    return new Ray(o, to.sub(o).normalize());
  });

  it.each([
    ['double', DoubleSide],
    ['front', FrontSide],
  ] as const)('finds the nearest hit and every hit as brute force does (%s side)', (_, side) => {
    let hitRays = 0;
    for (const ray of rays) {
      const expected = bruteHits(geometry, ray, side);
      const all = tree.raycast(ray, side);
      expect(new Set(all.map((h) => h.faceIndex))).toEqual(new Set(expected.keys()));
      const first = tree.raycastFirst(ray, side);
      if (expected.size === 0) {
        expect(first).toBeNull();
        continue;
      }
      hitRays++;
      const nearest = Math.min(...expected.values());
      expect(first!.distance).toBeCloseTo(nearest, 6);
      expect(expected.get(first!.faceIndex!)).toBeCloseTo(nearest, 6);
    }
    // The case is not vacuous: rays aim into the soup, and most hit something.
    expect(hitRays).toBeGreaterThan(rays.length / 2);
  });

  it('refuses a geometry it cannot read', () => {
    const loose = soup(4, random(1));
    loose.setIndex(null);
    expect(() => new TriangleTree(loose)).toThrow(/indexed geometry/);
  });
});
