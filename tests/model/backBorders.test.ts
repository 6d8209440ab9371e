/**
 * The back as a muscle plate shows it: seen from behind, the muscles along the spine (the
 * latissimus and the lower trapezius over the erector spinae) have clean borders. Rays are cast
 * from behind on a 2 mm grid over the back, from the shoulder blades to the sacrum; along each
 * row and each column the muscle each ray meets first forms runs. A muscle that comes back after
 * one other muscle's run (A B A) is a notch, a spike or a strip of one surface showing through
 * another: the comb of tapering fibres the latissimus's medial border used to be, with the
 * erector spinae between its teeth, gave hundreds of them. A clean border crosses from one
 * muscle to the next and does not come back. And the two sheets lie the way round a plate draws
 * them: the lower trapezius over the latissimus's origin along the midline from T7 to T12, the
 * latissimus over the inferior angle of the scapula.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { beforeAll, describe, expect, it } from 'vitest';
import { L } from '../../scripts/model/data/landmarks';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import { BODY_PROFILES } from '../../src/domain/body/profiles';
import { warpPoint } from '../../src/domain/body/warp';
import { loadModel, MODEL_PATHS } from './loadModel';

/** The back between the shoulder blades' lower half and the sacrum, metres (male frame). */
const AREA = { x: [-0.12, 0.12], y: [0.98, 1.38] } as const;
const STEP = 0.002;
/**
 * Returns (A B A) allowed over the whole grid, a ratchet with a little room for the noise of a
 * rebuild: 37 on his back and 33 on hers (where edges meet at corners) since the trapezius's
 * origin is a sheet up to the midline too (41 on his before the lower part's origin began at T4
 * to meet the middle part's, closing the gap at T3–T4 through which the rhomboid showed); 200 and
 * 182 before, when a strip of each latissimus showed between the two lower trapezii from T7 down
 * (the trapezius's origin dived under the latissimus's aponeurosis to the spinous processes), and
 * 956 and 882 before the latissimus's aponeurosis was a sheet. They may only get fewer.
 */
const FEW = 40;

interface Target {
  name: string;
  bvh: MeshBVH;
}

