/**
 * The skin reads as human: five separate digits on each hand and foot, and a face whose nose,
 * brow, eye sockets and ears are where they should be, the ears with a free helix and a concha. Checked on the skin meshes of the file
 * itself (point-in-mesh by ray parity), on both sides.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FACE, FINGERS, THUMB, TOES } from '../../src/domain/body/details';
import { EAR_POINTS } from '../../src/domain/body/ear';
import type { Vec3 } from '../../src/domain/types';
import { loadModel } from './loadModel';

let tris: Float64Array = new Float64Array(0);

beforeAll(async () => {
  const out: number[] = [];
  for (const m of await loadModel()) {
    if (m.extras.kind !== 'region') continue;
    for (let t = 0; t < m.indices.length; t++) {
      const v = m.indices[t] as number;
      out.push(m.positions[3 * v] as number, m.positions[3 * v + 1] as number, m.positions[3 * v + 2] as number);
    }
  }
  tris = Float64Array.from(out);
}, 60000);

/** Distances along a ray to every skin triangle it crosses (Möller–Trumbore). */
function hits(o: Vec3, d: Vec3): number[] {
  const out: number[] = [];
  for (let i = 0; i < tris.length; i += 9) {
    const ax = tris[i] as number;
    const ay = tris[i + 1] as number;
    const az = tris[i + 2] as number;
    const e1 = [(tris[i + 3] as number) - ax, (tris[i + 4] as number) - ay, (tris[i + 5] as number) - az];
    const e2 = [(tris[i + 6] as number) - ax, (tris[i + 7] as number) - ay, (tris[i + 8] as number) - az];
    const p = [d[1] * e2[2]! - d[2] * e2[1]!, d[2] * e2[0]! - d[0] * e2[2]!, d[0] * e2[1]! - d[1] * e2[0]!];
    const det = e1[0]! * p[0]! + e1[1]! * p[1]! + e1[2]! * p[2]!;
    if (Math.abs(det) < 1e-14) continue;
    const s = [o[0] - ax, o[1] - ay, o[2] - az];
    const u = (s[0]! * p[0]! + s[1]! * p[1]! + s[2]! * p[2]!) / det;
    if (u < 0 || u > 1) continue;
    const q = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
    const v = (d[0] * q[0]! + d[1] * q[1]! + d[2] * q[2]!) / det;
    if (v < 0 || u + v > 1) continue;
    const t = (e2[0]! * q[0]! + e2[1]! * q[1]! + e2[2]! * q[2]!) / det;
    if (t > 0) out.push(t);
  }
  return out;
}

/** Inside the skin: an odd number of crossings along a slightly skewed ray (no edge grazing). */
function inside(p: Vec3): boolean {
  return hits(p, [0.3141, 0.2718, 0.9101]).length % 2 === 1;
}

const mirror = (p: Vec3): Vec3 => [-p[0], p[1], p[2]];
const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
const last = (j: readonly Vec3[]) => j[j.length - 1] as Vec3;
const beforeLast = (j: readonly Vec3[]) => j[j.length - 2] as Vec3;

describe('the skin of the hands and feet', () => {
  const hand = [THUMB, ...FINGERS];
  for (const [side, place] of [
    ['left', (p: Vec3) => p],
    ['right', mirror],
  ] as const) {
    it(`gives the ${side} hand a thumb and four fingers, each separate at its end`, () => {
      // Every digit has flesh around its last phalanx…
      for (const d of hand) expect(inside(place(lerp(beforeLast(d.joints), last(d.joints), 0.6))), d.name).toBe(true);
      // …and between neighbouring digits, beside the last phalanx, there is none.
      for (let i = 0; i + 1 < hand.length; i++) {
        const a = (hand[i] as (typeof hand)[number]).joints;
        const b = (hand[i + 1] as (typeof hand)[number]).joints;
        const gap = lerp(lerp(beforeLast(a), last(a), 0.6), lerp(beforeLast(b), last(b), 0.6), 0.5);
        expect(inside(place(gap)), `${hand[i]?.name}–${hand[i + 1]?.name}`).toBe(false);
      }
    });

    it(`gives the ${side} foot five toes, each separate along its end phalanx`, () => {
      for (const d of TOES) expect(inside(place(lerp(beforeLast(d.joints), last(d.joints), 0.7))), d.name).toBe(true);
      for (let i = 0; i + 1 < TOES.length; i++) {
        const a = (TOES[i] as (typeof TOES)[number]).joints;
        const b = (TOES[i + 1] as (typeof TOES)[number]).joints;
        // Between the tips, and nearer the last joints (a web there joined the third and fourth).
        for (const t of [0.85, 0.7]) {
          const gap = lerp(lerp(beforeLast(a), last(a), t), lerp(beforeLast(b), last(b), t), 0.5);
          expect(inside(place(gap)), `${TOES[i]?.name}–${TOES[i + 1]?.name} at ${t}`).toBe(false);
        }
      }
    });
  }

  it('lifts the sole under the inner midfoot (the medial arch) but not under the heel or the ball', () => {
    for (const place of [(p: Vec3) => p, mirror]) {
      // A ray up from the floor under the arch meets the skin higher than under the heel.
      const firstHit = (x: number, z: number) => Math.min(...hits(place([x, -0.01, z]), [0, 1, 0])) - 0.01;
      expect(firstHit(0.075, -0.02)).toBeGreaterThan(0.008);
      expect(firstHit(0.095, -0.12)).toBeLessThan(0.005);
      expect(firstHit(0.09, 0.07)).toBeLessThan(0.005);
    }
  });
});

