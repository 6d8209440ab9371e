/**
 * Surface detail of the skin that the lofted segments cannot carry: the hand's palm, thumb and
 * four fingers, the foot with five toes and a medial arch, the face (brow ridge, eye sockets
 * with closed lids, nose, lips, chin, cheekbones, ears), the neck (sternocleidomastoid relief,
 * suprasternal notch) and a few landmarks (kneecaps, ankle bones, navel, collarbones). Left side
 * only (x ≥ 0); the body is mirrored about x = 0.
 *
 * Only the skin's shape (`bodyDistance`) uses these; `regionAt` still names regions from the
 * segments, so every detail lies within the segment that owns it (fingers inside the hand loft's
 * span, toes inside the foot's, the face on the head).
 *
 * Proportions: hand length 0.108 H, hand breadth 0.054 H, middle finger about 0.45 of the hand,
 * foot length 0.152 H (Drillis & Contini, as tabulated by Winter), refined by surface anatomy.
 */
import type { Vec3 } from '../vec3';
import { chain, type Dist, ellipsoid, smin, smoothChain, ssub } from './distance';
import { EAR_CORNERS, EAR_ROOT_BLEND, earBlend, earDistance } from './ear';
import { type Knot, smoothTable } from './smoothTable';

/** Axis-aligned box around a group of shapes, with the distance beyond which it cannot matter. */
interface Group {
  readonly min: Vec3;
  readonly max: Vec3;
  readonly f: Dist;
}

/**
 * Superellipse loft of a flat palm or sole along y or z: sections (axis value, centre, radii).
 *
 * Each span between two sections is eased with a smoothstep, so the profile is flat at every
 * section. Between the sections `curve` spans (axis values, lowest first), the drawn skin
 * (`smooth`) instead follows one C1 curve through them ({@link smoothTable}), flat only at its
 * ends, where it meets the spans beyond: the flat steps read as bands across the back of the foot
 * and the back of the hand. (The plain body, which the muscles and bones are laid out under, keeps
 * the steps.)
 */
function flatLoft(
  axis: 1 | 2,
  sections: readonly { a: number; c: readonly [number, number]; r: readonly [number, number] }[],
  n: number,
  smooth: boolean,
  curve?: readonly [number, number],
): Dist {
  const first = sections[0] as (typeof sections)[number];
  const last = sections[sections.length - 1] as (typeof sections)[number];
  const lo = Math.min(first.a, last.a);
  const hi = Math.max(first.a, last.a);
  const sorted = [...sections].sort((u, v) => u.a - v.a).filter((s) => curve && s.a >= curve[0] && s.a <= curve[1]);
  const table = (pick: (s: (typeof sections)[number]) => number): Knot[] => sorted.map((s) => [s.a, pick(s)]);
  const curves = [table((s) => s.c[0]), table((s) => s.c[1]), table((s) => s.r[0]), table((s) => s.r[1])];
  // The two coordinates across the axis: (x, z) for a y-axis loft, (x, y) for a z-axis loft.
  return (x, y, z) => {
    const p = [x, y, z] as const;
    const a = p[axis];
    const ac = Math.min(hi, Math.max(lo, a));
    let cu: number;
    let cv: number;
    let ru: number;
    let rv: number;
    if (smooth && curve && ac >= curve[0] && ac <= curve[1]) {
      [cu, cv, ru, rv] = curves.map((k) => smoothTable(k, ac)) as [number, number, number, number];
    } else {
      let s0 = first;
      let s1 = last;
      for (let i = 0; i + 1 < sections.length; i++) {
        const u = sections[i] as typeof first;
        const v = sections[i + 1] as typeof first;
        if (ac >= Math.min(u.a, v.a) && ac <= Math.max(u.a, v.a)) {
          s0 = u;
          s1 = v;
          break;
        }
      }
      const t0 = s1.a === s0.a ? 0 : (ac - s0.a) / (s1.a - s0.a);
      const t = t0 * t0 * (3 - 2 * t0);
      cu = s0.c[0] + (s1.c[0] - s0.c[0]) * t;
      cv = s0.c[1] + (s1.c[1] - s0.c[1]) * t;
      ru = s0.r[0] + (s1.r[0] - s0.r[0]) * t;
      rv = s0.r[1] + (s1.r[1] - s0.r[1]) * t;
    }
    const du = x - cu;
    const dv = (axis === 1 ? z : y) - cv;
    const r = Math.hypot(du, dv);
    const re = r < 1e-9 ? Math.min(ru, rv) : (Math.abs(du / r / ru) ** n + Math.abs(dv / r / rv) ** n) ** (-1 / n);
    const radial = r - re;
    const beyond = Math.abs(a - ac);
    if (beyond === 0) return radial;
    // Close the ends with an ellipsoidal cap (radius re around the axis, `cap` along it). For the
    // drawn skin (`smooth`) its distance is estimated to first order as in the segments' caps, so
    // it equals `radial` where the cap meets the side; the scaled estimate jumps there, by up to
    // 90° in the normal: a ring round the wrist where the palm begins, flecks at the knuckles.
    const cap = Math.min(ru, rv);
    if (!smooth) return (Math.hypot(r / re, beyond / cap) - 1) * Math.min(re, cap);
    const k0 = Math.hypot(r / re, beyond / cap);
    const k1 = Math.hypot(r / (re * re), beyond / (cap * cap));
    return k1 > 1e-12 ? (k0 * (k0 - 1)) / k1 : -Math.min(re, cap);
  };
}

