/**
 * Keeps generated meshes under the skin: any vertex closer to the skin than a margin is moved
 * inward along the body's distance gradient.
 */
import { bodyDistance } from '../../src/domain/body/envelope';
import { gradient } from './sdf';
import type { Mesh } from './surfaceNets';
import type { Vec3 } from './vec';

const bodyF = (x: number, y: number, z: number) => bodyDistance([x, y, z]);

/** Keep every vertex at least `margin` under the skin. */
export function insideSkin(mesh: Mesh, margin: number): void {
  const p = mesh.positions;
  for (let v = 0; v < p.length; v += 3) {
    let q: Vec3 = [p[v] as number, p[v + 1] as number, p[v + 2] as number];
    for (let it = 0; it < 4; it++) {
      const d = bodyF(q[0], q[1], q[2]) + margin;
      if (d <= 0) break;
      const g = gradient(bodyF, q[0], q[1], q[2], 5e-4);
      const l = Math.hypot(g[0], g[1], g[2]) || 1;
      q = [q[0] - (g[0] / l) * (d + 2e-4), q[1] - (g[1] / l) * (d + 2e-4), q[2] - (g[2] / l) * (d + 2e-4)];
    }
    p[v] = q[0];
    p[v + 1] = q[1];
    p[v + 2] = q[2];
  }
}
