/**
 * Naive surface nets: turns a signed distance function into a closed, consistently wound
 * triangle mesh. One vertex per grid cell that the surface crosses (at the mean of the edge
 * crossings, then projected onto the surface), one quad per grid edge the surface crosses.
 */
import { gradient, type Sdf } from './sdf';
import type { Vec3 } from './vec';

/** An indexed triangle mesh with per-vertex normals. */
export interface Mesh {
  positions: Float32Array<ArrayBuffer>;
  normals: Float32Array<ArrayBuffer>;
  indices: Uint32Array<ArrayBuffer>;
  /**
   * Muscles only: per vertex, the unit fibre direction (x, y, z) and the tendon weight (w, 0 on
   * the belly, 1 on the tendon), four numbers a vertex. Written as the `_FIBRE` attribute.
   */
  fibres?: Float32Array<ArrayBuffer>;
}

/** Corner offsets of a cell and the 12 edges between them. */
const CORNERS: readonly Vec3[] = [
  [0, 0, 0],
  [1, 0, 0],
  [0, 1, 0],
  [1, 1, 0],
  [0, 0, 1],
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 1],
];
const EDGES: readonly [number, number][] = [];
for (let i = 0; i < 8; i++) {
  for (let j = i + 1; j < 8; j++) {
    const a = CORNERS[i] as Vec3;
    const b = CORNERS[j] as Vec3;
    const diff = Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
    if (diff === 1) (EDGES as [number, number][]).push([i, j]);
  }
}

/**
 * Mesh the zero level set of `sdf` on a grid of spacing `step` over its bounding box (padded by
 * two cells so the mesh is closed).
 */
export function surfaceNets(
  sdf: Sdf,
  step: number,
  project = 2,
  band?: { stride: number; factor: number },
  withNormals = true,
): Mesh {
  const pad = 2 * step;
  const o: Vec3 = [sdf.min[0] - pad, sdf.min[1] - pad, sdf.min[2] - pad];
  const cells = (k: 0 | 1 | 2) => Math.ceil(((sdf.max[k] as number) + pad - (o[k] as number)) / step - 1e-6) + 1;
  const nx = cells(0);
  const ny = cells(1);
  const nz = cells(2);
  const at = (i: number, j: number, k: number) => i + nx * (j + ny * k);
  const values = band ? bandedValues(sdf, o, step, [nx, ny, nz], band) : new Float32Array(nx * ny * nz);
  if (!band) {
    for (let k = 0; k < nz; k++) {
      const z = o[2] + k * step;
      for (let j = 0; j < ny; j++) {
        const y = o[1] + j * step;
        for (let i = 0; i < nx; i++) values[at(i, j, k)] = sdf.f(o[0] + i * step, y, z);
      }
    }
  }
  // One vertex per crossed cell.
  const cellVertex = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1);
  const cellAt = (i: number, j: number, k: number) => i + (nx - 1) * (j + (ny - 1) * k);
  const pos: number[] = [];
  const corner = new Float32Array(8);
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const d = CORNERS[c] as Vec3;
          const v = values[at(i + d[0], j + d[1], k + d[2])] as number;
          corner[c] = v;
          if (v < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let n = 0;
        for (const [a, b] of EDGES) {
          const va = corner[a] as number;
          const vb = corner[b] as number;
          if (va < 0 === vb < 0) continue;
          const t = va / (va - vb);
          const ca = CORNERS[a] as Vec3;
          const cb = CORNERS[b] as Vec3;
          sx += ca[0] + (cb[0] - ca[0]) * t;
          sy += ca[1] + (cb[1] - ca[1]) * t;
          sz += ca[2] + (cb[2] - ca[2]) * t;
          n++;
        }
        cellVertex[cellAt(i, j, k)] = pos.length / 3;
        pos.push(o[0] + (i + sx / n) * step, o[1] + (j + sy / n) * step, o[2] + (k + sz / n) * step);
      }
    }
  }
  // Project each vertex onto the surface (Newton steps, bounded to half a cell).
  const f = sdf.f;
  for (let v = 0; v < pos.length; v += 3) {
    let x = pos[v] as number;
    let y = pos[v + 1] as number;
    let z = pos[v + 2] as number;
    const x0 = x;
    const y0 = y;
    const z0 = z;
    for (let it = 0; it < project; it++) {
      const d = f(x, y, z);
      const g = gradient(f, x, y, z, step * 0.1);
      const g2 = g[0] * g[0] + g[1] * g[1] + g[2] * g[2];
      if (g2 < 1e-12) break;
      x -= (d * g[0]) / g2;
      y -= (d * g[1]) / g2;
      z -= (d * g[2]) / g2;
    }
    const moved = Math.hypot(x - x0, y - y0, z - z0);
    if (moved < step * 0.75) {
      pos[v] = x;
      pos[v + 1] = y;
      pos[v + 2] = z;
    }
  }
  // One quad per crossed grid edge, wound so the normal points outward.
  const idx: number[] = [];
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    const q = flip ? [a, d, c, b] : [a, b, c, d];
    const [q0, q1, q2, q3] = q as [number, number, number, number];
    // Split along the shorter diagonal.
    const d02 = dist2(pos, q0, q2);
    const d13 = dist2(pos, q1, q3);
    if (d02 <= d13) idx.push(q0, q1, q2, q0, q2, q3);
    else idx.push(q0, q1, q3, q1, q2, q3);
  };
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const inside = (values[at(i, j, k)] as number) < 0;
        // edge along x: (i,j,k)-(i+1,j,k)
        if (inside !== (values[at(i + 1, j, k)] as number) < 0) {
          quad(
            cellVertex[cellAt(i, j - 1, k - 1)] as number,
            cellVertex[cellAt(i, j, k - 1)] as number,
            cellVertex[cellAt(i, j, k)] as number,
            cellVertex[cellAt(i, j - 1, k)] as number,
            !inside,
          );
        }
        // edge along y
        if (inside !== (values[at(i, j + 1, k)] as number) < 0) {
          quad(
            cellVertex[cellAt(i - 1, j, k - 1)] as number,
            cellVertex[cellAt(i - 1, j, k)] as number,
            cellVertex[cellAt(i, j, k)] as number,
            cellVertex[cellAt(i, j, k - 1)] as number,
            !inside,
          );
        }
        // edge along z
        if (inside !== (values[at(i, j, k + 1)] as number) < 0) {
          quad(
            cellVertex[cellAt(i - 1, j - 1, k)] as number,
            cellVertex[cellAt(i, j - 1, k)] as number,
            cellVertex[cellAt(i, j, k)] as number,
            cellVertex[cellAt(i - 1, j, k)] as number,
            !inside,
          );
        }
      }
    }
  }
  const positions = new Float32Array(pos);
  const normals = new Float32Array(pos.length);
  for (let v = 0; withNormals && v < pos.length; v += 3) {
    const g = gradient(f, pos[v] as number, pos[v + 1] as number, pos[v + 2] as number, step * 0.25);
    const l = Math.hypot(g[0], g[1], g[2]) || 1;
    normals[v] = g[0] / l;
    normals[v + 1] = g[1] / l;
    normals[v + 2] = g[2] / l;
  }
  return { positions, normals, indices: new Uint32Array(idx) };
}