describe.each(BODY_IDS)('the back of the %s body, seen from behind', (body) => {
  let muscles: Target[] = [];
  /** The female frame is smaller: her back's area scaled by stature. */
  const scale = body === 'female' ? 1.625 / 1.75 : 1;
  beforeAll(async () => {
    const meshes = await loadModel(MODEL_PATHS[body]);
    muscles = meshes
      .filter((m) => m.extras.kind === 'muscle')
      .map((m) => {
        const geometry = new BufferGeometry();
        geometry.setAttribute('position', new BufferAttribute(m.positions, 3));
        geometry.setIndex(new BufferAttribute(m.indices, 1));
        geometry.computeBoundingBox();
        return { name: m.name, bvh: new MeshBVH(geometry), box: geometry.boundingBox };
      })
      .filter((m) => {
        const b = m.box;
        return b !== null && b.max.x > AREA.x[0] * scale && b.min.x < AREA.x[1] * scale && b.max.y > AREA.y[0] * scale;
      })
      .map(({ name, bvh }) => ({ name, bvh }));
  }, 60000);

  /** The muscle a ray from behind at (x, y) meets first ('' for none). */
  function firstHit(x: number, y: number): string {
    const ray = new Ray(new Vector3(x, y, -0.5), new Vector3(0, 0, 1));
    let best = Infinity;
    let name = '';
    for (const m of muscles) {
      const hit = m.bvh.raycastFirst(ray, DoubleSide);
      if (hit && hit.distance < best) {
        best = hit.distance;
        name = m.name;
      }
    }
    return name;
  }

  /** The muscle a ray from behind meets first at each grid point ('' for none), row by row. */
  function firstHits(): string[][] {
    const rows: string[][] = [];
    const nx = Math.round((AREA.x[1] - AREA.x[0]) / STEP);
    const ny = Math.round((AREA.y[1] - AREA.y[0]) / STEP);
    for (let j = 0; j <= ny; j++) {
      const row: string[] = [];
      for (let i = 0; i <= nx; i++) row.push(firstHit((AREA.x[0] + i * STEP) * scale, (AREA.y[0] + j * STEP) * scale));
      rows.push(row);
    }
    return rows;
  }

  /** How many times a muscle comes back after one other muscle's run, along a line of hits. */
  function returns(line: readonly string[]): number {
    const runs: string[] = [];
    for (const h of line) if (runs[runs.length - 1] !== h) runs.push(h);
    let n = 0;
    for (let k = 2; k < runs.length; k++) if (runs[k] === runs[k - 2] && runs[k] !== '') n++;
    return n;
  }

  it('has clean muscle borders along the spine: no muscle comes back after another (A B A)', () => {
    const rows = firstHits();
    const columns = (rows[0] ?? []).map((_, i) => rows.map((r) => r[i] ?? ''));
    const total = [...rows, ...columns].reduce((n, line) => n + returns(line), 0);
    console.info(`the ${body} back: ${total} returns (A B A), at most ${FEW}`);
    expect(total).toBeLessThanOrEqual(FEW);
  }, 60000);

  /**
   * The latissimus arises from the spinous processes of T7–T12 by its aponeurosis, and the lower
   * trapezius, which arises from the same spinous processes, covers that origin: along the
   * midline from T7 down to T12 an atlas shows the two lower trapezii meeting, never the
   * latissimus between them. (A strip of each latissimus used to show there, from T7 to T10, where
   * the trapezius's fibres dived under its aponeurosis to their spinous points.) The rays pass 1
   * and 3 mm either side of the midline, not on it: there the two sheets meet edge to edge, and
   * whether a ray down that seam meets one of them depends on sub-millimetre mesh noise.
   */
  it('shows the lower trapezius, not the latissimus, along the midline from T7 to T12', () => {
    const profile = BODY_PROFILES[body];
    const top = warpPoint(profile, L.t7Spinous)[1];
    // Just above T12 the trapezius's origin narrows to its point: stop a centimetre short of it.
    const bottom = warpPoint(profile, L.t12Spinous)[1] + 0.01;
    const wrong: string[] = [];
    for (let y = bottom; y <= top; y += STEP) {
      for (const x of [-0.003, -0.001, 0.001, 0.003]) {
        const name = firstHit(x, y);
        if (!name.startsWith('trapezius_lower.'))
          wrong.push(`${name || 'nothing'} at x ${x.toFixed(3)}, y ${y.toFixed(3)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60000);

  /**
   * The trapezius covers the midline of the back without a break: its middle part arises from the
   * spinous processes of C7–T3 and its lower part from T4 down, so from behind the rhomboids,
   * which arise from the same spinous processes under it, never show along the spine between the
   * shoulder blades. (A triangle of the rhomboid major showed between the two parts at T3–T4,
   * where the middle part's origin ended at T3 and the lower part's began a vertebra lower.)
   * Rays from behind over the band from T2 to T5, 3 cm either side of the midline, meet the
   * trapezius first. They pass a millimetre either side of the midline, not on it: there the left
   * and right trapezius meet edge to edge (each sheet held 0.3 mm off the midline, see
   * `fibrePaths`), and a ray down that seam can slip between them wherever their origins end.
   */
  it('shows the trapezius, not the rhomboids, along the midline from T2 to T5', () => {
    const profile = BODY_PROFILES[body];
    const t3 = warpPoint(profile, L.t3Spinous)[1];
    const t6 = warpPoint(profile, L.t6Spinous)[1];
    // One vertebra is a third of the way from T3 to T6.
    const vertebra = (t3 - t6) / 3;
    const wrong: string[] = [];
    for (let y = t3 - 2 * vertebra; y <= t3 + vertebra + 1e-9; y += STEP) {
      for (let off = STEP / 2; off <= 0.03 * scale; off += STEP) {
        for (const x of [-off, off]) {
          const name = firstHit(x, y);
          if (!name.startsWith('trapezius_'))
            wrong.push(`${name || 'nothing'} at x ${x.toFixed(3)}, y ${y.toFixed(3)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 60000);

  /**
   * The latissimus's upper border crosses the inferior angle of the scapula (holding it against
   * the chest wall): seen from behind, the angle is under the latissimus.
   */
  it('covers the inferior angle of the scapula with the latissimus', () => {
    const [x, y] = warpPoint(BODY_PROFILES[body], L.scapulaInferiorAngle);
    expect(firstHit(x, y)).toBe('latissimus_dorsi.left');
    expect(firstHit(-x, y)).toBe('latissimus_dorsi.right');
  });
});
