import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { describe, expect, it } from 'vitest';
import { edgeCheck, meshoptReady, mirrorMesh } from '../../scripts/model/meshOps';
import { sphere, tube, union } from '../../scripts/model/sdf';
import { surfaceNets } from '../../scripts/model/surfaceNets';
import { writeGlb } from '../../scripts/model/writeGlb';

describe('model writer', () => {
  it('writes byte-identical files for the same input (determinism)', async () => {
    await meshoptReady();
    const mesh = surfaceNets(
      union(
        [
          sphere([0, 1, 0], 0.03),
          tube(
            [
              [0, 1, 0],
              [0.05, 1.05, 0],
            ],
            [0.01, 0.005],
          ),
        ],
        0.01,
      ),
      0.004,
    );
    const parts = [
      { name: 'probe.left', extras: { kind: 'muscle' as const, muscleId: 'deltoid', side: 'left' as const }, mesh },
    ];
    const a = await writeGlb(parts);
    const b = await writeGlb(parts);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('stores a mirrored pair once: the right node draws the left mesh mirrored', async () => {
    await meshoptReady();
    const mesh = surfaceNets(sphere([0.1, 1, 0], 0.02), 0.004);
    mesh.fibres = new Float32Array((mesh.positions.length / 3) * 4).map((_, i) => (i % 4 === 1 ? -1 : 0));
    const left = {
      name: 'probe.left',
      extras: { kind: 'muscle' as const, muscleId: 'deltoid', side: 'left' as const },
      mesh,
    };
    const right = {
      name: 'probe.right',
      extras: { kind: 'muscle' as const, muscleId: 'deltoid', side: 'right' as const },
      mesh: mirrorMesh(mesh),
      mirrorOf: 'probe.left',
    };
    const pair = await writeGlb([left, right]);
    const single = await writeGlb([left]);
    // The second node costs a node, not a second copy of the vertices.
    expect(pair.length - single.length).toBeLessThan(400);
    const doc = await new NodeIO()
      .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
      .readBinary(pair);
    const [l, r] = doc
      .getRoot()
      .listNodes()
      .filter((n) => n.getMesh());
    expect(r!.getMesh()).toBe(l!.getMesh());
    // Mirrored (times the quantisation scale both nodes share).
    const [sx, sy, sz] = r!.getScale();
    expect(sx).toBeCloseTo(-sy, 9);
    expect(sz).toBeCloseTo(sy, 9);
    expect(sy).toBeCloseTo(l!.getScale()[1], 9);
    expect(l!.getMesh()!.listPrimitives()[0]!.getAttribute('_FIBRE')!.getNormalized()).toBe(true);
  });

  it('meshes a signed distance field into a closed, consistently wound surface', () => {
    const mesh = surfaceNets(union([sphere([0, 0, 0], 0.02), sphere([0.025, 0, 0], 0.015)], 0.008), 0.002);
    expect(edgeCheck(mesh.indices)).toMatchObject({ unmatched: 0, nonManifold: 0 });
    // Outward winding: the signed volume is positive.
    let vol = 0;
    const p = mesh.positions;
    for (let i = 0; i < mesh.indices.length; i += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => 3 * (mesh.indices[i + k] as number)) as [number, number, number];
      vol +=
        ((p[a] as number) *
          ((p[b + 1] as number) * (p[c + 2] as number) - (p[b + 2] as number) * (p[c + 1] as number)) -
          (p[a + 1] as number) * ((p[b] as number) * (p[c + 2] as number) - (p[b + 2] as number) * (p[c] as number)) +
          (p[a + 2] as number) * ((p[b] as number) * (p[c + 1] as number) - (p[b + 1] as number) * (p[c] as number))) /
        6;
    }
    expect(vol).toBeGreaterThan(0);
    // Two overlapping spheres: more than the larger alone, less than both apart.
    expect(vol).toBeGreaterThan((4 / 3) * Math.PI * 0.02 ** 3 * 0.97);
    expect(vol).toBeLessThan((4 / 3) * Math.PI * (0.02 ** 3 + 0.015 ** 3));
  });
});
