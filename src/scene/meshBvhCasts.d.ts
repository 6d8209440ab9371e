/**
 * Types for the two ray casts of three-mesh-bvh that `triangleTree.ts` imports from the package's
 * exported `src/*` files, which ship without declarations. `root` is the index of a packed root.
 */
declare module 'three-mesh-bvh/src/core/cast/raycast.generated.js' {
  import type { Intersection, Ray, Side } from 'three';
  import type { GeometryBVH } from 'three-mesh-bvh';
  export function raycast(
    bvh: GeometryBVH,
    root: number,
    side: Side,
    ray: Ray,
    hits: Intersection[],
    near: number,
    far: number,
  ): void;
}

declare module 'three-mesh-bvh/src/core/cast/raycastFirst.generated.js' {
  import type { Intersection, Ray, Side } from 'three';
  import type { GeometryBVH } from 'three-mesh-bvh';
  export function raycastFirst(
    bvh: GeometryBVH,
    root: number,
    side: Side,
    ray: Ray,
    near: number,
    far: number,
  ): Intersection | null;
}
