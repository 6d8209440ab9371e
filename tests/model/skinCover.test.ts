/**
 * The opaque skin hides every muscle and bone: no muscle or bone vertex, and no middle of one of
 * their triangles' edges, lies outside the skin *mesh* as the app draws it (the simplified
 * triangles, not the smooth body the generator measures against), the armpit and groin included:
 * a long edge across a fold of the skin can leave the body while both its ends are inside. Inside
 * or outside is decided by counting the skin's triangles a ray from the vertex crosses, along
 * three directions, by majority.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import { loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

describe.each(BODY_IDS)('the %s body', (body) => {
  let meshes: ModelMesh[] = [];
  let skin: MeshBVH;
  beforeAll(async () => {
    meshes = await loadModel(MODEL_PATHS[body]);
    const regions = meshes.filter((m) => m.extras.kind === 'region');
    const count = regions.reduce((n, m) => n + m.positions.length / 3, 0);
    const positions = new Float32Array(count * 3);
    const indices: number[] = [];
    let base = 0;
    for (const m of regions) {
      positions.set(m.positions, base * 3);
      for (const i of m.indices) indices.push(i + base);
      base += m.positions.length / 3;
    }
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(positions, 3));
    geometry.setIndex(indices);
    skin = new MeshBVH(geometry);
  }, 60000);

  const DIRECTIONS = [new Vector3(0.31, 0.87, 0.38), new Vector3(-0.6, -0.2, 0.77), new Vector3(0.1, -0.5, -0.86)].map(
    (d) => d.normalize(),
  );

  /** Whether a point is inside the closed skin (odd crossings along most of three rays). */
  function insideSkin(p: Vector3): boolean {
    let votes = 0;
    for (const d of DIRECTIONS) {
      const hits = skin.raycast(new Ray(p, d), DoubleSide);
      if (hits.length % 2 === 1) votes++;
    }
    return votes >= 2;
  }

  describe('the skin covers the muscles and the bones', () => {
    it('a point inside the body is inside the skin mesh, a point in front of it is not', () => {
      expect(insideSkin(new Vector3(0, 1.2, 0))).toBe(true);
      expect(insideSkin(new Vector3(0, 1.2, 0.5))).toBe(false);
      expect(insideSkin(new Vector3(0.5, 1.2, 0))).toBe(false);
    });

    /** The vertices and edge middles of each left or midline part of a kind outside the skin, by part. */
    function outsideParts(kind: 'muscle' | 'bone'): Record<string, number> {
      const outside = new Map<string, number>();
      const p = new Vector3();
      const q = new Vector3();
      // The right side mirrors the left (a model test checks it), so the left and midline suffice.
      for (const m of meshes.filter((x) => x.extras.kind === kind && x.extras.side !== 'right')) {
        const at = (v: number, out: Vector3) =>
          out.set(m.positions[3 * v] as number, m.positions[3 * v + 1] as number, m.positions[3 * v + 2] as number);
        for (let v = 0; v < m.positions.length / 3; v++) {
          if (!insideSkin(at(v, p))) outside.set(m.name, (outside.get(m.name) ?? 0) + 1);
        }
        for (let t = 0; t < m.indices.length; t += 3) {
          for (let e = 0; e < 3; e++) {
            at(m.indices[t + e] as number, p);
            at(m.indices[t + ((e + 1) % 3)] as number, q);
            if (!insideSkin(p.add(q).multiplyScalar(0.5))) outside.set(m.name, (outside.get(m.name) ?? 0) + 1);
          }
        }
      }
      return Object.fromEntries(outside);
    }

    it('no muscle vertex or edge lies outside the skin as drawn', () => {
      expect(outsideParts('muscle')).toEqual({});
    });

    // The drawn face is carved deeper round the eyes than the smooth body the bones were first
    // fitted to: the cheekbone and the orbit's lateral rim stood 4.6 mm out of it (95 vertices).
    it('no bone vertex or edge lies outside the skin as drawn', () => {
      expect(outsideParts('bone')).toEqual({});
    });
  });
});
