/**
 * The line of the mouth shades smoothly. The crease where the lips meet is the narrowest feature
 * of the face: rounded over less than the skin's grid step (2.5 mm), it was meshed as a line of
 * small nicks, each a jump in the shading along it. Checked on his file's skin, as it is shaded:
 * the stored vertex normals, blended across each triangle as the renderer blends them, lit from
 * the front and above.
 */
import { Ray, Triangle, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACE } from '../../src/domain/body/details';
import { loadModel } from './loadModel';

interface ShadedTriangle {
  readonly corners: [Vector3, Vector3, Vector3];
  readonly normals: [Vector3, Vector3, Vector3];
}

/** The light the shading is judged under: from the front and above. */
const LIGHT = new Vector3(0, 0.5, 1).normalize();
/** Samples along the line, metres apart, and how far either side of the midline they reach. */
const STEP = 0.0005;
const REACH = 0.016;
/**
 * The largest change in the change of brightness between neighbouring samples (a second
 * difference, brightness being the cosine to the light). The nicked line reached 0.072; the
 * smooth one stays under 0.035.
 */
const MAX_KINK = 0.05;

let triangles: ShadedTriangle[] = [];

beforeAll(async () => {
  const out: ShadedTriangle[] = [];
  for (const m of await loadModel()) {
    if (m.extras.kind !== 'region' || !m.normals) continue;
    const at = (array: Float32Array, v: number) => new Vector3().fromArray(array, 3 * v);
    for (let t = 0; t < m.indices.length; t += 3) {
      const v = [m.indices[t], m.indices[t + 1], m.indices[t + 2]] as [number, number, number];
      const corners = v.map((i) => at(m.positions, i)) as [Vector3, Vector3, Vector3];
      if (corners.every((c) => Math.abs(c.y - FACE.mouth[1]) > 0.02 || c.z < 0.05)) continue;
      out.push({ corners, normals: v.map((i) => at(m.normals as Float32Array, i)) as [Vector3, Vector3, Vector3] });
    }
  }
  triangles = out;
}, 60000);

/** The brightness of the skin seen from the front at (x, y): the nearest triangle's blended normal against the light. */
function brightness(x: number, y: number): number {
  const ray = new Ray(new Vector3(x, y, 0.3), new Vector3(0, 0, -1));
  const hit = new Vector3();
  let best: { triangle: ShadedTriangle; point: Vector3 } | undefined;
  for (const triangle of triangles) {
    const [a, b, c] = triangle.corners;
    if (ray.intersectTriangle(a, b, c, true, hit) && (!best || hit.z > best.point.z))
      best = { triangle, point: hit.clone() };
  }
  if (!best) throw new Error(`no skin in front of (${x}, ${y})`);
  const [a, b, c] = best.triangle.corners;
  const w = Triangle.getBarycoord(best.point, a, b, c, new Vector3());
  if (!w) throw new Error(`a degenerate skin triangle in front of (${x}, ${y})`);
  const [na, nb, nc] = best.triangle.normals;
  const n = new Vector3().addScaledVector(na, w.x).addScaledVector(nb, w.y).addScaledVector(nc, w.z).normalize();
  return n.dot(LIGHT);
}

/** The largest second difference of brightness along a row of samples. */
function largestKink(samples: readonly number[]): number {
  let worst = 0;
  for (let i = 1; i + 1 < samples.length; i++)
    worst = Math.max(
      worst,
      Math.abs((samples[i - 1] as number) - 2 * (samples[i] as number) + (samples[i + 1] as number)),
    );
  return worst;
}

describe('the line of the mouth (his skin)', () => {
  it('shades smoothly along the crease and just above and below it', () => {
    for (const y of [-0.0015, 0, 0.0015].map((dy) => FACE.mouth[1] + dy)) {
      const row: number[] = [];
      for (let x = -REACH; x <= REACH + 1e-9; x += STEP) row.push(brightness(x, y));
      expect(largestKink(row), `y ${y}`).toBeLessThan(MAX_KINK);
    }
  });

  it('finds a nick where there is one (the check can fail)', () => {
    const smooth = [0.5, 0.52, 0.54, 0.56, 0.58];
    expect(largestKink(smooth)).toBeLessThan(1e-9);
    expect(largestKink([0.5, 0.52, 0.62, 0.56, 0.58])).toBeGreaterThan(MAX_KINK);
  });
});
