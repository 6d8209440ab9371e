/**
 * The deltoid as an atlas draws it (issue #11): a thick, rounded cap over the head of the humerus
 * that narrows into a V whose point is the deltoid tuberosity, halfway down the humerus's
 * lateral surface, its fibres converging there from the clavicle, the acromion and the spine of
 * the scapula. Measured on horizontal slices of the left deltoid (a plane cut through its
 * triangles) at the level of the greater tubercle (the cap), halfway between the tuberosity and
 * the acromion, and a fifth of the way up (near the insertion): the width (front to back, as
 * the side view shows it) and the area of each. The box the deltoid once was kept a slab 9 cm
 * wide and 22 cm² in section down to 3 cm above the tuberosity (80% and 60% of its cap), ending
 * there in a blunt horizontal edge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { L } from '../../scripts/model/data/landmarks';
import { BODY_IDS } from '../../src/domain/body/bodyId';
import { BODY_PROFILES, REFERENCE_BODY } from '../../src/domain/body/profiles';
import { warpPoint } from '../../src/domain/body/warp';
import type { Vec3 } from '../../src/domain/types';
import { loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

/** A crossing of a horizontal plane with one triangle: where it cuts it, and the face's normal. */
interface Cut {
  a: [number, number];
  b: [number, number];
  /** The face's normal projected on the plane (x, z), unit. */
  n: [number, number];
}

/** The segments a horizontal plane at height y cuts out of a mesh. */
function slice(mesh: ModelMesh, y: number): Cut[] {
  const p = mesh.positions;
  const ix = mesh.indices;
  const out: Cut[] = [];
  for (let f = 0; f < ix.length; f += 3) {
    const v = [0, 1, 2].map((k) => 3 * (ix[f + k] as number));
    const pts = v.map((i) => [p[i] as number, p[i + 1] as number, p[i + 2] as number] as Vec3);
    const hits: [number, number][] = [];
    for (let e = 0; e < 3; e++) {
      const a = pts[e] as Vec3;
      const b = pts[(e + 1) % 3] as Vec3;
      if (a[1] < y === b[1] < y) continue;
      const t = (y - a[1]) / (b[1] - a[1]);
      hits.push([a[0] + (b[0] - a[0]) * t, a[2] + (b[2] - a[2]) * t]);
    }
    if (hits.length !== 2) continue;
    const [a, b, c] = pts as [Vec3, Vec3, Vec3];
    const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const w = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    const nx = (u[1] as number) * (w[2] as number) - (u[2] as number) * (w[1] as number);
    const nz = (u[0] as number) * (w[1] as number) - (u[1] as number) * (w[0] as number);
    const l = Math.hypot(nx, nz) || 1;
    out.push({ a: hits[0] as [number, number], b: hits[1] as [number, number], n: [nx / l, nz / l] });
  }
  return out;
}

/** The widest span of a slice (its diameter), metres. */
function width(cuts: readonly Cut[]): number {
  const pts = cuts.flatMap((c) => [c.a, c.b]);
  let d = 0;
  for (const a of pts) for (const b of pts) d = Math.max(d, Math.hypot(a[0] - b[0], a[1] - b[1]));
  return d;
}

/**
 * The area a slice encloses, metres²: each cut oriented so that its face's normal points to its
 * right (outward on a closed mesh), then the shoelace sum over all of them.
 */
function area(cuts: readonly Cut[]): number {
  let twice = 0;
  for (const c of cuts) {
    const du = c.b[0] - c.a[0];
    const dv = c.b[1] - c.a[1];
    const [a, b] = c.n[0] * dv - c.n[1] * du >= 0 ? [c.a, c.b] : [c.b, c.a];
    twice += a[0] * b[1] - a[1] * b[0];
  }
  return Math.abs(twice) / 2;
}

const cm = (v: number) => (v * 100).toFixed(1);

