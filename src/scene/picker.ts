/**
 * Picking: which part of the body a ray hits, accelerated by a bounding-volume hierarchy
 * (three-mesh-bvh's tree, ray casts only: triangleTree.ts) over each merged kind. The hierarchies are built on first use.
 */
import { DoubleSide, type Ray, type Vector3 } from 'three';
import type { MergedKind, MergedKinds, Part, PartKind } from './anatomyParts';
import { TriangleTree } from './triangleTree';

/** A part hit by a ray, typed by its kind. */
export interface PickHit<K extends PartKind = PartKind> {
  readonly part: Part<K>;
  readonly point: Vector3;
  readonly distance: number;
}

export class Picker {
  private readonly trees = new Map<PartKind, TriangleTree>();

  constructor(private readonly kinds: MergedKinds) {}

  /** Build the hierarchy of a kind now (otherwise it is built on the first pick). */
  prepare(kind: PartKind): void {
    this.tree(kind);
  }

  private tree(kind: PartKind): TriangleTree | undefined {
    let t = this.trees.get(kind);
    if (!t) {
      const merged = this.kinds[kind];
      if (!merged) return undefined;
      t = new TriangleTree(merged.pickGeometry);
      this.trees.set(kind, t);
    }
    return t;
  }

  private partOf<K extends PartKind>(kind: MergedKind<K>, faceIndex: number): Part<K> {
    const idx = kind.pickGeometry.index!.array;
    const vertex = idx[faceIndex * 3]!;
    return kind.parts[kind.vertexPart[vertex]!]!;
  }

  /** The nearest part of a kind along the ray (world space), or null. */
  first<K extends PartKind>(ray: Ray, kind: K): PickHit<K> | null {
    const t = this.tree(kind);
    const merged = this.kinds[kind] as MergedKind<K> | undefined;
    if (!t || !merged) return null;
    const hit = t.raycastFirst(ray, DoubleSide);
    if (!hit || hit.faceIndex == null) return null;
    return { part: this.partOf(merged, hit.faceIndex), point: hit.point, distance: hit.distance };
  }

  /** The nearest part of a kind along the ray that passes `accept`, or null. */
  firstWhere<K extends PartKind>(ray: Ray, kind: K, accept: (part: Part<K>) => boolean): PickHit<K> | null {
    const t = this.tree(kind);
    const merged = this.kinds[kind] as MergedKind<K> | undefined;
    if (!t || !merged) return null;
    let best: PickHit<K> | null = null;
    for (const hit of t.raycast(ray, DoubleSide)) {
      if (hit.faceIndex == null) continue;
      if (best && hit.distance >= best.distance) continue;
      const part = this.partOf(merged, hit.faceIndex);
      if (accept(part)) best = { part, point: hit.point, distance: hit.distance };
    }
    return best;
  }
}