/** The axis-aligned box around points, grown by `pad` on every side (shared with the generator's shapes). */
export function boxAround(points: readonly Vec3[], pad: number): { min: Vec3; max: Vec3 } {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const p of points) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, (p[k] as number) - pad);
      max[k] = Math.max(max[k] as number, (p[k] as number) + pad);
    }
  }
  return { min, max };
}

function bounded(f: Dist, points: readonly Vec3[], pad: number): Group {
  return { f, ...boxAround(points, pad) };
}

/** Distance from a point to a shape's box (0 inside); the model generator's unions use it too. */
export function boxGap(g: { readonly min: Vec3; readonly max: Vec3 }, x: number, y: number, z: number): number {
  const ox = Math.max(g.min[0] - x, 0, x - g.max[0]);
  const oy = Math.max(g.min[1] - y, 0, y - g.max[1]);
  const oz = Math.max(g.min[2] - z, 0, z - g.max[2]);
  return Math.sqrt(ox * ox + oy * oy + oz * oz);
}

// ── hand ─────────────────────────────────────────────────────────────────────────────────────
// Left hand in anatomical position: palm forward (+z), thumb lateral (+x), fingers down (−y),
// slightly spread and a little flexed toward the palm.

/** One digit: knuckle (MCP) to tip, radius at each joint. */
interface Digit {
  readonly name: string;
  readonly joints: readonly Vec3[];
  readonly radii: readonly number[];
}

/** The four fingers, index (lateral) to little (medial), and the thumb. */
export const FINGERS: readonly Digit[] = [
  {
    name: 'index',
    joints: [
      [0.281, 0.758, -0.029],
      [0.2875, 0.7152, -0.0271],
      [0.2903, 0.692, -0.0234],
      [0.2922, 0.6762, -0.0197],
    ],
    radii: [0.0092, 0.0082, 0.0074, 0.0066],
  },
  {
    name: 'middle',
    joints: [
      [0.262, 0.755, -0.029],
      [0.2648, 0.7076, -0.0271],
      [0.2657, 0.6806, -0.0234],
      [0.2666, 0.6639, -0.0197],
    ],
    radii: [0.0095, 0.0085, 0.0076, 0.0068],
  },
  {
    name: 'ring',
    joints: [
      [0.243, 0.757, -0.03],
      [0.2411, 0.7124, -0.0281],
      [0.2393, 0.6882, -0.0244],
      [0.2383, 0.6724, -0.0207],
    ],
    radii: [0.0088, 0.0079, 0.0071, 0.0064],
  },
  {
    name: 'little',
    joints: [
      [0.226, 0.763, -0.031],
      [0.2195, 0.7286, -0.0291],
      [0.2158, 0.71, -0.0263],
      [0.2139, 0.697, -0.0226],
    ],
    radii: [0.0078, 0.007, 0.0064, 0.0058],
  },
];

