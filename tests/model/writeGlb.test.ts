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
    const a = await writeGlb(parts, 1.75);
    const b = await writeGlb(parts, 1.75);
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
    const pair = await writeGlb([left, right], 1.75);
    const single = await writeGlb([left], 1.75);
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

  it("rounds positions on a grid fixed by the stature, so one part's rounding does not depend on another's extents", async () => {
    await meshoptReady();
    const read = async (bytes: Uint8Array) => {
      const doc = await new NodeIO()
        .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
        .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
        .readBinary(bytes);
      const node = doc
        .getRoot()
        .listNodes()
        .find((n) => n.getName() === 'probe.left')!;
      const position = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!;
      const out: number[] = [];
      const m = node.getWorldMatrix();
      for (let i = 0, el = [0, 0, 0]; i < position.getCount(); i++) {
        position.getElement(i, el);
        for (let a = 0; a < 3; a++) out.push(m[a]! * el[0]! + m[4 + a]! * el[1]! + m[8 + a]! * el[2]! + m[12 + a]!);
      }
      return out;
    };
    const probe = {
      name: 'probe.left',
      extras: { kind: 'muscle' as const, muscleId: 'deltoid', side: 'left' as const },
      mesh: surfaceNets(sphere([0.1, 1, 0.02], 0.02), 0.004),
    };
    // A second part reaching far out (to the top of the head) would have resized a grid measured
    // from the scene's extents; on the stature's grid the probe's vertices do not move at all.
    const far = {
      name: 'far.left',
      extras: { kind: 'bone' as const, boneId: 'skull', side: 'left' as const },
      mesh: surfaceNets(sphere([0.05, 1.72, 0], 0.025), 0.004),
    };
    const alone = await read(await writeGlb([probe], 1.75));
    const beside = await read(await writeGlb([probe, far], 1.75));
    expect(beside).toEqual(alone);
    // Each vertex lies within half a grid step (0.875 m / 32767) of a generated vertex on every
    // axis (the writer reorders vertices for compression, so match them by nearness).
    const half = 0.875 / 32767 / 2 + 1e-9;
    const src = probe.mesh.positions;
    expect(alone.length).toBe(src.length);
    for (let i = 0; i < alone.length; i += 3) {
      let near = false;
      for (let j = 0; j < src.length && !near; j += 3) {
        near = [0, 1, 2].every((a) => Math.abs(alone[i + a]! - src[j + a]!) <= half);
      }
      expect(near).toBe(true);
    }
  });

  it('refuses, naming the part, a vertex outside the grid of its stature', async () => {
    await meshoptReady();
    const tall = {
      name: 'probe.left',
      extras: { kind: 'muscle' as const, muscleId: 'deltoid', side: 'left' as const },
      mesh: surfaceNets(sphere([0.1, 1.7, 0], 0.03), 0.004),
    };
    await expect(writeGlb([tall], 1.625)).rejects.toThrow(
      /probe\.left: a vertex at 1\.6\d+ on axis y lies outside the file's grid/,
    );
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
