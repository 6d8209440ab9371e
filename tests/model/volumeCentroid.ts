/** Test helper: the volume centroid of a closed triangle mesh (signed tetrahedra from the origin). */
import type { Vec3 } from '../../src/domain/types';
import type { ModelMesh } from './loadModel';

/** Centre of the enclosed volume; falls back to the vertex mean for a degenerate mesh. */
export function volumeCentroid(m: ModelMesh): Vec3 {
  const p = m.positions;
  let v = 0;
  let cx = 0;
  let cy = 0;
  let cz = 0;
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = 3 * (m.indices[t] as number);
    const b = 3 * (m.indices[t + 1] as number);
    const c = 3 * (m.indices[t + 2] as number);
    const ax = p[a] as number;
    const ay = p[a + 1] as number;
    const az = p[a + 2] as number;
    const bx = p[b] as number;
    const by = p[b + 1] as number;
    const bz = p[b + 2] as number;
    const qx = p[c] as number;
    const qy = p[c + 1] as number;
    const qz = p[c + 2] as number;
    const d = ax * (by * qz - bz * qy) - ay * (bx * qz - bz * qx) + az * (bx * qy - by * qx);
    v += d;
    cx += d * (ax + bx + qx);
    cy += d * (ay + by + qy);
    cz += d * (az + bz + qz);
  }
  if (Math.abs(v) < 1e-12) {
    const n = p.length / 3;
    let x = 0;
    let y = 0;
    let z = 0;
    for (let i = 0; i < n; i++) {
      x += p[3 * i] as number;
      y += p[3 * i + 1] as number;
      z += p[3 * i + 2] as number;
    }
    return [x / n, y / n, z / n];
  }
  return [cx / (4 * v), cy / (4 * v), cz / (4 * v)];
}
