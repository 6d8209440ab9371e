/**
 * The skull and the mandible read as they do on an anatomy plate (issue #11): two deep orbits
 * under the skin's eyes, a pear-shaped nasal aperture under its nose, the teeth at its mouth, and
 * a mandible in one piece with a chin, a ramus and, between the condyle and the coronoid process,
 * the mandibular notch. Measured on the drawn meshes of the male file by casting rays at them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { L } from '../../scripts/model/data/landmarks';
import { FACE } from '../../src/domain/body/details';
import type { Vec3 } from '../../src/domain/types';
import { firstHit, loadModel, type ModelMesh, meshNamed } from './loadModel';

let skull: ModelMesh;
let mandible: ModelMesh;
beforeAll(async () => {
  const meshes = await loadModel();
  skull = meshNamed(meshes, 'skull');
  mandible = meshNamed(meshes, 'mandible');
}, 60000);

/** How far back (z) a ray from the front at (x, y) first meets the skull; −Infinity if it never does. */
const skullFront = (x: number, y: number) => firstHit(skull, [x, y, 0.3], [0, 0, -1])?.z ?? -Infinity;
const mandibleFront = (x: number, y: number) => firstHit(mandible, [x, y, 0.3], [0, 0, -1])?.z ?? -Infinity;

describe('the skull', () => {
  it('has two deep orbits behind the skin’s eyes, under a brow', () => {
    for (const s of [1, -1]) {
      const [x, y] = [s * FACE.eye[0], FACE.eye[1]];
      const forehead = skullFront(x, y + 0.034);
      const orbit = skullFront(x, y);
      // A ray through the eye travels far deeper into the skull than one through the forehead.
      expect(forehead - orbit, `orbit ${s > 0 ? 'left' : 'right'}`).toBeGreaterThan(0.015);
      // The opening: about 35 mm wide and 33–35 mm high, measured where rays still go 10 mm
      // deeper than the forehead's.
      const deep = (px: number, py: number) => skullFront(px, py) < forehead - 0.01;
      const extent = (dx: number, dy: number) => {
        let k = 0;
        while (k < 40 && deep(x + s * dx * k * 0.001, y + dy * k * 0.001)) k++;
        return k * 0.001;
      };
      const width = extent(1, 0) + extent(-1, 0);
      const height = extent(0, 1) + extent(0, -1);
      expect(width, 'orbit width').toBeGreaterThan(0.026);
      expect(width, 'orbit width').toBeLessThan(0.04);
      expect(height, 'orbit height').toBeGreaterThan(0.024);
      expect(height, 'orbit height').toBeLessThan(0.038);
      // Bone frames it: just medial to the opening a ray meets the nose's root at once.
      expect(skullFront(x - s * 0.021, y)).toBeGreaterThan(forehead - 0.005);
    }
  });

  /**
   * The nasal bones meet in a ridge on the midline and slope back to either side like a roof
   * (they were a flat-topped block): a few millimetres off the midline the bone lies further back
   * than on it, more so low down, where the roof is wider.
   */
  it('has nasal bones that meet in a ridge, a roof over the aperture', () => {
    for (const s of [1, -1]) {
      const fall = (y: number) => skullFront(0, y) - skullFront(s * 0.005, y);
      expect(fall(1.63)).toBeGreaterThan(0.0015);
      expect(fall(1.62)).toBeGreaterThan(fall(1.63));
    }
  });

  it('has a pear-shaped nasal aperture under the skin’s nose, wider below than above', () => {
    const y = FACE.noseTip[1] + 0.004;
    for (const s of [1, -1]) {
      // Beside the midline the ray runs deep into the nasal cavity; over the maxilla beside the
      // aperture it meets bone at once.
      expect(skullFront(s * 0.022, y) - skullFront(s * 0.007, y)).toBeGreaterThan(0.015);
    }
    const halfWidth = (py: number) => {
      let k = 0;
      while (k < 30 && skullFront(k * 0.001, py) < skullFront(0.022, py) - 0.01) k++;
      return k * 0.001;
    };
    const low = halfWidth(y);
    expect(2 * low).toBeGreaterThan(0.02);
    expect(2 * low).toBeLessThan(0.03);
    expect(low).toBeGreaterThan(halfWidth(y + 0.02) + 0.003);
  });

  it('puts the teeth at the skin’s mouth: upper ones above the line of the lips, lower ones below', () => {
    // Behind the lips, within 2 cm of the skin's mouth.
    expect(skullFront(0, FACE.mouth[1] + 0.004)).toBeGreaterThan(FACE.mouth[2] - 0.02);
    expect(mandibleFront(0, FACE.mouth[1] - 0.004)).toBeGreaterThan(FACE.mouth[2] - 0.02);
    expect(skullFront(0, FACE.mouth[1] + 0.004)).toBeLessThan(FACE.mouth[2]);
  });
});