export const THUMB: Digit = {
  name: 'thumb',
  joints: [
    [0.272, 0.832, -0.028],
    [0.29, 0.786, -0.016],
    [0.299, 0.757, -0.009],
    [0.304, 0.734, -0.004],
  ],
  radii: [0.0135, 0.0102, 0.0088, 0.0074],
};

// ── foot ─────────────────────────────────────────────────────────────────────────────────────
// Left foot, heel at −z, toes at +z, big toe medial (smaller x). The second toe's knuckle sits a
// little ahead of the big toe's (the second metatarsal is the longest), and the tips fall back
// from the big toe's along an oblique line: the second's about 7 mm behind it, the little toe's
// about 4.5 cm. The lesser toes fan out only a little (the fourth by about 8°, the little toe by
// about 17°; before, 10° and 22°, and the little toe stood 9 mm off the fourth like a finger). The
// clefts between them are 4–5 mm: a little more than the skin's 2.5 mm grid needs to part them
// (at 3 mm the second and third toes merged at their tips). The big toe's end phalanx turns about
// 7° towards the second (a slight valgus, as in most feet): straight, the cleft between them
// widened from 4 mm to 7 mm at the tips and the big toe stood apart.

export const TOES: readonly Digit[] = [
  {
    name: 'hallux',
    joints: [
      [0.078, 0.017, 0.082],
      [0.077, 0.015, 0.113],
      [0.0793, 0.013, 0.133],
    ],
    radii: [0.013, 0.012, 0.0105],
  },
  {
    name: 'second',
    joints: [
      [0.098, 0.016, 0.086],
      [0.1006, 0.0134, 0.1125],
      [0.1015, 0.0099, 0.13],
    ],
    radii: [0.0082, 0.0075, 0.0066],
  },
  {
    name: 'third',
    joints: [
      [0.113, 0.015, 0.08],
      [0.1158, 0.0124, 0.1045],
      [0.1172, 0.0089, 0.1215],
    ],
    radii: [0.0078, 0.0071, 0.0063],
  },
  {
    name: 'fourth',
    joints: [
      [0.127, 0.014, 0.072],
      [0.1304, 0.0114, 0.0945],
      [0.1325, 0.0083, 0.11],
    ],
    radii: [0.0073, 0.0066, 0.006],
  },
  {
    name: 'little',
    joints: [
      [0.139, 0.013, 0.062],
      [0.1455, 0.0104, 0.0805],
      [0.1485, 0.0078, 0.0925],
    ],
    radii: [0.0069, 0.0063, 0.0058],
  },
];

// ── face and head ────────────────────────────────────────────────────────────────────────────
// The head loft's front is near z ≈ 0.086 from the brow to the mouth; eye level 0.936 H.

/** Landmarks of the face (left side or midline). */
export const FACE = {
  noseTip: [0, 1.592, 0.111] as Vec3,
  eye: [0.032, 1.638, 0.082] as Vec3,
  chin: [0, 1.532, 0.087] as Vec3,
  mouth: [0, 1.566, 0.093] as Vec3,
};

/**
 * The drawn skin's face (the body the muscles and bones are laid out under keeps the plain one of
 * `detailShapes`, so no muscle moves): a nose with a narrow bridge from the nasion, a rounded tip
 * and, set back from it, a wide base that carries the alae (the plain face's ball-shaped alae read
 * as two lumps); lips that follow the teeth, thinner and blended wider into the face than the
 * plain face's tubes, the upper one with a gentle Cupid's bow, the two meeting in a crease (the
 * line of the mouth; blended as one, they read as a single roll); the plain face's chin and jaw line. No
 * cheek shape: the plain one stood out as a round lump under each eye (a cheekbone drawn as a
 * gentle swelling of the skin was tried too and read as a patch stuck on). Left side and midline
 * (x ≥ 0), metres.
 */
