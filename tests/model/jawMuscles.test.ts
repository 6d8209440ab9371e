/**
 * The muscles of the jaw sit as on an anatomy plate: the temporalis fans over the side of the
 * skull and passes under the zygomatic arch (through the temporal fossa) to the coronoid process;
 * the masseter is a thick quadrilateral from the arch to the angle of the mandible. Seen from the
 * side, the temporalis covers the skull over the whole of its fan: no bone shows through it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boneSpecs } from '../../scripts/model/bones';
import { L } from '../../scripts/model/data/landmarks';
import type { Vec3 } from '../../src/domain/types';
import { firstHit, loadModel, type ModelMesh, meshNamed, meshVertices } from './loadModel';

let meshes: ModelMesh[] = [];
beforeAll(async () => {
  meshes = await loadModel();
}, 60000);

const vertices = (name: string): Vec3[] => meshVertices(meshes, name);

/** Points along the left zygomatic arch, from its front third to its back third. */
const archPoints = [0.3, 0.5, 0.7].map((t): Vec3 => {
  const a = L.zygomaticArchFront;
  const b = L.zygomaticArchBack;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
});

describe('the jaw muscles', () => {
  it('leaves a gap under the zygomatic arch: the arch is bone, the fossa medial to it is not', () => {
    const skull = boneSpecs().find((b) => b.id === 'skull');
    if (!skull) throw new Error('no skull');
    for (const p of archPoints) {
      expect(skull.sdf.f(p[0], p[1], p[2])).toBeLessThan(0);
      expect(skull.sdf.f(p[0] - 0.009, p[1], p[2])).toBeGreaterThan(0);
    }
  });

  it('passes the temporalis through that gap, never over the arch', () => {
    for (const side of ['left', 'right'] as const) {
      const s = side === 'left' ? 1 : -1;
      const v = vertices(`temporalis.${side}`);
      for (const p of archPoints) {
        const under = v.filter(
          (q) =>
            Math.abs(q[1] - p[1]) < 0.005 &&
            Math.abs(q[2] - p[2]) < 0.008 &&
            s * q[0] > p[0] - 0.013 &&
            s * q[0] < p[0] - 0.004,
        );
        expect(under.length, `temporalis.${side} under the arch at z ${p[2].toFixed(3)}`).toBeGreaterThan(0);
      }
      // Nothing of it lies beside the arch on the outside.
      const over = v.filter((q) => Math.abs(q[1] - 1.624) < 0.006 && q[2] > 0 && q[2] < 0.045 && s * q[0] > 0.06);
      expect(over).toEqual([]);
    }
  });

  it('makes the masseter a thick quadrilateral from the arch to the angle of the mandible', () => {
    const v = vertices('masseter.left');
    const ys = v.map((q) => q[1]);
    expect(Math.max(...ys)).toBeGreaterThan(L.zygomaticArchFront[1] - 0.01);
    expect(Math.min(...ys)).toBeLessThan(L.mandibleAngle[1] + 0.006);
    // Halfway down: wide from front to back, and thick from the ramus outwards.
    const mid = v.filter((q) => Math.abs(q[1] - 1.58) < 0.004);
    const zs = mid.map((q) => q[2]);
    const xs = mid.map((q) => q[0]);
    expect(Math.max(...zs) - Math.min(...zs)).toBeGreaterThan(0.03);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.008);
  });

  it('covers the skull over the whole of the temporalis’s fan: seen from the side, no bone shows through it', () => {
    const skull = meshNamed(meshes, 'skull');
    for (const side of ['left', 'right'] as const) {
      const s = side === 'left' ? 1 : -1;
      const temporalis = meshNamed(meshes, `temporalis.${side}`);
      const holes: string[] = [];
      let covered = 0;
      // A 2 mm grid over the fan above the arch, rays from the side towards the midline.
      for (let y = 1.64; y <= 1.7; y += 0.002) {
        for (let z = -0.07; z <= 0.04; z += 0.002) {
          const o: Vec3 = [s * 0.2, y, z];
          const d: Vec3 = [-s, 0, 0];
          const muscle = firstHit(temporalis, o, d);
          if (!muscle) continue;
          covered++;
          const bone = firstHit(skull, o, d);
          // (Where the fan's edge lies on the bone, the two meet within a fraction of a millimetre.)
          if (bone && s * bone.x > s * muscle.x + 0.0003)
            holes.push(`y ${y.toFixed(3)} z ${z.toFixed(3)} by ${(1000 * s * (bone.x - muscle.x)).toFixed(2)} mm`);
        }
      }
      // The fan is wide: hundreds of rays meet it.
      expect(covered).toBeGreaterThan(300);
      expect(holes, `temporalis.${side}: bone in front of it`).toEqual([]);
    }
  });
});