describe('the face', () => {
  /** Where a ray from in front, straight back, first meets the skin (its z). */
  const frontZ = (x: number, y: number) => 0.4 - Math.min(...hits([x, y, 0.4], [0, 0, -1]));

  it('has the nose tip as the most anterior point of the head', () => {
    let best: Vec3 = [0, 0, -1];
    for (let i = 0; i < tris.length; i += 3) {
      if ((tris[i + 1] as number) > 1.5 && (tris[i + 2] as number) > best[2]) {
        best = [tris[i] as number, tris[i + 1] as number, tris[i + 2] as number];
      }
    }
    expect(Math.abs(best[0])).toBeLessThan(0.006);
    expect(Math.abs(best[1] - FACE.noseTip[1])).toBeLessThan(0.012);
    expect(best[2]).toBeGreaterThan(frontZ(0, 1.66) + 0.012);
  });

  it('has eye sockets recessed under the brow, beside the bridge of the nose', () => {
    for (const s of [1, -1]) {
      const eye = frontZ(s * FACE.eye[0], FACE.eye[1]);
      expect(frontZ(s * 0.03, 1.657) - eye).toBeGreaterThan(0.005);
      expect(frontZ(0, FACE.eye[1]) - eye).toBeGreaterThan(0.004);
    }
  });

  /**
   * The nose's lower part is one shape: across it, from the midline out to the cheek, the skin
   * only falls back (to within 0.3 mm), at every height from the nostrils to the tip. (The alae
   * used to be two balls beside the tip, with a crease between them and the tip, and the skin
   * under the tip between them lay a centimetre further back than the alae.)
   */
  it('has a nose whose tip and alae are one shape, without lumps', () => {
    for (let y = FACE.noseTip[1] - 0.006; y <= FACE.noseTip[1] + 0.0001; y += 0.002) {
      for (const s of [1, -1]) {
        for (let x = 0; x < 0.02 - 1e-9; x += 0.002) {
          const rise = frontZ(s * (x + 0.002), y) - frontZ(s * x, y);
          expect(rise, `x ${(s * x).toFixed(3)}, y ${y.toFixed(3)}`).toBeLessThan(0.0003);
        }
      }
    }
  });

  /**
   * No lump on the cheek: 5 and 5.5 cm from the midline, the skin at the cheekbone's height stands
   * at most 3 mm ahead of the line between the skin 1.5 cm above and below it (the cheeks used
   * to be round lumps standing out 5–9 mm there).
   */
  it('has cheeks without lumps', () => {
    for (const s of [1, -1]) {
      for (const x of [0.05, 0.055]) {
        const line = (frontZ(s * x, 1.632) + frontZ(s * x, 1.602)) / 2;
        expect(frontZ(s * x, 1.617) - line, `x ${s * x}`).toBeLessThan(0.003);
      }
    }
  });

  /**
   * The brow fades out above the outer corner of the eye: 4.8 to 5.6 cm from the midline, the
   * skin at the brow's height stands at most 2 mm ahead of the line between the skin 1.2 cm above
   * and below it (the brow used to end there in a knob standing out 4–6 mm).
   */
  it('has a brow without knobs at its outer ends', () => {
    for (const s of [1, -1]) {
      for (const x of [0.048, 0.052, 0.056]) {
        for (const y of [1.648, 1.652, 1.656]) {
          const line = (frontZ(s * x, y + 0.012) + frontZ(s * x, y - 0.012)) / 2;
          expect(frontZ(s * x, y) - line, `x ${s * x}, y ${y}`).toBeLessThan(0.002);
        }
      }
    }
  });

  /**
   * The lips meet in a crease, the line of the mouth: near the midline the skin between them lies
   * at least 0.4 mm behind the fullest part of each lip (the two used to be blended into a single
   * roll, the skin falling back evenly from the upper lip to the chin).
   */
  it('has two lips meeting in the line of the mouth', () => {
    const fullest = (x: number, ys: readonly number[]) => Math.max(...ys.map((y) => frontZ(x, y)));
    for (const s of [1, -1]) {
      for (const x of [0, 0.004, 0.008]) {
        const line = Math.min(...[1.564, 1.566, 1.568].map((y) => frontZ(s * x, y)));
        expect(fullest(s * x, [1.57, 1.572, 1.574]) - line, `upper lip, x ${s * x}`).toBeGreaterThan(0.0004);
        expect(fullest(s * x, [1.558, 1.56, 1.562]) - line, `lower lip, x ${s * x}`).toBeGreaterThan(0.0004);
      }
    }
  });

  it('has lips in front of the chin crease, and a chin', () => {
    expect(frontZ(0, FACE.mouth[1] + 0.005)).toBeGreaterThan(frontZ(0, 1.548) + 0.003);
    expect(frontZ(0, FACE.chin[1])).toBeGreaterThan(frontZ(0, 1.548) - 0.004);
  });

  it('has outer ears: a helix standing free of the head behind, and a concha sunk inside its rim', () => {
    const { helixBack, conchaFloor } = EAR_POINTS;
    for (const s of [1, -1]) {
      // From the side through the back of the helix: the rim (beyond the skull, at most 0.079 m
      // wide on each side), then air, then the head.
      const across = hits([s * 0.4, helixBack[1], helixBack[2]], [-s, 0, 0]).sort((a, b) => a - b);
      const [rimIn, rimOut, head] = across as [number, number, number];
      expect(across.length).toBeGreaterThanOrEqual(3);
      expect(0.4 - rimIn).toBeGreaterThan(0.085);
      expect(head - rimOut).toBeGreaterThan(0.003);
      // The concha, the bowl in front of the antihelix, lies well inside the rim.
      const concha = 0.4 - Math.min(...hits([s * 0.4, conchaFloor[1], conchaFloor[2]], [-s, 0, 0]));
      expect(0.4 - rimIn - concha).toBeGreaterThan(0.003);
    }
  });

  it('leaves air between the top of the helix and the scalp (no web of skin)', () => {
    const { helixTop } = EAR_POINTS;
    for (const s of [1, -1]) {
      // From the side through the rim where it rises over the top: on this side of the midline,
      // the rim, then air, then the head (a web of skin would leave one surface only).
      const near = hits([s * 0.4, helixTop[1], helixTop[2]], [-s, 0, 0])
        .filter((t) => t < 0.4)
        .sort((a, b) => a - b);
      const [, rimOut, head] = near as [number, number, number];
      expect(near.length).toBeGreaterThanOrEqual(3);
      expect(head - rimOut).toBeGreaterThan(0.002);
    }
  });
});

