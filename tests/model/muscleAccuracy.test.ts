/**
 * Muscle placement against an independent anatomical reference: each left muscle's volume
 * centroid in models/anatomy.glb against the fleshy centre derived from the Rajagopal 2016
 * musculoskeletal model (see reference/muscleCentroids.ts for the source and the transform).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type ModelMesh } from './loadModel';
import { REFERENCE_CENTROIDS } from './reference/muscleCentroids';
import { volumeCentroid } from './volumeCentroid';

/** Issue #11 targets, metres. */
const MEDIAN_LIMIT = 0.025;
const P90_LIMIT = 0.05;

let meshes: ModelMesh[] = [];
beforeAll(async () => {
  meshes = await loadModel();
}, 60000);

function quantile(sorted: readonly number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (i - lo);
}

describe('muscle centroids against the reference', () => {
  it('has a left mesh for every reference muscle', () => {
    for (const ref of REFERENCE_CENTROIDS) {
      expect(
        meshes.some((m) => m.extras.muscleId === ref.id && m.extras.side === 'left'),
        ref.id,
      ).toBe(true);
    }
  });

  it(`keeps the median error ≤ ${MEDIAN_LIMIT * 100} cm and the 90th percentile ≤ ${P90_LIMIT * 100} cm`, () => {
    const rows = REFERENCE_CENTROIDS.map((ref) => {
      const mesh = meshes.find((m) => m.extras.muscleId === ref.id && m.extras.side === 'left');
      if (!mesh) throw new Error(`no left mesh for ${ref.id}`);
      const c = volumeCentroid(mesh);
      return { id: ref.id, error: Math.hypot(c[0] - ref.at[0], c[1] - ref.at[1], c[2] - ref.at[2]) };
    }).sort((a, b) => b.error - a.error);
    const errors = rows.map((r) => r.error).sort((a, b) => a - b);
    const median = quantile(errors, 0.5);
    const p90 = quantile(errors, 0.9);
    const worst = rows
      .slice(0, 5)
      .map((r) => `${r.id} ${(r.error * 100).toFixed(1)} cm`)
      .join(', ');
    console.info(
      `muscle centroids (${rows.length}): median ${(median * 100).toFixed(2)} cm, p90 ${(p90 * 100).toFixed(2)} cm; worst ${worst}`,
    );
    expect(median, `median; worst: ${worst}`).toBeLessThanOrEqual(MEDIAN_LIMIT);
    expect(p90, `p90; worst: ${worst}`).toBeLessThanOrEqual(P90_LIMIT);
  });
});