function smoothHead(
  tube: (points: readonly Vec3[], radii: readonly number[], blend?: number) => Dist,
  { chin, jaw }: { readonly chin: Dist; readonly jaw: Dist },
): Dist {
  const dorsum = tube(
    [
      [0, 1.642, 0.0845],
      [0, 1.622, 0.0935],
      [0, 1.603, 0.1025],
    ],
    [0.0048, 0.0056, 0.0066],
  );
  const tip = ellipsoid([0, 1.5935, 0.1035], [0.0085, 0.0078, 0.0078]);
  const base = ellipsoid([0, 1.5905, 0.0915], [0.0155, 0.0068, 0.0085]);
  // The brow ridge is fullest over the inner half of the eye and fades out above its outer corner
  // (turning back into the temple, its end read as a knob from the front).
  const brow = tube(
    [
      [0, 1.652, 0.088],
      [0.03, 1.657, 0.0855],
      [0.042, 1.6555, 0.0765],
    ],
    [0.005, 0.006, 0.001],
    0.004,
  );
  const upperLip = tube(
    [
      [0, 1.5712, 0.0898],
      [0.006, 1.5718, 0.0893],
      [0.013, 1.5705, 0.0862],
      [0.0205, 1.5683, 0.0795],
    ],
    [0.0042, 0.0043, 0.0036, 0.002],
  );
  const lowerLip = tube(
    [
      [0, 1.5602, 0.0878],
      [0.009, 1.5608, 0.0858],
      [0.0175, 1.5648, 0.0798],
    ],
    [0.0052, 0.0044, 0.0022],
  );
  return (x, y, z) => {
    let nose = smin(dorsum(x, y, z), tip(x, y, z), 0.008);
    nose = smin(nose, base(x, y, z), 0.012);
    let d = smin(nose, brow(x, y, z), 0.016);
    // The lips meet in a crease (the line of the mouth), blended into the face around them. The
    // crease's floor is rounded over 2.5 mm, the skin's grid step: rounded over 1.5 mm it was
    // narrower than the grid, which meshed it as a line of small nicks.
    d = smin(d, smin(upperLip(x, y, z), lowerLip(x, y, z), 0.0025), 0.011);
    d = smin(d, chin(x, y, z), 0.01);
    return smin(d, jaw(x, y, z), 0.012);
  };
}

/**
 * The detail's shapes. `smooth` (the drawn skin) has no crease where its pieces meet: the face's
 * chains are smooth hulls ({@link smoothChain}), the palm's and sole's ends meet their caps without
 * a jump, and the upper lid is blended in over more. (The fingers', toes', neck's and collarbone's
 * chains stay as they are: tendons and muscles run just under the skin there.) The plain ones shape the body the muscles and
 * bones are laid out under, as they always have.
 */
