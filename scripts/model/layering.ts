/**
 * Layers overlapping muscles by depth. Two muscles built independently can end up with parts of
 * their surfaces on top of each other, facing the same way (two tendons in one sheath, a sheet
 * laid on the muscle under it); drawn, such surfaces z-fight, flickering through each other as the
 * camera moves. Here the deeper muscle of each such pair gives way: each of its vertices that lies
 * within `gap` of the shallower muscle's surface, on either side, facing the same way, is moved
 * under that surface by `gap`.
 */
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { Mesh } from './surfaceNets';

/** A muscle mesh and how deep it lies (larger is deeper; see `skinMargin`). */
export interface LayeredMesh {
  readonly mesh: Mesh;
  readonly depth: number;
}

interface Surface {
  readonly bvh: MeshBVH;
  readonly index: Uint32Array;
  readonly positions: Float32Array;
  readonly min: Vector3;
  readonly max: Vector3;
}

function surfaceOf(mesh: Mesh): Surface {
  const geometry = new BufferGeometry();
  // The BVH reorders the index it is given: hand it a copy, the mesh keeps its own.
  const index = new Uint32Array(mesh.indices);
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  geometry.setIndex(new BufferAttribute(index, 1));
  geometry.computeBoundingBox();
  const box = geometry.boundingBox as NonNullable<typeof geometry.boundingBox>;
  return { bvh: new MeshBVH(geometry), index, positions: mesh.positions, min: box.min, max: box.max };
}

function faceNormal(s: Surface, face: number, out: Vector3): Vector3 {
  const p = s.positions;
  const a = 3 * (s.index[3 * face] as number);
  const b = 3 * (s.index[3 * face + 1] as number);
  const c = 3 * (s.index[3 * face + 2] as number);
  const ux = (p[b] as number) - (p[a] as number);
  const uy = (p[b + 1] as number) - (p[a + 1] as number);
  const uz = (p[b + 2] as number) - (p[a + 2] as number);
  const vx = (p[c] as number) - (p[a] as number);
  const vy = (p[c + 1] as number) - (p[a + 1] as number);
  const vz = (p[c + 2] as number) - (p[a + 2] as number);
  return out.set(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx).normalize();
}

/**
 * Move the deeper muscle's vertices out from under the shallower one's surface wherever the two
 * lie on each other (within `gap`, normals within about 25° of each other). Muscles are taken
 * shallowest first; one of equal depth counts as deeper than the one listed before it. Returns how
 * many times a vertex moved. Deterministic: the same meshes give the same result.
 */
export function layerByDepth(muscles: readonly LayeredMesh[], gap = 0.001, rounds = 3): number {
  const order = muscles.map((m, i) => ({ ...m, i })).sort((a, b) => a.depth - b.depth || a.i - b.i);
  const surfaces: (Surface | undefined)[] = [];
  const p = new Vector3();
  const n = new Vector3();
  const fn = new Vector3();
  let moved = 0;
  // A vertex moved under one surface can come near another; a few rounds settle it.
  for (let round = 0; round < rounds; round++) {
    surfaces.length = 0;
    for (let k = 0; k < order.length; k++) {
      const deep = (order[k] as (typeof order)[number]).mesh;
      const pos = deep.positions;
      const nor = deep.normals;
      for (let j = 0; j < k; j++) {
        const shallow = order[j] as (typeof order)[number];
        surfaces[j] ??= surfaceOf(shallow.mesh);
        const s = surfaces[j] as Surface;
        for (let v = 0; v < pos.length; v += 3) {
          p.set(pos[v] as number, pos[v + 1] as number, pos[v + 2] as number);
          if (
            p.x < s.min.x - gap ||
            p.y < s.min.y - gap ||
            p.z < s.min.z - gap ||
            p.x > s.max.x + gap ||
            p.y > s.max.y + gap ||
            p.z > s.max.z + gap
          )
            continue;
          const hit = s.bvh.closestPointToPoint(p, undefined, 0, gap);
          if (!hit || hit.distance >= gap) continue;
          faceNormal(s, hit.faceIndex, fn);
          n.set(nor[v] as number, nor[v + 1] as number, nor[v + 2] as number);
          if (n.dot(fn) < 0.9) continue;
          // Signed height above the shallow surface; bring it to `gap` below.
          const h = p.clone().sub(hit.point).dot(fn);
          const push = h + gap;
          if (push <= 0) continue;
          pos[v] = p.x - fn.x * push;
          pos[v + 1] = p.y - fn.y * push;
          pos[v + 2] = p.z - fn.z * push;
          moved++;
        }
      }
    }
  }
  return moved;
}
