/**
 * Muscle placement against independent anatomical references: each left muscle's volume centroid
 * in models/anatomy.glb against the fleshy centre derived from a published musculoskeletal model.
 * Hip and thigh: Rajagopal 2016 (reference/muscleCentroids.ts). Shoulder, arm and forearm:
 * MoBL-ARMS (reference/armMuscleCentroids.ts). Each file's header gives the source and transform.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/domain/types';
import { loadModel, type ModelMesh } from './loadModel';
import { ARM_REFERENCE_CENTROIDS } from './reference/armMuscleCentroids';
import { REFERENCE_CENTROIDS, type ReferenceCentroid } from './reference/muscleCentroids';
import { volumeCentroid } from './volumeCentroid';

/** Issue #11 targets, metres. */
const MEDIAN_LIMIT = 0.025;
const P90_LIMIT = 0.05;

/**
 * Upper limb: a ratchet at the figures last measured plus 0.2 cm, rounded up, so nothing gets
 * worse. When the reference was added the model missed the issue #11 targets (median 2.84 cm,
 * p90 5.24 cm over 25 muscles); with the finger tendons as separate cords and the arm muscles at
 * their published attachments and belly lengths it meets them (median 2.22 cm, p90 3.23 cm), so
 * the ratchet now lies inside the targets. Lower it again as the worst muscles (printed by the
 * test, with the way each is off) are fixed.
 */
const ARM_MEDIAN_LIMIT = 0.0245;
const ARM_P90_LIMIT = 0.0345;

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

interface Row {
  id: string;
  error: number;
  /** Our centroid minus the reference, metres. */
  d: Vec3;
}

/** Every reference muscle's error, worst first, and the median and 90th percentile. */
function measure(refs: readonly ReferenceCentroid[]): { rows: Row[]; median: number; p90: number } {
  const rows = refs
    .map((ref) => {
      const mesh = meshes.find((m) => m.extras.muscleId === ref.id && m.extras.side === 'left');
      if (!mesh) throw new Error(`no left mesh for ${ref.id}`);
      const c = volumeCentroid(mesh);
      const d: Vec3 = [c[0] - ref.at[0], c[1] - ref.at[1], c[2] - ref.at[2]];
      return { id: ref.id, error: Math.hypot(d[0], d[1], d[2]), d };
    })
    .sort((a, b) => b.error - a.error);
  const errors = rows.map((r) => r.error).sort((a, b) => a - b);
  return { rows, median: quantile(errors, 0.5), p90: quantile(errors, 0.9) };
}

const cm = (v: number) => (v * 100).toFixed(1);

/** The five worst, with the way each is off (ours − reference: +x left, +y up, +z anterior). */
function worstOf(rows: readonly Row[]): string {
  return rows
    .slice(0, 5)
    .map((r) => `${r.id} ${cm(r.error)} cm (dx ${cm(r.d[0])}, dy ${cm(r.d[1])}, dz ${cm(r.d[2])})`)
    .join(', ');
}

describe('muscle centroids against the reference', () => {
  it('has a left mesh for every reference muscle', () => {
    for (const ref of [...REFERENCE_CENTROIDS, ...ARM_REFERENCE_CENTROIDS]) {
      expect(
        meshes.some((m) => m.extras.muscleId === ref.id && m.extras.side === 'left'),
        ref.id,
      ).toBe(true);
    }
  });

  it(`hip and thigh: keeps the median error ≤ ${MEDIAN_LIMIT * 100} cm and the 90th percentile ≤ ${P90_LIMIT * 100} cm`, () => {
    const { rows, median, p90 } = measure(REFERENCE_CENTROIDS);
    const worst = worstOf(rows);
    console.info(
      `hip and thigh muscle centroids (${rows.length}): median ${(median * 100).toFixed(2)} cm, p90 ${(p90 * 100).toFixed(2)} cm; worst ${worst}`,
    );
    expect(median, `median; worst: ${worst}`).toBeLessThanOrEqual(MEDIAN_LIMIT);
    expect(p90, `p90; worst: ${worst}`).toBeLessThanOrEqual(P90_LIMIT);
  });

  it(`upper limb: keeps the median error ≤ ${ARM_MEDIAN_LIMIT * 100} cm and the 90th percentile ≤ ${ARM_P90_LIMIT * 100} cm (ratchet; issue #11 target ${MEDIAN_LIMIT * 100} / ${P90_LIMIT * 100} cm)`, () => {
    const { rows, median, p90 } = measure(ARM_REFERENCE_CENTROIDS);
    const worst = worstOf(rows);
    console.info(
      `upper limb muscle centroids (${rows.length}): median ${(median * 100).toFixed(2)} cm, p90 ${(p90 * 100).toFixed(2)} cm; worst ${worst}`,
    );
    console.info(
      rows.map((r) => `  ${r.id} ${cm(r.error)} cm (${cm(r.d[0])}, ${cm(r.d[1])}, ${cm(r.d[2])})`).join('\n'),
    );
    expect(median, `median; worst: ${worst}`).toBeLessThanOrEqual(ARM_MEDIAN_LIMIT);
    expect(p90, `p90; worst: ${worst}`).toBeLessThanOrEqual(ARM_P90_LIMIT);
  });
});