describe.each(BODY_IDS)('the deltoid of the %s body', (body) => {
  let deltoid: ModelMesh;
  const at = (p: Vec3): Vec3 => (body === REFERENCE_BODY ? p : warpPoint(BODY_PROFILES[body], p));
  const tuberosity = at(L.deltoidTuberosity as Vec3);
  /** The cap's level: over the greater tubercle. */
  const capY = at(L.greaterTubercle as Vec3)[1];
  /** From the tuberosity up to the acromion. */
  const span = at(L.acromionTip as Vec3)[1] - tuberosity[1];
  beforeAll(async () => {
    const meshes = await loadModel(MODEL_PATHS[body]);
    const m = meshes.find((x) => x.name === 'deltoid.left');
    if (!m) throw new Error('no deltoid.left');
    deltoid = m;
  }, 60000);

  it('ends at the deltoid tuberosity', () => {
    const p = deltoid.positions;
    let lowest = 0;
    for (let i = 1; i < p.length / 3; i++) if ((p[3 * i + 1] as number) < (p[3 * lowest + 1] as number)) lowest = i;
    const q: Vec3 = [p[3 * lowest] as number, p[3 * lowest + 1] as number, p[3 * lowest + 2] as number];
    const d = Math.hypot(q[0] - tuberosity[0], q[1] - tuberosity[1], q[2] - tuberosity[2]);
    expect(d, `lowest point ${q.map(cm).join(', ')} cm, ${cm(d)} cm from the tuberosity`).toBeLessThan(0.02);
  });

  it('narrows in a V from the cap to the insertion', () => {
    const cap = width(slice(deltoid, capY));
    const mid = width(slice(deltoid, tuberosity[1] + 0.5 * span));
    const low = width(slice(deltoid, tuberosity[1] + 0.2 * span));
    console.info(`${body} deltoid widths: cap ${cm(cap)} cm, halfway ${cm(mid)} cm, near the insertion ${cm(low)} cm`);
    expect(low / cap, `near the insertion ${cm(low)} cm against ${cm(cap)} cm at the cap`).toBeLessThan(0.4);
    expect(mid).toBeLessThan(0.85 * cap);
    expect(low).toBeLessThan(0.75 * mid);
  });

  it('is thickest in its cap and thins to the insertion', () => {
    const cap = area(slice(deltoid, capY));
    const low = area(slice(deltoid, tuberosity[1] + 0.2 * span));
    console.info(
      `${body} deltoid cross-sections: cap ${(cap * 1e4).toFixed(1)} cm², near the insertion ${(low * 1e4).toFixed(1)} cm²`,
    );
    expect(low / cap).toBeLessThan(0.25);
  });

  it('has fibres converging on the insertion', () => {
    // Over its lower part, each vertex's fibre direction (origin to insertion) points towards
    // the tuberosity, not straight down past it as a box's parallel fibres would. The posterior
    // and anterior fibres wrap round the arm to reach it, so they meet the straight line to it
    // at an angle: the median and the worst are measured, not each one's exact aim.
    const p = deltoid.positions;
    const f = deltoid.fibres as Float32Array;
    const cos: number[] = [];
    for (let i = 0; i < p.length / 3; i++) {
      const q: Vec3 = [p[3 * i] as number, p[3 * i + 1] as number, p[3 * i + 2] as number];
      const h = (q[1] - tuberosity[1]) / span;
      if (h < 0.15 || h > 0.6) continue;
      const d: Vec3 = [tuberosity[0] - q[0], tuberosity[1] - q[1], tuberosity[2] - q[2]];
      const l = Math.hypot(d[0], d[1], d[2]);
      cos.push(((f[4 * i] as number) * d[0] + (f[4 * i + 1] as number) * d[1] + (f[4 * i + 2] as number) * d[2]) / l);
    }
    cos.sort((a, b) => a - b);
    const median = cos[Math.floor(cos.length / 2)] as number;
    const aside = cos.filter((c) => c < 0.4).length / cos.length;
    console.info(
      `${body} deltoid's lower part: fibres meet the line to the tuberosity at cos ${median.toFixed(2)} (median), ${(aside * 100).toFixed(0)}% of ${cos.length} vertices under 0.4`,
    );
    expect(median).toBeGreaterThan(0.6);
    expect(aside).toBeLessThan(0.05);
  });
});
