import { describe, expect, it } from 'vitest';
import { easeMoves } from '../../scripts/model/skinFit';
import type { Mesh } from '../../scripts/model/surfaceNets';

/** A flat 7 × 7 grid of vertices 1 cm apart, two triangles a square. */
function grid(): Mesh {
  const size = 7;
  const positions = new Float32Array(size * size * 3);
  const indices: number[] = [];
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      positions.set([i * 0.01, j * 0.01, 0], 3 * (j * size + i));
      if (i + 1 < size && j + 1 < size) {
        const v = j * size + i;
        indices.push(v, v + 1, v + size, v + 1, v + size + 1, v + size);
      }
    }
  }
  return { positions, normals: new Float32Array(positions.length), indices: new Uint32Array(indices) };
}

describe('easeMoves', () => {
  it('spreads a vertex’s move over two rings of its neighbours, less at each, and no further', () => {
    const mesh = grid();
    const before = new Float32Array(mesh.positions);
    const centre = 3 * 7 + 3;
    mesh.positions[3 * centre + 2] = -0.003;
    easeMoves(mesh, before, 2);
    const z = (i: number, j: number) => mesh.positions[3 * (j * 7 + i) + 2] as number;
    expect(z(3, 3)).toBeCloseTo(-0.003, 9);
    const rings: [string, number, [number, number][]][] = [
      // Its neighbours along the grid's edges and its diagonal: two thirds of the move.
      [
        'first ring',
        -0.002,
        [
          [2, 3],
          [4, 3],
          [3, 2],
          [3, 4],
          [4, 2],
          [2, 4],
        ],
      ],
      // The next ring: a third of the move (half the mean of the first ring's moves beside it).
      [
        'second ring',
        -0.001,
        [
          [1, 3],
          [5, 3],
          [3, 1],
          [3, 5],
        ],
      ],
      // Three rings away, nothing moves.
      [
        'beyond',
        0,
        [
          [0, 3],
          [6, 3],
          [3, 0],
          [3, 6],
          [0, 0],
          [6, 6],
        ],
      ],
    ];
    for (const [ring, move, vertices] of rings)
      for (const [i, j] of vertices) expect(z(i, j), `${ring} (${i}, ${j})`).toBeCloseTo(move, 9);
    // Only along z: x and y are as they were.
    for (let v = 0; v < 49; v++) {
      expect(mesh.positions[3 * v]).toBe(before[3 * v]);
      expect(mesh.positions[3 * v + 1]).toBe(before[3 * v + 1]);
    }
  });

  it('leaves a mesh nothing moved in as it was', () => {
    const mesh = grid();
    const before = new Float32Array(mesh.positions);
    easeMoves(mesh, before, 2);
    expect(Array.from(mesh.positions)).toEqual(Array.from(before));
  });
});