describe('the mandible', () => {
  it('is one piece', () => {
    const n = mandible.positions.length / 3;
    const parent = Int32Array.from({ length: n }, (_, i) => i);
    const root = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i] as number] as number;
        i = parent[i] as number;
      }
      return i;
    };
    // Vertices at the same place are one (a writer may split them).
    const byPlace = new Map<string, number>();
    for (let v = 0; v < n; v++) {
      const key = [0, 1, 2].map((k) => Math.round((mandible.positions[3 * v + k] as number) * 1e5)).join();
      const other = byPlace.get(key);
      if (other === undefined) byPlace.set(key, v);
      else parent[root(v)] = root(other);
    }
    for (let t = 0; t < mandible.indices.length; t += 3) {
      const a = root(mandible.indices[t] as number);
      parent[root(mandible.indices[t + 1] as number)] = a;
      parent[root(mandible.indices[t + 2] as number)] = a;
    }
    const roots = new Set(Array.from({ length: n }, (_, v) => root(v)));
    expect(roots.size).toBe(1);
  });

  it('has a chin standing out below the incisors, and a body as high as a jaw’s', () => {
    const front = (y: number) => mandibleFront(0, y);
    let chin = -Infinity;
    for (let y = 1.522; y <= 1.54; y += 0.002) chin = Math.max(chin, front(y));
    let hollow = Infinity;
    for (let y = 1.542; y <= 1.554; y += 0.002) hollow = Math.min(hollow, front(y));
    expect(chin - hollow).toBeGreaterThan(0.002);
    // At the first molar the body runs from the lower border up to the teeth's crowns, over 30 mm
    // (about 25 of bone and 7 of crown). Each is probed where it lies: the crowns over the
    // alveolar crest, the border further out (the body slopes outwards as it goes down).
    const top = firstHit(mandible, [0.027, 1.7, 0.045], [0, -1, 0])?.y ?? 0;
    const bottom = firstHit(mandible, [0.036, 1.4, 0.045], [0, 1, 0])?.y ?? 0;
    expect(top - bottom).toBeGreaterThan(0.03);
  });

  it('rises in a ramus to the condyle and the coronoid process, the mandibular notch between them', () => {
    for (const s of [1, -1]) {
      const condyle = firstHit(mandible, [s * L.mandibleCondyle[0], 1.7, L.mandibleCondyle[2]], [0, -1, 0]);
      const coronoid = firstHit(mandible, [s * L.coronoidProcess[0], 1.7, L.coronoidProcess[2]], [0, -1, 0]);
      const midZ = (L.mandibleCondyle[2] + L.coronoidProcess[2]) / 2;
      const notch = firstHit(mandible, [s * 0.0485, 1.7, midZ], [0, -1, 0]);
      expect(condyle?.y).toBeGreaterThan(L.mandibleCondyle[1] - 0.002);
      expect(coronoid?.y).toBeGreaterThan(L.coronoidProcess[1] - 0.002);
      const lower = Math.min(condyle?.y ?? 0, coronoid?.y ?? 0);
      expect(notch?.y ?? Infinity).toBeLessThan(lower - 0.006);
      expect(notch?.y ?? 0).toBeGreaterThan(L.mandibleAngle[1] + 0.02);
    }
  });

  it('stands its condyle free of the skull in front of the ear (in the mandibular fossa, not inside the vault)', () => {
    for (const s of [1, -1]) {
      const [x, y, z] = L.mandibleCondyle;
      // From the side, at the condyle's height, the ray meets the condyle before the skull.
      const o: Vec3 = [s * 0.2, y - 0.002, z];
      const d: Vec3 = [-s, 0, 0];
      const condyle = firstHit(mandible, o, d);
      const base = firstHit(skull, o, d);
      expect(s * (condyle?.x ?? 0)).toBeGreaterThan(x - 0.003);
      expect(s * (condyle?.x ?? 0) - s * (base?.x ?? Infinity)).toBeGreaterThan(0.002);
    }
  });
});