function detailShapes(smooth: boolean) {
  const tube = (points: readonly Vec3[], radii: readonly number[], blend = 0): Dist =>
    smooth ? smoothChain(points, radii, blend) : chain(points, radii);
  // The upper lid is blended into the socket and the brow over 14 mm on the skin (its box padded
  // as much, so the blend ends inside it): over 8 mm, the fold between the lid and the brow was
  // sharper than the face's triangles, which bridged it with normals from both walls (light
  // flecks under the brow).
  const lidBlend = smooth ? 0.014 : 0.008;
  const palm = flatLoft(
    1,
    [
      { a: 0.856, c: [0.251, -0.0315], r: [0.025, 0.015] },
      { a: 0.84, c: [0.252, -0.031], r: [0.029, 0.015] },
      { a: 0.81, c: [0.254, -0.03], r: [0.038, 0.0155] },
      { a: 0.776, c: [0.254, -0.03], r: [0.041, 0.0145] },
      { a: 0.758, c: [0.254, -0.03], r: [0.037, 0.0115] },
      { a: 0.748, c: [0.254, -0.029], r: [0.03, 0.0085] },
    ],
    2.6,
    smooth,
    // One curve from the knuckles to the palm's widest section; the spans on to the wrist stay (one
    // curve there deepened the groove at the wrist past its limit).
    [0.748, 0.81],
  );
  const thenar = ellipsoid([0.27, 0.81, -0.02], [0.015, 0.026, 0.011]);
  const hypothenar = ellipsoid([0.229, 0.798, -0.024], [0.012, 0.032, 0.009]);
  const fingerFs = FINGERS.map((d) => chain(d.joints, d.radii));
  const thumbF = chain(THUMB.joints, THUMB.radii);

  const HAND = bounded(
    (x, y, z) => {
      let d = smin(palm(x, y, z), thenar(x, y, z), 0.008);
      d = smin(d, hypothenar(x, y, z), 0.008);
      d = smin(d, thumbF(x, y, z), 0.009);
      for (const f of fingerFs) d = smin(d, f(x, y, z), 0.006);
      return d;
    },
    [
      [0.2, 0.645, -0.055],
      [0.32, 0.88, 0.0],
    ],
    0.005,
  );

  // The heel's section ends the loft: its cap reaches about 2.5 cm further back, 1.6 cm behind the
  // Achilles insertion, leaving well under a centimetre of flesh behind the calcaneus.
  const sole = flatLoft(
    2,
    [
      { a: -0.115, c: [0.095, 0.034], r: [0.025, 0.031] },
      { a: -0.07, c: [0.097, 0.045], r: [0.033, 0.043] },
      { a: 0.0, c: [0.102, 0.034], r: [0.041, 0.032] },
      { a: 0.055, c: [0.108, 0.022], r: [0.046, 0.02] },
      { a: 0.078, c: [0.109, 0.0155], r: [0.043, 0.014] },
      { a: 0.088, c: [0.104, 0.014], r: [0.034, 0.012] },
    ],
    2.3,
    smooth,
    // One curve through all its sections (the bounds repeat none of them, so they cannot drift).
    [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
  );
  /** The medial longitudinal arch: the sole lifted under the midfoot on the inner side. */
  const arch = ellipsoid([0.066, -0.004, -0.025], [0.03, 0.016, 0.062]);
  const toeFs = TOES.map((d) => chain(d.joints, d.radii));

  const FOOT = bounded(
    (x, y, z) => {
      let d = sole(x, y, z);
      for (const f of toeFs) d = smin(d, f(x, y, z), 0.005);
      return ssub(d, arch(x, y, z), 0.012);
    },
    [
      [0.05, -0.01, -0.17],
      [0.17, 0.09, 0.15],
    ],
    0.005,
  );

  const face = {
    nose: tube(
      [
        [0, 1.64, 0.088],
        [0, 1.616, 0.099],
        [0, 1.595, 0.108],
      ],
      [0.0055, 0.0068, 0.0088],
    ),
    ala: ellipsoid([0.0105, 1.5895, 0.0935], [0.0068, 0.0058, 0.0072]),
    brow: tube(
      [
        [0, 1.652, 0.088],
        [0.03, 1.657, 0.0855],
        [0.052, 1.652, 0.07],
      ],
      [0.005, 0.006, 0.0045],
      // Where the brow bends back, a fillet on its underside (the links crossed in a crease there).
      0.004,
    ),
    socket: ellipsoid([0.033, 1.638, 0.096], [0.018, 0.011, 0.012]),
    lid: ellipsoid([0.032, 1.637, 0.075], [0.013, 0.0085, 0.0105]),
    cheek: ellipsoid([0.042, 1.618, 0.06], [0.015, 0.01, 0.012]),
    // The lips follow the curve of the teeth: full at the midline, thinning into the corners of
    // the mouth, which sit further back.
    upperLip: tube(
      [
        [0, 1.5718, 0.0905],
        [0.011, 1.5712, 0.0875],
        [0.0205, 1.5685, 0.0795],
      ],
      [0.0056, 0.0049, 0.0026],
    ),
    lowerLip: tube(
      [
        [0, 1.5603, 0.0888],
        [0.01, 1.5613, 0.0863],
        [0.0185, 1.5655, 0.0795],
      ],
      [0.006, 0.005, 0.0026],
    ),
    chin: ellipsoid([0, 1.535, 0.077], [0.019, 0.013, 0.012]),
    jaw: tube(
      [
        [0.018, 1.527, 0.072],
        [0.045, 1.54, 0.035],
        [0.052, 1.56, -0.005],
      ],
      [0.008, 0.008, 0.009],
    ),
    ear: ellipsoid([0.079, 1.618, -0.02], [0.0065, 0.029, 0.016]),
    concha: ellipsoid([0.088, 1.612, -0.016], [0.005, 0.011, 0.008]),
  };

  const HEAD = bounded(
    smooth
      ? smoothHead(tube, face)
      : (x, y, z) => {
          let d = face.nose(x, y, z);
          d = smin(d, face.ala(x, y, z), 0.006);
          d = smin(d, face.brow(x, y, z), 0.016);
          d = smin(d, face.cheek(x, y, z), 0.02);
          d = smin(d, face.upperLip(x, y, z), 0.006);
          d = smin(d, face.lowerLip(x, y, z), 0.005);
          d = smin(d, face.chin(x, y, z), 0.01);
          d = smin(d, face.jaw(x, y, z), 0.012);
          return d;
        },
    [
      [0, 1.51, -0.01],
      [0.075, 1.67, 0.125],
    ],
    0.012,
  );
  // The drawn skin has a full outer ear (`ear.ts`); the plain body keeps an ellipsoid with a dent.
  const EAR = smooth
    ? bounded(earDistance, EAR_CORNERS, 0.006)
    : bounded(
        (x, y, z) => ssub(face.ear(x, y, z), face.concha(x, y, z), 0.004),
        [
          [0.07, 1.585, -0.04],
          [0.09, 1.65, 0.0],
        ],
        0.006,
      );
  const SOCKET = bounded(
    face.socket,
    [
      [0.013, 1.625, 0.081],
      [0.053, 1.651, 0.113],
    ],
    0.01,
  );
  const LID = bounded(
    face.lid,
    [
      [0.017, 1.627, 0.06],
      [0.047, 1.647, 0.088],
    ],
    smooth ? lidBlend : 0.004,
  );

  // ── neck ─────────────────────────────────────────────────────────────────────────────────────
  // The sternocleidomastoid's relief runs from behind the ear (mastoid process) down and forward
  // to the top of the breastbone; its two sternal heads frame the suprasternal notch. The chain's
  // centre lies just under the skin found along the way, so it lifts the skin by 2–3 mm.

  const NECK = bounded(
    chain(
      [
        [0.06, 1.583, -0.032],
        [0.054, 1.55, -0.007],
        [0.035, 1.516, 0.008],
        [0.021, 1.482, 0.013],
        [0.0135, 1.455, 0.039],
      ],
      [0.0065, 0.0075, 0.0075, 0.007, 0.0055],
    ),
    [
      [0, 1.44, -0.045],
      [0.072, 1.595, 0.055],
    ],
    0.01,
  );
  const NOTCH = bounded(
    ellipsoid([0, 1.457, 0.047], [0.0085, 0.009, 0.007]),
    [
      [0, 1.445, 0.038],
      [0.009, 1.467, 0.055],
    ],
    0.004,
  );

  // ── landmarks of the trunk and limbs ─────────────────────────────────────────────────────────

  const LANDMARKS = bounded(
    (() => {
      const patella = ellipsoid([0.09, 0.512, 0.02], [0.022, 0.026, 0.012]);
      const medialMalleolus = ellipsoid([0.07, 0.078, -0.068], [0.009, 0.012, 0.011]);
      const lateralMalleolus = ellipsoid([0.121, 0.068, -0.076], [0.009, 0.013, 0.011]);
      return (x: number, y: number, z: number) =>
        y < 0.3 ? Math.min(medialMalleolus(x, y, z), lateralMalleolus(x, y, z)) : patella(x, y, z);
    })(),
    [
      [0.055, 0.05, -0.09],
      [0.125, 0.54, 0.035],
    ],
    0.01,
  );
  /** The collarbone, from the sternal end beside the notch to the acromion. */
  const CLAVICLE_POINTS: readonly Vec3[] = [
    [0.022, 1.449, 0.049],
    [0.07, 1.452, 0.0455],
    [0.12, 1.458, 0.0185],
    [0.165, 1.462, -0.0115],
  ];
  const CLAVICLE = bounded(chain(CLAVICLE_POINTS, [0.0075, 0.007, 0.0062, 0.006]), CLAVICLE_POINTS, 0.018);
  const NAVEL = bounded(
    ellipsoid([0, 1.045, 0.086], [0.006, 0.0075, 0.008]),
    [
      [0, 1.03, 0.075],
      [0.01, 1.06, 0.095],
    ],
    0.006,
  );

  return { HAND, FOOT, HEAD, EAR, SOCKET, LID, lidBlend, NECK, NOTCH, LANDMARKS, CLAVICLE, NAVEL };
}

const PLAIN = detailShapes(false);
const SMOOTH = detailShapes(true);

/**
 * Apply the detail to the distance `d` of the lofted body at a left-side point (x ≥ 0).
 * `d` must already exclude the hand, thumb and foot lofts (see {@link DETAIL_REPLACES}).
 * `smooth` for the drawn skin (see `detailShapes`).
 */
export function withDetail(d0: number, x: number, y: number, z: number, blend: number, smooth = false): number {
  const { HAND, FOOT, HEAD, EAR, SOCKET, LID, lidBlend, NECK, NOTCH, LANDMARKS, CLAVICLE, NAVEL } = smooth
    ? SMOOTH
    : PLAIN;
  let d = d0;
  if (boxGap(HAND, x, y, z) < d + blend) d = smin(d, HAND.f(x, y, z), blend);
  if (boxGap(FOOT, x, y, z) < d + blend) d = smin(d, FOOT.f(x, y, z), blend);
  if (boxGap(HEAD, x, y, z) < d + 0.012) d = smin(d, HEAD.f(x, y, z), 0.012);
  if (boxGap(EAR, x, y, z) < d + EAR_ROOT_BLEND) {
    d = smin(d, EAR.f(x, y, z), smooth ? earBlend(x, y, z) : EAR_ROOT_BLEND);
  }
  if (boxGap(LANDMARKS, x, y, z) < d + 0.01) d = smin(d, LANDMARKS.f(x, y, z), 0.01);
  if (boxGap(CLAVICLE, x, y, z) < d + 0.01) d = smin(d, CLAVICLE.f(x, y, z), 0.01);
  if (boxGap(NECK, x, y, z) < d + 0.01) d = smin(d, NECK.f(x, y, z), 0.01);
  if (boxGap(SOCKET, x, y, z) === 0) d = ssub(d, SOCKET.f(x, y, z), 0.01);
  if (boxGap(LID, x, y, z) === 0) d = smin(d, LID.f(x, y, z), lidBlend);
  if (boxGap(NAVEL, x, y, z) === 0) d = ssub(d, NAVEL.f(x, y, z), 0.004);
  if (boxGap(NOTCH, x, y, z) === 0) d = ssub(d, NOTCH.f(x, y, z), 0.004);
  return d;
}

// ── muscle relief ─────────────────────────────────────────────────────────────────────────────
// Where a muscle's belly lies just under the skin of a lean adult, the skin takes its outline:
// the pectoralis major's plate and lower border on the chest, the biceps on the front of the upper
// arm, the two heads of the gastrocnemius on the back of the calf, the vastus medialis above the
// inner knee, the erector spinae's columns either side of the lumbar spine. Each shape's surface comes 3–5 mm out of the lofted skin and is blended into it; the
// body's relief factor scales how far the skin follows it (`withRelief`). Only the skin uses this:
// the muscles are laid out under the lofted skin (`bodyDistance`), so the relief never moves them.

/** An ellipsoid turned about the z axis by `angle` (radians; positive raises its +x end). */
function tiltedEllipsoid(c: Vec3, r: Vec3, angle: number): Dist {
  const e = ellipsoid([0, 0, c[2]], [r[0], r[1], r[2]]);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return (x, y, z) => {
    const dx = x - c[0];
    const dy = y - c[1];
    return e(dx * cos + dy * sin, -dx * sin + dy * cos, z);
  };
}

// The pectoral plate's lower border rises from the sternum towards the armpit's front fold.
const PECTORAL = bounded(
  tiltedEllipsoid([0.068, 1.345, 0.0433], [0.09, 0.085, 0.03], 0.3),
  [
    [0.0, 1.24, 0.0],
    [0.18, 1.45, 0.085],
  ],
  0.015,
);
const BICEPS = bounded(
  chain(
    [
      [0.211, 1.34, -0.003],
      [0.216, 1.26, -0.007],
      [0.221, 1.18, -0.014],
    ],
    [0.016, 0.02, 0.014],
  ),
  [
    [0.19, 1.16, -0.03],
    [0.24, 1.36, 0.025],
  ],
  0.01,
);
const CALF = bounded(
  (() => {
    const medial = ellipsoid([0.078, 0.395, -0.067], [0.028, 0.075, 0.026]);
    const lateral = ellipsoid([0.106, 0.41, -0.069], [0.024, 0.06, 0.022]);
    return (x: number, y: number, z: number) => Math.min(medial(x, y, z), lateral(x, y, z));
  })(),
  [
    [0.045, 0.32, -0.1],
    [0.135, 0.48, -0.045],
  ],
  0.012,
);
const VASTUS_MEDIALIS = bounded(
  ellipsoid([0.064, 0.57, 0.012], [0.024, 0.045, 0.02]),
  [
    [0.03, 0.52, -0.01],
    [0.09, 0.62, 0.045],
  ],
  0.01,
);
// The erector spinae's columns either side of the spine in the low back, with the furrow between.
const ERECTOR_SPINAE = bounded(
  chain(
    [
      [0.032, 0.98, -0.1182],
      [0.034, 1.03, -0.1036],
      [0.034, 1.12, -0.1008],
      [0.03, 1.22, -0.1284],
    ],
    [0.012, 0.022, 0.02, 0.009],
  ),
  [
    [0.0, 0.92, -0.15],
    [0.07, 1.27, -0.08],
  ],
  0.012,
);
const RELIEF: readonly Group[] = [PECTORAL, BICEPS, CALF, VASTUS_MEDIALIS, ERECTOR_SPINAE];
/** Blend radius of the relief into the skin, metres. */
const RELIEF_BLEND = 0.012;

/**
 * The skin's distance at a left-side point (x ≥ 0) with `scale` of the muscle relief (0 = none,
 * 1 = the reference body's): `d` less that share of how far the blended relief lifts the skin
 * there. Never more than `d`, so the skin only rises.
 */
export function withRelief(d: number, x: number, y: number, z: number, scale: number): number {
  if (scale <= 0) return d;
  let r = d;
  for (const g of RELIEF) if (boxGap(g, x, y, z) < r + RELIEF_BLEND) r = smin(r, g.f(x, y, z), RELIEF_BLEND);
  return d - scale * (d - r);
}

/** The lofted segments whose skin the detail replaces (they still own their regions). */
export const DETAIL_REPLACES: readonly string[] = ['hand', 'thumb', 'foot'];