describe('the neck and collarbones', () => {
  /** How far from the neck's axis (0, y, −0.04) the skin is, at an angle from the front (degrees, + = left). */
  const radial = (y: number, deg: number) => {
    const a = (deg * Math.PI) / 180;
    const dir: Vec3 = [Math.sin(a), 0, Math.cos(a)];
    const o: Vec3 = [dir[0] * 0.4, y, -0.04 + dir[2] * 0.4];
    return 0.4 - Math.min(...hits(o, [-dir[0], 0, -dir[2]]));
  };
  const frontZ = (x: number, y: number) => 0.4 - Math.min(...hits([x, y, 0.4], [0, 0, -1]));

  it('raises the sternocleidomastoid across the side of the neck, on both sides', () => {
    for (const s of [1, -1]) {
      // Low on the neck the muscle runs about 30° from the front: the skin there stands out
      // from the skin in front of it (over the windpipe) and behind it.
      const ridge = radial(1.5, s * 30);
      expect(ridge - radial(1.5, s * 5)).toBeGreaterThan(0.002);
      expect(ridge - radial(1.5, s * 50)).toBeGreaterThan(0.002);
    }
  });

  it('has the suprasternal notch between the sternal heads of the two muscles', () => {
    for (const s of [1, -1]) expect(frontZ(s * 0.014, 1.457) - frontZ(0, 1.457)).toBeGreaterThan(0.003);
  });
});