/**
 * Grid values evaluated only near the surface. The SDF is sampled every `stride` nodes; a cell
 * of that grid whose corners all lie farther from the surface than `factor` times its diagonal,
 * on the same side, cannot contain the surface, so its nodes only get that side's sign. The
 * other cells are refined the same way with half the stride, down to single nodes, so every
 * node near the surface holds the exact value (the mesh is the full grid's wherever the
 * distance estimate is within `factor` of the true distance).
 */
function bandedValues(
  sdf: Sdf,
  o: Vec3,
  step: number,
  [nx, ny, nz]: [number, number, number],
  { stride, factor }: { stride: number; factor: number },
): Float32Array<ArrayBuffer> {
  const values = new Float32Array(nx * ny * nz);
  const exact = new Uint8Array(nx * ny * nz);
  const signed = new Uint8Array(nx * ny * nz);
  const at = (i: number, j: number, k: number) => i + nx * (j + ny * k);
  // Nodes beyond the grid are clamped onto its last layer.
  const node = (i: number, j: number, k: number): number => {
    const n = at(Math.min(i, nx - 1), Math.min(j, ny - 1), Math.min(k, nz - 1));
    if (!exact[n]) {
      const ii = n % nx;
      const jj = Math.floor(n / nx) % ny;
      const kk = Math.floor(n / (nx * ny));
      values[n] = sdf.f(o[0] + ii * step, o[1] + jj * step, o[2] + kk * step);
      exact[n] = 1;
    }
    return values[n] as number;
  };
  const cell = (i: number, j: number, k: number, s: number): void => {
    if (i >= nx - 1 || j >= ny - 1 || k >= nz - 1) return;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < 8; c++) {
      const v = node(i + (c & 1) * s, j + ((c >> 1) & 1) * s, k + ((c >> 2) & 1) * s);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (s === 1) return;
    const far = factor * s * step * Math.sqrt(3);
    if (lo > far || hi < -far) {
      const fill = lo > 0 ? far : -far;
      for (let kk = k; kk <= Math.min(nz - 1, k + s); kk++) {
        for (let jj = j; jj <= Math.min(ny - 1, j + s); jj++) {
          for (let ii = i; ii <= Math.min(nx - 1, i + s); ii++) {
            const n = at(ii, jj, kk);
            if (exact[n] || signed[n]) continue;
            values[n] = fill;
            signed[n] = 1;
          }
        }
      }
      return;
    }
    const h = s >> 1;
    for (let c = 0; c < 8; c++) cell(i + (c & 1) * h, j + ((c >> 1) & 1) * h, k + ((c >> 2) & 1) * h, h);
  };
  for (let k = 0; k < nz - 1; k += stride) {
    for (let j = 0; j < ny - 1; j += stride) {
      for (let i = 0; i < nx - 1; i += stride) cell(i, j, k, stride);
    }
  }
  return values;
}

function dist2(p: number[], a: number, b: number): number {
  const dx = (p[3 * a] as number) - (p[3 * b] as number);
  const dy = (p[3 * a + 1] as number) - (p[3 * b + 1] as number);
  const dz = (p[3 * a + 2] as number) - (p[3 * b + 2] as number);
  return dx * dx + dy * dy + dz * dz;
}
