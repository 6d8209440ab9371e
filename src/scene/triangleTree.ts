/**
 * A bounding-volume hierarchy over an indexed triangle geometry that answers rays and nothing
 * else. It is three-mesh-bvh's own tree (its `GeometryBVH` base builds and packs the nodes) with
 * the library's own ray casts; unlike `MeshBVH` it does not bring the shape casts, closest-point,
 * geometry-intersection and refit queries the app never asks (issue 13: JavaScript size).
 */
import type { BufferGeometry, Intersection, Ray, Side } from 'three';
import { GeometryBVH } from 'three-mesh-bvh';
import { raycast } from 'three-mesh-bvh/src/core/cast/raycast.generated.js';
import { raycastFirst } from 'three-mesh-bvh/src/core/cast/raycastFirst.generated.js';

/** The library's packed roots, read by its ray casts (one per group range of the geometry). */
interface PackedRoots {
  readonly _roots: readonly ArrayBuffer[];
}

export class TriangleTree extends GeometryBVH {
  /** Built over `geometry` now: indexed, with plain (not interleaved, not normalised) positions. */
  constructor(geometry: BufferGeometry) {
    const pos = geometry.attributes.position;
    if (!geometry.index || !pos || 'isInterleavedBufferAttribute' in pos || pos.normalized || pos.itemSize !== 3)
      throw new Error('TriangleTree: an indexed geometry with plain xyz positions is needed.');
    super(geometry);
  }

  /** Three indices per triangle in the index buffer that the tree sorts. */
  get primitiveStride(): number {
    return 3;
  }

  /** Bounds of triangle `i` as [min x, y, z, max x, y, z] at `at`: what the library builds on. */
  writePrimitiveBounds(i: number, target: Float32Array | number[], at: number): Float32Array | number[] {
    const index = this.geometry.index!.array;
    const pos = this.geometry.attributes.position!.array;
    const a = 3 * index[3 * i]!;
    const b = 3 * index[3 * i + 1]!;
    const c = 3 * index[3 * i + 2]!;
    for (let axis = 0; axis < 3; axis++) {
      const pa = pos[a + axis]!;
      const pb = pos[b + axis]!;
      const pc = pos[c + axis]!;
      target[at + axis] = Math.min(pa, pb, pc);
      target[at + axis + 3] = Math.max(pa, pb, pc);
    }
    return target;
  }

  /** Every triangle the ray crosses between `near` and `far` (local space, in no order). */
  raycast(ray: Ray, side: Side, near = 0, far = Number.POSITIVE_INFINITY): Intersection[] {
    const hits: Intersection[] = [];
    const roots = (this as unknown as PackedRoots)._roots;
    for (let r = 0; r < roots.length; r++) raycast(this, r, side, ray, hits, near, far);
    return hits;
  }

  /** The nearest triangle the ray crosses between `near` and `far`, or null. */
  raycastFirst(ray: Ray, side: Side, near = 0, far = Number.POSITIVE_INFINITY): Intersection | null {
    let best: Intersection | null = null;
    const roots = (this as unknown as PackedRoots)._roots;
    for (let r = 0; r < roots.length; r++) {
      const hit = raycastFirst(this, r, side, ray, near, far);
      if (hit && (!best || hit.distance < best.distance)) best = hit;
    }
    return best;
  }
}
