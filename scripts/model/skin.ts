/**
 * The skin: the zero level set of the body envelope, meshed, simplified, and cut into one mesh
 * per pain region and side using `regionAt` itself, so the model and the engine always agree.
 */
import { bodyDistance } from '../../src/domain/body/envelope';
import { REGION_IDS } from '../../src/domain/ids';
import { regionAt } from '../../src/domain/regionAt';
import type { Side } from '../../src/domain/types';
import { compact, simplify } from './meshOps';
import { type Mesh, surfaceNets } from './surfaceNets';
import type { Part } from './writeGlb';

/** Grid spacing of the skin, metres. */
export const SKIN_STEP = 0.0065;
/** Triangle budget of the whole skin. */
export const SKIN_TRIANGLES = 26000;

/** Half-width of the skin grid: a whole number of cells, so the grid is symmetric about x = 0. */
const HALF_WIDTH = Math.ceil(0.32 / SKIN_STEP) * SKIN_STEP;

/** Mesh the whole skin (left half is mirrored exactly to the right afterwards by the caller). */
export function skinMesh(): Mesh {
  const full = surfaceNets(
    { f: (x, y, z) => bodyDistance([x, y, z]), min: [-HALF_WIDTH, 0, -0.17], max: [HALF_WIDTH, 1.755, 0.16] },
    SKIN_STEP,
    3,
  );
  return simplify(full, SKIN_TRIANGLES, 0.004);
}

/** Split a skin mesh into region parts by classifying each triangle's centroid. */
export function skinRegions(mesh: Mesh): Part[] {
  const groups = new Map<string, number[]>();
  const { positions: p, indices } = mesh;
  for (let t = 0; t < indices.length; t += 3) {
    const a = 3 * (indices[t] as number);
    const b = 3 * (indices[t + 1] as number);
    const c = 3 * (indices[t + 2] as number);
    const cx = ((p[a] as number) + (p[b] as number) + (p[c] as number)) / 3;
    const cy = ((p[a + 1] as number) + (p[b + 1] as number) + (p[c + 1] as number)) / 3;
    const cz = ((p[a + 2] as number) + (p[b + 2] as number) + (p[c + 2] as number)) / 3;
    const hit = regionAt([cx, cy, cz]);
    const key = `${hit.regionId}.${hit.side}`;
    const list = groups.get(key) ?? [];
    list.push(indices[t] as number, indices[t + 1] as number, indices[t + 2] as number);
    groups.set(key, list);
  }
  const parts: Part[] = [];
  const order = (k: string) => {
    const [id, side] = k.split('.') as [string, Side];
    return REGION_IDS.indexOf(id as (typeof REGION_IDS)[number]) * 3 + (side === 'left' ? 0 : side === 'right' ? 1 : 2);
  };
  for (const key of [...groups.keys()].sort((x, y) => order(x) - order(y))) {
    const [regionId, side] = key.split('.') as [string, Side];
    const sub = compact({
      positions: mesh.positions,
      normals: mesh.normals,
      indices: new Uint32Array(groups.get(key) ?? []),
    });
    parts.push({ name: `skin_${regionId}.${side}`, extras: { kind: 'region', regionId, side }, mesh: sub });
  }
  return parts;
}
