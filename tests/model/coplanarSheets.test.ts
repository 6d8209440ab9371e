/**
 * Overlapping muscle sheets are layered by depth, never coplanar: a triangle of one muscle that
 * lies within 0.5 mm of another muscle's surface and parallel to it would z-fight with it (the
 * two flicker through each other as the camera moves). Muscles touching face to face (their
 * normals opposed) are not a problem: the contact is hidden. A few such triangles where two muscles
 * meet at an attachment are tolerated; a patch of them is not.
 */
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import { loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

/** Closer than this, and parallel, two surfaces z-fight. */
const NEAR = 0.0005;
/**
 * Cosine of the angle between the two faces above which they count as parallel and facing the same
 * way (two muscles touching face to face, normals opposed, hide their contact from every view).
 */
const PARALLEL = 0.9;
/**
 * Triangles of one muscle allowed to lie on another. Since the generator's layering ends with a
 * pass on the triangles themselves (`clearFaces` in scripts/model/layering.ts), his file has 27
 * such triangles over 21 pairs, at most 3 in one, and hers 31 over 23, at most 4 (300 over 155
 * pairs and 321 over 164 before, up to 6 in a pair, where a rounding of the file turned a pair
 * over the limit). It may only get lower.
 */
const FEW = 4;

/**
 * Pairs still over FEW after the generator's layering (scripts/model/layering.ts), with the count
 * measured when this list was last tightened. An entry may only get better (it is lowered to what
 * the model measures, and goes once its pair is down to FEW). The list is empty: every pair that was
 * on it was fixed by laying the two muscles apart in the layouts, as the plates show them. The
 * fibular tendons behind the malleolus; the flexor pollicis longus past the short flexor's
 * insertion; the long finger flexors at the knuckles (the superficial flexor's tendons on the
 * palmar side of the deep flexor's up to their split); and six lower-limb pairs (his count before
 * -> after, hers in brackets): the vastus medialis's origin in front of the adductor longus's
 * insertion (11 -> 0 [11 -> 0]); the semimembranosus deep to the semitendinosus (7 -> 1
 * [6 -> 3]); the soleus's lower fibres deeper under the gastrocnemius's tendon (7 -> 5 [7 -> 6]);
 * the fibularis brevis against the fibula under the longus (7 -> 2 [5 -> 2]); the flexor hallucis
 * longus deep to the soleus on the back of the fibula (12 -> 0 [10 -> 0]); the short toe flexor
 * plantar to the long flexor's tendons (13 -> 1 [13 -> 1]).
 */
const KNOWN: readonly (readonly [string, string, number])[] = [];

/**
 * The female body's muscles are the male ones moved onto a smaller frame and layered again
 * (scripts/model/bodyWarp.ts): the same pairs lie on each other there. Her counts where they
 * differ from his, as measured when this list was last tightened, read before the male list; they
 * too may only get better. It is empty since the long finger flexors were laid apart (her
 * superficial on the deep flexor was 12). The upper back has no entry left on either
 * body since its muscles are laid out by depth as a plate shows them (the trapezius's origin a
 * sheet to the midline, the rhomboids over the erector spinae, which lies on the rib angles, the
 * iliocostalis cervicis beside the longissimus to its own tubercles): her rhomboid major on the
 * iliocostalis went 7 -> 0, his iliocostalis on the longissimus 9 -> 2 and the splenius capitis
 * on the middle trapezius 9 -> 0 on both.
 */
const KNOWN_FEMALE: readonly (readonly [string, string, number])[] = [];

interface Muscle {
  mesh: ModelMesh;
  bvh: MeshBVH;
  min: Vector3;
  max: Vector3;
}

describe.each(BODY_IDS)('overlapping muscle sheets of the %s body', (body) => {
  let muscles: Muscle[] = [];
  beforeAll(async () => {
    const meshes = await loadModel(MODEL_PATHS[body]);
    // The right side mirrors the left (checked by another model test): the left and midline suffice.
    muscles = meshes
      .filter((m) => m.extras.kind === 'muscle' && m.extras.side !== 'right')
      .map((mesh) => {
        const geometry = new BufferGeometry();
        geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
        geometry.setIndex(new BufferAttribute(mesh.indices, 1));
        geometry.computeBoundingBox();
        const box = geometry.boundingBox!;
        return { mesh, bvh: new MeshBVH(geometry), min: box.min.clone(), max: box.max.clone() };
      });
  }, 60000);

  function faceNormal(m: ModelMesh, face: number, out: Vector3): Vector3 {
    const p = m.positions;
    const [a, b, c] = [0, 1, 2].map((k) => 3 * (m.indices[3 * face + k] as number)) as [number, number, number];
    const ab = new Vector3(p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!);
    const ac = new Vector3(p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!);
    return out.crossVectors(ab, ac).normalize();
  }

  /** Triangles of `a` whose centre lies within NEAR of `b`'s surface, parallel to it. */
  function coplanarTriangles(a: Muscle, b: Muscle): number {
    const p = a.mesh.positions;
    const centre = new Vector3();
    const na = new Vector3();
    const nb = new Vector3();
    let count = 0;
    for (let f = 0; f < a.mesh.indices.length / 3; f++) {
      centre.set(0, 0, 0);
      for (let k = 0; k < 3; k++) {
        const v = 3 * (a.mesh.indices[3 * f + k] as number);
        centre.x += p[v]! / 3;
        centre.y += p[v + 1]! / 3;
        centre.z += p[v + 2]! / 3;
      }
      const hit = b.bvh.closestPointToPoint(centre, undefined, 0, NEAR);
      if (!hit || hit.distance > NEAR) continue;
      faceNormal(a.mesh, f, na);
      faceNormal(b.mesh, hit.faceIndex, nb);
      if (na.dot(nb) > PARALLEL) count++;
    }
    return count;
  }

  const overlap = (a: Muscle, b: Muscle) =>
    a.min.x <= b.max.x + NEAR &&
    b.min.x <= a.max.x + NEAR &&
    a.min.y <= b.max.y + NEAR &&
    b.min.y <= a.max.y + NEAR &&
    a.min.z <= b.max.z + NEAR &&
    b.min.z <= a.max.z + NEAR;

  it('finds a copy of a muscle coplanar with it (the check can fail)', () => {
    const m = muscles.find((x) => x.mesh.name === 'trapezius_upper.left');
    if (!m) throw new Error('no trapezius');
    expect(coplanarTriangles(m, m)).toBe(m.mesh.indices.length / 3);
  });

  it('never lie on one another: at most a few triangles of a muscle within 0.5 mm of another, parallel', () => {
    const found: string[] = [];
    for (const a of muscles) {
      for (const b of muscles) {
        if (a === b || !overlap(a, b)) continue;
        const n = coplanarTriangles(a, b);
        const pair = ([x, y]: readonly [string, string, number]) => x === a.mesh.name && y === b.mesh.name;
        const known = (body === 'female' ? KNOWN_FEMALE.find(pair) : undefined) ?? KNOWN.find(pair);
        if (n > Math.max(FEW, known?.[2] ?? 0)) found.push(`${a.mesh.name} on ${b.mesh.name}: ${n}`);
      }
    }
    expect(found).toEqual([]);
  });
});
