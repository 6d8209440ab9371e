/** Welding several meshes by position (scripts/model/meshOps.ts), as the female warp and the short-edge collapse do. */
import { describe, expect, it } from 'vitest';
import { weldByPosition } from '../../scripts/model/meshOps';

describe('weldByPosition', () => {
  it('gives vertices at the same position one id, in the order positions first appear, with every copy listed', () => {
    const a = { positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]) };
    // Shares its first vertex with a's second and its last with a's first; its middle one is new.
    const b = { positions: new Float32Array([1, 0, 0, 0, 0, 1, 0, 0, 0]) };
    const { ids, copies } = weldByPosition([a, b]);
    expect([...(ids[0] as Int32Array)]).toEqual([0, 1, 2]);
    expect([...(ids[1] as Int32Array)]).toEqual([1, 3, 0]);
    expect(copies).toEqual([
      [
        { mesh: 0, vertex: 0 },
        { mesh: 1, vertex: 2 },
      ],
      [
        { mesh: 0, vertex: 1 },
        { mesh: 1, vertex: 0 },
      ],
      [{ mesh: 0, vertex: 2 }],
      [{ mesh: 1, vertex: 1 }],
    ]);
  });

  it('welds only positions equal to the bit', () => {
    const { copies } = weldByPosition([{ positions: new Float32Array([0.5, 0, 0, 0.5000001, 0, 0]) }]);
    expect(copies).toHaveLength(2);
  });
});
