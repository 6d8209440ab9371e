/**
 * Bone shapes, built from the landmark table as smooth unions of simple solids (spheres,
 * ellipsoids, tubes and thin slabs). Paired bones are built for the left side and mirrored.
 */
import { FINGERS, THUMB, TOES } from '../../src/domain/body/details';
import { L } from './data/landmarks';
import { blend, carve, ellipsoid, type LoftSection, loft, plate, type Sdf, slab, sphere, tube, union } from './sdf';
import { add, cross, lerp3, mirrorX, normalize, scale, sub, type Vec3 } from './vec';

/** A bone to mesh: its id, whether it is paired, its shape, grid step and triangle budget. */
export interface BoneSpec {
  readonly id: string;
  readonly side: 'left' | 'midline';
  readonly sdf: Sdf;
  readonly step: number;
  readonly triangles: number;
}

const both = (p: Vec3): [Vec3, Vec3] => [p, mirrorX(p)];

/**
 * The dental arch, left half from the midline back to the second molar: the middle of the upper
 * teeth (x, z). The lower teeth sit just inside it.
 */
const UPPER_ARCH: readonly [number, number][] = [
  [0, 0.0785],
  [0.0105, 0.0765],
  [0.0175, 0.071],
  [0.0235, 0.062],
  [0.028, 0.05],
  [0.031, 0.037],
  [0.032, 0.024],
];

/**
 * A band along the dental arch from the right side round to the left, `h` half-high at height
 * `y`, moved by (dx, dz) from the upper teeth's line; half-thick `w0` at the midline, `w1` at the
 * back.
 */
function archBand(y: number, h: number, w0: number, w1: number, dx: number, dz: number): Sdf {
  const n = UPPER_ARCH.length - 1;
  const section = (i: number, s: number): LoftSection => {
    const [x, z] = UPPER_ARCH[i] as [number, number];
    const w = w0 + ((w1 - w0) * i) / n;
    return { c: [s * (x + (i > 0 ? dx : 0)), y, z + dz], w, h, r: Math.min(w, h) * 0.9 };
  };
  const right = Array.from({ length: n }, (_, k) => section(n - k, -1));
  const left = Array.from({ length: n }, (_, k) => section(k + 1, 1));
  return loft([...right, section(0, 1), ...left], 4);
}

/** The crowns' widths along the arch (mesiodistal, metres), incisors to second molars. */
const UPPER_TEETH = [0.0085, 0.0066, 0.0076, 0.007, 0.0066, 0.0102, 0.0092];
const LOWER_TEETH = [0.0054, 0.006, 0.007, 0.0071, 0.0072, 0.0112, 0.0105];

/**
 * A row of tooth crowns along the dental arch (moved by (dx, dz) from the upper teeth's line),
 * each an ellipsoid `h` half-high at height `y`, lying along the arch and touching its
 * neighbours; `lip` is a crown's half-thickness at the incisors, `lip1` at the molars.
 */
function teeth(
  widths: readonly number[],
  y: number,
  h: number,
  lip: number,
  lip1: number,
  dx: number,
  dz: number,
): Sdf {
  const line = UPPER_ARCH.map(([x, z], i): Vec3 => [x + (i > 0 ? dx : 0), y, z + dz]);
  const at = (d: number): { p: Vec3; t: Vec3 } => {
    let rest = d;
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i] as Vec3;
      const b = line[i + 1] as Vec3;
      const l = Math.hypot(b[0] - a[0], b[2] - a[2]);
      if (rest <= l || i + 2 === line.length) return { p: lerp3(a, b, rest / l), t: normalize(sub(b, a)) };
      rest -= l;
    }
    throw new Error('empty arch');
  };
  const crowns: Sdf[] = [];
  let from = 0;
  widths.forEach((width, i) => {
    const { p, t } = at(from + width / 2);
    from += width;
    const half = lip + ((lip1 - lip) * i) / (widths.length - 1);
    for (const s of [1, -1]) {
      const c: Vec3 = [s * p[0], p[1], p[2]];
      const along: Vec3 = [s * t[0], t[1], t[2]];
      const out = normalize(cross(along, [0, 1, 0]));
      crowns.push(ellipsoid(c, [width * 0.56, h, half], [along, [0, 1, 0], out]));
    }
  });
  return blend(crowns, 0.0015);
}

/** The left orbit: the middle of its opening (the rim's plane) and the way the opening faces. */
const ORBIT_CENTRE: Vec3 = [0.0325, 1.638, 0.071];
const ORBIT_FACING: Vec3 = normalize([0.4, -0.25, 1]);

/**
 * The left orbit's cavity, from just in front of its rim back to its apex (the optic canal),
 * posteromedially: a rounded square about 35 mm wide and 33.5 mm high at the rim, a little wider
 * just inside it, narrowing to the apex 45 mm deep.
 */
function orbitCavity(s: number): Sdf {
  const at = (depth: number): Vec3 => {
    const c = add(ORBIT_CENTRE, scale(ORBIT_FACING, -depth));
    return [s * c[0], c[1], c[2]];
  };
  return loft([
    { c: at(-0.012), w: 0.0185, h: 0.0178, r: 0.009 },
    { c: at(0), w: 0.0175, h: 0.0168, r: 0.0085 },
    { c: at(0.012), w: 0.018, h: 0.0172, r: 0.009 },
    { c: [s * 0.022, 1.637, 0.045], w: 0.013, h: 0.0125, r: 0.007 },
    { c: [s * 0.016, 1.636, 0.028], w: 0.004, h: 0.004, r: 0.004 },
  ]);
}

/**
 * The rim of the left orbit: a closed loop of bone just outside the cavity's opening, in the
 * plane of the opening, thickest along the supraorbital margin (the brow ridge).
 */
function orbitRim(s: number): Sdf {
  const u = normalize(cross([0, 1, 0], ORBIT_FACING));
  const v = cross(ORBIT_FACING, u);
  const points: Vec3[] = [];
  const radii: number[] = [];
  const n = 20;
  for (let k = 0; k <= n; k++) {
    const a = (2 * Math.PI * k) / n;
    const cu = Math.cos(a);
    const sv = Math.sin(a);
    // A superellipse: a rounded square.
    const x = 0.0198 * Math.sign(cu) * Math.abs(cu) ** 0.6;
    const y = 0.019 * Math.sign(sv) * Math.abs(sv) ** 0.6;
    const p = add(ORBIT_CENTRE, add(scale(u, x), scale(v, y)));
    points.push([s * p[0], p[1], p[2]]);
    radii.push(0.0034 + 0.0014 * Math.max(0, sv) + 0.0004 * Math.max(0, cu));
  }
  return tube(points, radii);
}

/**
 * The nasal cavity behind the piriform aperture: a pear-shaped opening about 25 mm wide low down
 * and 32 mm high (nasal bones above, the nasal floor below), running 35–45 mm back.
 */
function nasalCavity(): Sdf {
  const lower = loft([
    { c: [0, 1.597, 0.115], w: 0.0125, h: 0.011, r: 0.0095 },
    { c: [0, 1.597, 0.07], w: 0.0125, h: 0.011, r: 0.0095 },
    { c: [0, 1.6, 0.04], w: 0.011, h: 0.013, r: 0.009 },
  ]);
  const upper = loft([
    { c: [0, 1.609, 0.115], w: 0.0075, h: 0.0095, r: 0.0065 },
    { c: [0, 1.609, 0.08], w: 0.0075, h: 0.0095, r: 0.0065 },
    { c: [0, 1.615, 0.045], w: 0.008, h: 0.014, r: 0.007 },
  ]);
  return blend([lower, upper], 0.008);
}

/**
 * The skull: the cranial vault, the frontal bone with its brow ridges, the two orbits, the nasal
 * bones over a pear-shaped nasal aperture, the cheekbones and zygomatic arches (the temporal
 * fossa under each arch), the maxilla with its alveolar process and the upper teeth, the
 * mastoids and the skull's base.
 */
function skull(): Sdf {
  const masses: Sdf[] = [
    ellipsoid([0, 1.66, -0.02], [0.07, 0.08, 0.092]),
    // The upper vault, fuller than one ellipsoid draws it: the parietal bones stay wide and long
    // up to a flatter crown, so the scalp over the top and back of the head is under a centimetre
    // thick (it was up to 1.8 cm, the skull a dome inside a boxier head).
    ellipsoid([0, 1.69, -0.026], [0.066, 0.053, 0.09]),
    // The forehead, and the midface from the orbits down to the maxilla.
    ellipsoid([0, 1.672, 0.025], [0.042, 0.04, 0.05]),
    ellipsoid([0, 1.612, 0.036], [0.05, 0.05, 0.048]),
    ellipsoid([0, 1.6, -0.045], [0.045, 0.03, 0.05]),
  ];
  const details: Sdf[] = [
    // The glabella between the brows (the nasal bones below it: see the loop).
    ellipsoid([0, 1.655, 0.077], [0.013, 0.011, 0.007]),
    // The alveolar process of the maxilla, holding the upper teeth.
    archBand(1.5815, 0.008, 0.0055, 0.0075, 0.0005, -0.001),
  ];
  const holes: Sdf[] = [nasalCavity()];
  const fossae: Sdf[] = [];
  const additions: Sdf[] = [
    // The upper teeth, their edges at the line of the lips.
    teeth(UPPER_TEETH, 1.5695, 0.0045, 0.0033, 0.0048, 0, 0),
    // The anterior nasal spine at the foot of the aperture.
    tube(
      [
        [0, 1.5885, 0.068],
        [0, 1.587, 0.083],
      ],
      [0.003, 0.0018],
    ),
  ];
  for (const s of [1, -1]) {
    const m = (p: Vec3): Vec3 => [p[0] * s, p[1], p[2]];
    masses.push(sphere(m(L.mastoid), 0.009));
    // The cheekbone's body, where the orbit's lateral and lower rims meet the arch.
    masses.push(ellipsoid(m([0.048, 1.618, 0.058]), [0.011, 0.013, 0.008]));
    // The nasal bone: a thin plate from the nasion down to its free edge over the aperture, narrow
    // at the top and wider below, meeting its fellow in a ridge on the midline (together a roof,
    // not the block they were).
    const nasion: Vec3 = [0, 1.646, 0.082];
    const lowerEdge = m([0.0105, 1.613, 0.0875]);
    details.push(
      slab(nasion, [0, 1.612, 0.0955], lowerEdge, 0.0014),
      slab(nasion, lowerEdge, m([0.0045, 1.646, 0.079]), 0.0014),
    );
    // The frontal process of the maxilla, sloping from the nasal bones back to the orbit's rim.
    details.push(ellipsoid(m([0.011, 1.626, 0.08]), [0.0065, 0.015, 0.0065]));
    // The superciliary arch above the medial part of each orbit's rim: it fades 3 cm from the
    // midline, where the supraorbital margin goes on alone (to 3.8 cm, it stood 2–3 mm under the
    // skin of the brow, and the frontalis could not pass over it). It stands 6.5–8 mm under the
    // skin's brow (1.5 mm less, and bone showed through the frontalis passing over it).
    details.push(
      tube([m([0.006, 1.658, 0.0785]), m([0.021, 1.662, 0.0765]), m([0.031, 1.662, 0.0725])], [0.005, 0.0045, 0.003]),
    );
    // The frontal eminence over it: the squama stays forward above the arch instead of falling
    // 14 mm back behind it (the vault's ellipsoid curves away from the midline too soon), which
    // left a groove under 1.3–1.9 cm of soft tissue where a real forehead has about half a
    // centimetre.
    details.push(ellipsoid(m([0.024, 1.671, 0.058]), [0.024, 0.014, 0.012]));
    holes.push(orbitCavity(s));
    additions.push(orbitRim(s));
    // The temporal fossa: the side of the skull falls away under the zygomatic arch, leaving
    // the gap through which the temporalis passes to the coronoid process.
    fossae.push(ellipsoid(m([0.069, 1.624, 0.013]), [0.021, 0.026, 0.025]));
    // Behind it, under the arch's root, the side of the skull's base is cut back to the mandibular
    // fossa, so the condyle and its neck stand free in front of the ear instead of inside the vault.
    fossae.push(ellipsoid(m([0.061, 1.606, -0.009]), [0.013, 0.013, 0.013]));
    additions.push(
      tube(
        [m(L.zygomaticBone), m(L.zygomaticArchFront), m(L.zygomaticArchBack), m([0.06, 1.625, -0.012])],
        [0.007, 0.005, 0.004, 0.004],
      ),
    );
  }
  const cranium = blend([blend(masses, 0.012), ...details], 0.005);
  const carved = carve(carve(cranium, fossae, 0.006), holes, 0.003);
  // The rims, the arches (bridging the fossae, fused to the cheekbone in front and the temporal
  // bone behind) and the teeth go on after the cuts.
  return blend([carved, ...additions], 0.004);
}

/**
 * The mandible: its body, swept from one angle round the chin to the other between the alveolar
 * crest and the lower border, with the mental protuberance in front and the lower teeth on top;
 * each ramus rises from the angle to the condyle behind and the coronoid process in front, the
 * mandibular notch between them.
 */
function mandible(): Sdf {
  // Left side, from the angle forward: the alveolar crest, the lower border, the half-thickness.
  const pairs: [Vec3, Vec3, number][] = [
    [[0.045, 1.562, -0.008], [0.049, 1.546, -0.014], 0.004],
    [[0.037, 1.558, 0.014], [0.046, 1.536, 0.012], 0.0048],
    [[0.0305, 1.556, 0.03], [0.043, 1.53, 0.036], 0.0052],
    [[0.027, 1.556, 0.047], [0.036, 1.525, 0.052], 0.0054],
    [[0.0205, 1.556, 0.061], [0.024, 1.523, 0.064], 0.0055],
    [[0.0095, 1.556, 0.07], [0.011, 1.521, 0.0695], 0.0055],
  ];
  const section = ([top, bottom, w]: [Vec3, Vec3, number], s: number): LoftSection => {
    const up = sub(top, bottom);
    return {
      c: [(s * (top[0] + bottom[0])) / 2, (top[1] + bottom[1]) / 2, (top[2] + bottom[2]) / 2],
      w,
      h: Math.hypot(up[0], up[1], up[2]) / 2,
      r: 0.004,
      up: [s * up[0], up[1], up[2]],
    };
  };
  const pairs2 = [...pairs.map((p) => section(p, -1)), section([[0, 1.556, 0.0715], [0, 1.5205, 0.0705], 0.0055], 1)];
  const all = [...pairs2, ...[...pairs].reverse().map((p) => section(p, 1))];
  // The body: a plate between the alveolar crest and the lower border, the border itself rounded
  // and thicker.
  const body = loft(
    all.map((q) => ({ ...q, w: q.w * 0.7 })),
    4,
  );
  const border = loft(
    all.map((q) => {
      const up = q.up as Vec3;
      const l = Math.hypot(up[0], up[1], up[2]);
      const k = q.h - 0.0055;
      return {
        c: [q.c[0] - (up[0] / l) * k, q.c[1] - (up[1] / l) * k, q.c[2] - (up[2] / l) * k],
        w: q.w,
        h: 0.0055,
        r: 0.005,
        up,
      };
    }),
    4,
  );
  const parts: Sdf[] = [
    body,
    border,
    // The mental protuberance.
    ellipsoid([0, 1.529, 0.0725], [0.013, 0.0085, 0.006]),
    // The lower teeth, just inside the upper ones.
    teeth(LOWER_TEETH, 1.5605, 0.0042, 0.003, 0.0048, -0.0015, -0.0025),
  ];
  for (const s of [1, -1]) {
    const m = (p: Vec3): Vec3 => [p[0] * s, p[1], p[2]];
    const angle = m(L.mandibleAngle);
    const neck = m([0.0505, 1.606, -0.011]);
    // The anterior border, from the coronoid's tip down into the body's oblique line.
    const anterior: Vec3[] = [m(L.coronoidProcess), m([0.0465, 1.588, 0.0215]), m([0.0455, 1.568, 0.0235])];
    parts.push(
      // The ramus: one thin plate round the angle, up the posterior border and the condyle's neck
      // to the head, down round the mandibular notch, up to the coronoid's tip and down its
      // anterior border into the body.
      plate(
        [
          angle,
          m([0.0495, 1.576, -0.0165]),
          m([0.0508, 1.612, -0.0128]),
          m([0.0508, 1.6125, -0.0065]),
          m([0.05, 1.6035, -0.0015]),
          m([0.0488, 1.596, 0.0035]),
          m([0.048, 1.5945, 0.0085]),
          m([0.0472, 1.5985, 0.0135]),
          ...anterior,
          m([0.044, 1.553, 0.021]),
          m([0.046, 1.551, 0.002]),
          m([0.0475, 1.548, -0.01]),
        ],
        0.0022,
      ),
      // The posterior border, thick and rounded, up to the condyle's neck.
      tube([m([0.0485, 1.55, -0.0155]), m([0.0497, 1.577, -0.0152]), neck], [0.0038, 0.0036, 0.0033]),
      tube([...anterior, m([0.0445, 1.556, 0.025])], [0.0018, 0.0028, 0.0032, 0.003]),
      // The lower border from the angle forward into the body's rounded border.
      tube([angle, m([0.049, 1.545, -0.012])], [0.0042, 0.0045]),
      // The condyle's head, wide from side to side, its lateral pole at the landmark.
      ellipsoid(m(sub(L.mandibleCondyle, [0.0035, -0.001, 0])), [0.009, 0.0048, 0.0052]),
    );
  }
  return blend(parts, 0.004);
}

/** A point along a polyline of landmarks at parameter t (0..1 by index, not arc length). */
function along(points: readonly Vec3[], t: number): Vec3 {
  const f = t * (points.length - 1);
  const i = Math.min(points.length - 2, Math.floor(f));
  return lerp3(points[i] as Vec3, points[i + 1] as Vec3, f - i);
}

const BODY_LINE: Vec3[] = [L.atlasBody, L.c4Body, L.c7Body, L.t4Body, L.t8Body, L.t12Body, L.l3Body, L.l5Body];
const SPINOUS_LINE: Vec3[] = [
  L.axisSpinous,
  L.c7Spinous,
  L.t3Spinous,
  L.t7Spinous,
  L.t12Spinous,
  L.l3Spinous,
  L.l5Spinous,
];

/**
 * How much deeper (forward, metres) than the straight line from the axis to C7 the spinous tips of
 * C3–C6 lie. The neck's lordosis curves the column forward between C2 and C7, and these
 * processes are short: under the nuchal ligament they are hard to feel, while the axis above and
 * C7 (the vertebra prominens) below stand out. On the straight line the C6 tip showed through the
 * seam between the two trapezii.
 */
const CERVICAL_DEPTH: Readonly<Record<number, number>> = { 2: 0.004, 3: 0.005, 4: 0.004, 5: 0.003 };

/** Vertebrae `from`..`to` (0 = C1 ... 23 = L5): body, arch, spinous and transverse processes. */
function vertebrae(from: number, to: number): Sdf {
  const parts: Sdf[] = [];
  for (let v = from; v <= to; v++) {
    const t = v / 23;
    const body = along(BODY_LINE, t);
    const line = along(SPINOUS_LINE, Math.max(0, (v - 1) / 22));
    const spin: Vec3 = [line[0], line[1], line[2] + (CERVICAL_DEPTH[v] ?? 0)];
    const region = v < 7 ? 'c' : v < 19 ? 't' : 'l';
    const w = region === 'c' ? 0.012 : region === 't' ? 0.015 : 0.022;
    const h = region === 'c' ? 0.005 : region === 't' ? 0.008 : 0.011;
    const d = region === 'c' ? 0.009 : region === 't' ? 0.013 : 0.017;
    parts.push(ellipsoid(body, [w, h, d]));
    const archBack: Vec3 = lerp3(body, spin, 0.5);
    const trans = region === 'c' ? 0.028 : region === 't' ? 0.032 : 0.045;
    for (const s of [1, -1]) {
      const ped: Vec3 = [s * w * 0.8, body[1], body[2] - d];
      parts.push(
        tube(
          [ped, [s * w * 0.5, archBack[1], archBack[2]], [0, spin[1] + 0.004, spin[2] + 0.012]],
          [0.004, 0.004, 0.004],
        ),
      );
      parts.push(tube([ped, [s * trans, body[1] + 0.002, body[2] - d - 0.01]], [0.004, 0.003]));
    }
    if (v > 0) parts.push(tube([[0, spin[1] + 0.004, spin[2] + 0.014], spin], [0.004, 0.004]));
  }
  return union(parts, 0.004);
}

function sacrum(): Sdf {
  const [tl, tr] = both(L.sacrumTopLateral);
  const [ll, lr] = both(L.sacrumLowerLateral);
  return union(
    [
      slab(tl, tr, [0, 0.9, -0.095], 0.009),
      slab(tl, ll, [0, 0.9, -0.095], 0.008),
      slab(tr, lr, [0, 0.9, -0.095], 0.008),
      ellipsoid(L.sacralPromontory, [0.024, 0.008, 0.017]),
      tube([[0, 0.9, -0.097], L.coccyx], [0.008, 0.004]),
      tube(
        [
          [0, 0.97, -0.095],
          [0, 0.91, -0.104],
        ],
        [0.005, 0.004],
      ),
    ],
    0.008,
  );
}

function sternum(): Sdf {
  const line: Vec3[] = [L.sternalNotch, L.sternalAngle, L.sternumMid, L.xiphoid];
  const parts = [-0.009, 0, 0.009].map((dx) =>
    tube(
      line.map((p) => [p[0] + dx * (p[1] > 1.37 ? 1.6 : 1), p[1], p[2]] as Vec3),
      [0.006, 0.006, 0.006, 0.003],
    ),
  );
  return union(parts, 0.008);
}

/** Rib i (1..12), left side, as a polyline from the spine to the front. */
export function ribPath(i: number): Vec3[] {
  const halfWidth = [0.06, 0.09, 0.108, 0.122, 0.132, 0.138, 0.141, 0.142, 0.14, 0.135, 0.125, 0.1][i - 1] as number;
  const yb = 1.455 - 0.027 * (i - 1);
  const spine = along(BODY_LINE, (2 + 7 + i - 2) / 23);
  const a = halfWidth;
  const back: Vec3[] = [
    [0.022, yb, spine[2] - 0.004],
    [0.05, yb - 0.004, -0.1],
    [0.8 * a, yb - 0.016, -0.088],
    [a, yb - 0.045, -0.035],
  ];
  if (i === 11) return [...back, [0.88 * a, yb - 0.075, 0.0]];
  if (i === 12) return [...back.slice(0, 3), [0.98 * a, yb - 0.04, -0.06]];
  const ySternum = [1.412, 1.38, 1.348, 1.318, 1.288, 1.258, 1.228][i - 1];
  const front: Vec3 = [0.82 * a, yb - 0.075, 0.028];
  if (ySternum === undefined) {
    // Ribs 8–10 end in the costal margin.
    const ends: Vec3[] = [
      [0.06, 1.2, 0.066],
      [0.082, 1.175, 0.056],
      [0.102, 1.155, 0.04],
    ];
    const end = ends[i - 8] as Vec3;
    return [...back, front, end];
  }
  const z = ySternum > 1.37 ? 0.04 : 0.058;
  return [...back, front, [0.5 * a, ySternum + 0.008, z - 0.004], [0.016, ySternum, z]];
}

function ribs(): Sdf {
  return union(
    Array.from({ length: 12 }, (_, k) => {
      const path = ribPath(k + 1);
      return tube(
        path,
        path.map((_, j) => (j === path.length - 1 ? 0.0045 : k < 2 ? 0.005 : 0.0055)),
      );
    }),
    0.002,
  );
}

function clavicle(): Sdf {
  return tube([L.clavicleSternal, L.clavicleMid, L.clavicleLateral, L.acromion], [0.008, 0.0065, 0.007, 0.007]);
}

function scapula(): Sdf {
  const neck: Vec3 = [0.165, 1.382, -0.062];
  return union(
    [
      slab(L.scapulaSuperiorAngle, L.scapulaInferiorAngle, L.infraglenoid, 0.0028),
      slab(L.scapulaSuperiorAngle, L.infraglenoid, neck, 0.003),
      slab(L.scapulaSuperiorAngle, L.scapulaSpineRoot, L.scapulaInferiorAngle, 0.003),
      tube(
        [L.scapulaSpineRoot, L.scapulaSpineMid, L.scapulaSpineLateral, L.acromion, L.acromionTip],
        [0.004, 0.006, 0.007, 0.007, 0.006],
      ),
      ellipsoid([0.205, 1.437, -0.04], [0.014, 0.005, 0.016]),
      tube([[0.17, 1.405, -0.04], [0.162, 1.41, -0.005], L.coracoid], [0.005, 0.005, 0.004]),
      tube([L.infraglenoid, L.scapulaLateralBorder, L.scapulaInferiorAngle], [0.005, 0.004, 0.004]),
      ellipsoid([0.175, 1.39, -0.045], [0.008, 0.016, 0.012]),
    ],
    0.006,
  );
}

function humerus(): Sdf {
  return union(
    [
      sphere(L.humeralHead, 0.023),
      ellipsoid(L.greaterTubercle, [0.011, 0.014, 0.011]),
      sphere(L.lesserTubercle, 0.008),
      tube(
        [L.surgicalNeck, [0.212, 1.25, -0.04], [0.222, 1.15, -0.042], [0.223, 1.118, -0.044]],
        [0.012, 0.01, 0.011, 0.013],
      ),
      tube([L.lateralEpicondyle, L.medialEpicondyle], [0.009, 0.009]),
      ellipsoid([0.222, 1.108, -0.043], [0.02, 0.011, 0.013]),
    ],
    0.01,
  );
}

function radius(): Sdf {
  return union(
    [
      ellipsoid(L.radialHead, [0.01, 0.006, 0.01]),
      tube(
        [L.radialHead, L.radialTuberosity, L.radiusMid, [0.264, 0.885, -0.03], L.radialStyloid],
        [0.007, 0.007, 0.007, 0.011, 0.006],
      ),
    ],
    0.006,
  );
}

function ulna(): Sdf {
  return union(
    [
      tube(
        [[0.224, 1.118, -0.072], L.olecranon, [0.224, 1.06, -0.052], L.ulnaMid, [0.229, 0.88, -0.04], L.ulnarStyloid],
        [0.007, 0.01, 0.009, 0.006, 0.007, 0.004],
      ),
      tube([L.coronoidUlna, [0.224, 1.07, -0.05]], [0.006, 0.008]),
    ],
    0.006,
  );
}

/**
 * The hand's bones follow the skin's digits (`details.ts`): each metacarpal runs from its base at
 * the wrist to the knuckle of its finger, and the phalanges run along the finger to just short
 * of the fingertip, so they stay inside the separate fingers.
 */
function hand(): Sdf {
  const z = -0.03;
  const parts: Sdf[] = [ellipsoid([0.251, 0.838, -0.03], [0.024, 0.012, 0.01])];
  const bases: Vec3[] = [L.metacarpal2Base, L.metacarpal3Base, [0.242, 0.826, z - 0.004], [0.233, 0.828, z - 0.004]];
  FINGERS.forEach((finger, i) => {
    const [mcp, pip, dip, tip] = finger.joints as [Vec3, Vec3, Vec3, Vec3];
    parts.push(tube([bases[i] as Vec3, mcp], [0.0045, 0.005]));
    parts.push(tube([mcp, pip, dip, lerp3(dip, tip, 0.85)], [0.0045, 0.004, 0.0035, 0.003]));
  });
  const [cmc, mcp, ip, tip] = THUMB.joints as [Vec3, Vec3, Vec3, Vec3];
  parts.push(tube([lerp3(cmc, mcp, 0.1), mcp, ip, lerp3(ip, tip, 0.8)], [0.005, 0.005, 0.0045, 0.0035]));
  return union(parts, 0.002);
}

function hipBone(): Sdf {
  const a = L.acetabulum;
  return union(
    [
      slab(a, L.asis, L.iliacCrestTop, 0.004),
      slab(a, L.iliacCrestTop, L.iliacCrestBack, 0.004),
      slab(a, L.iliacCrestBack, L.psis, 0.005),
      slab(a, L.psis, L.greaterSciaticNotch, 0.006),
      slab(L.psis, L.sacrumTopLateral, L.greaterSciaticNotch, 0.006),
      tube([L.asis, L.iliacTubercle, L.iliacCrestTop, L.iliacCrestBack, L.psis], [0.006, 0.008, 0.007, 0.007, 0.008]),
      tube([L.asis, L.aiis, a], [0.005, 0.006, 0.01]),
      sphere(a, 0.026),
      tube([a, L.superiorPubicRamus, L.pubicTubercle, [0.004, 0.895, 0.062]], [0.011, 0.008, 0.008, 0.009]),
      tube([a, L.ischialSpine, L.ischialTuberosity], [0.012, 0.01, 0.012]),
      tube([L.ischialTuberosity, L.inferiorPubicRamus, [0.004, 0.885, 0.058]], [0.01, 0.006, 0.008]),
    ],
    0.008,
  );
}

function femur(): Sdf {
  return union(
    [
      sphere(L.femoralHead, 0.023),
      tube([L.femoralHead, L.femoralNeck, L.greaterTrochanter], [0.016, 0.014, 0.015]),
      ellipsoid([0.14, 0.942, -0.012], [0.014, 0.022, 0.018]),
      sphere(L.lesserTrochanter, 0.009),
      tube([L.lesserTrochanter, [0.118, 0.9, -0.008]], [0.008, 0.012]),
      tube(
        [[0.132, 0.905, -0.008], L.femurShaftUpper, L.femurShaftMid, L.femurShaftLower, [0.095, 0.53, -0.025]],
        [0.015, 0.014, 0.013, 0.015, 0.022],
      ),
      ellipsoid(L.lateralCondyleFemur, [0.017, 0.022, 0.028]),
      ellipsoid(L.medialCondyleFemur, [0.017, 0.022, 0.028]),
    ],
    0.012,
  );
}

function patella(): Sdf {
  return ellipsoid(L.patellaCentre, [0.021, 0.024, 0.01]);
}

function tibia(): Sdf {
  return union(
    [
      ellipsoid([0.092, 0.476, -0.032], [0.038, 0.014, 0.028]),
      ellipsoid(L.tibialTuberosity, [0.01, 0.012, 0.008]),
      tube(
        [
          [0.092, 0.462, -0.03],
          [0.09, 0.4, -0.022],
          [0.088, 0.27, -0.026],
          [0.085, 0.14, -0.041],
          [0.084, 0.085, -0.058],
        ],
        [0.022, 0.015, 0.012, 0.012, 0.017],
      ),
      ellipsoid([0.077, 0.07, -0.064], [0.008, 0.016, 0.012]),
    ],
    0.012,
  );
}

function fibula(): Sdf {
  return union(
    [
      sphere(L.fibulaHead, 0.01),
      tube(
        [L.fibulaHead, L.fibulaUpper, L.fibulaMid, L.fibulaLower, L.lateralMalleolus],
        [0.007, 0.006, 0.006, 0.007, 0.009],
      ),
    ],
    0.005,
  );
}

function foot(): Sdf {
  const parts: Sdf[] = [
    ellipsoid(L.talus, [0.017, 0.014, 0.024]),
    // The calcaneus: its tuberosity 1.8 cm above the floor, over the heel's fat pad (at 1.3 cm the
    // pad under it was 1 cm thick, about half a standing adult's).
    tube(
      [
        [0.095, 0.035, -0.116],
        [0.098, 0.036, -0.085],
        [0.11, 0.028, -0.045],
        [0.118, 0.027, -0.02],
      ],
      [0.017, 0.017, 0.013, 0.012],
    ),
    ellipsoid([0.084, 0.043, -0.026], [0.016, 0.011, 0.01]),
    ellipsoid([0.1, 0.034, 0.0], [0.03, 0.012, 0.014]),
  ];
  // Metatarsals from their bases to the toes' knuckles, phalanges along the skin's toes.
  const bases: Vec3[] = [
    [0.082, 0.034, 0.015],
    [0.094, 0.032, 0.016],
    [0.106, 0.029, 0.014],
    [0.118, 0.025, 0.008],
    L.metatarsal5Base,
  ];
  TOES.forEach((toe, i) => {
    const [head, mid, tip] = toe.joints as [Vec3, Vec3, Vec3];
    const r = i === 0 ? 0.007 : i === 4 ? 0.0045 : 0.0043;
    parts.push(tube([bases[i] as Vec3, head], [r, r * 0.9]));
    parts.push(tube([head, mid, lerp3(mid, tip, 0.8)], [r * 0.85, r * 0.75, r * 0.6]));
  });
  return union(parts, 0.003);
}

/** Every bone of the skeleton. */
export function boneSpecs(): BoneSpec[] {
  return [
    { id: 'skull', side: 'midline', sdf: skull(), step: 0.002, triangles: 6000 },
    { id: 'mandible', side: 'midline', sdf: mandible(), step: 0.0015, triangles: 2200 },
    { id: 'cervical_vertebrae', side: 'midline', sdf: vertebrae(0, 6), step: 0.0018, triangles: 1200 },
    { id: 'thoracic_vertebrae', side: 'midline', sdf: vertebrae(7, 18), step: 0.002, triangles: 2000 },
    { id: 'lumbar_vertebrae', side: 'midline', sdf: vertebrae(19, 23), step: 0.0022, triangles: 1100 },
    { id: 'sacrum', side: 'midline', sdf: sacrum(), step: 0.0025, triangles: 500 },
    { id: 'sternum', side: 'midline', sdf: sternum(), step: 0.002, triangles: 300 },
    { id: 'ribs', side: 'left', sdf: ribs(), step: 0.002, triangles: 2600 },
    { id: 'clavicle', side: 'left', sdf: clavicle(), step: 0.002, triangles: 250 },
    { id: 'scapula', side: 'left', sdf: scapula(), step: 0.0018, triangles: 900 },
    { id: 'humerus', side: 'left', sdf: humerus(), step: 0.0025, triangles: 700 },
    { id: 'radius', side: 'left', sdf: radius(), step: 0.002, triangles: 400 },
    { id: 'ulna', side: 'left', sdf: ulna(), step: 0.002, triangles: 400 },
    { id: 'hand', side: 'left', sdf: hand(), step: 0.0015, triangles: 1400 },
    { id: 'hip_bone', side: 'left', sdf: hipBone(), step: 0.0022, triangles: 1400 },
    { id: 'femur', side: 'left', sdf: femur(), step: 0.003, triangles: 800 },
    { id: 'patella', side: 'left', sdf: patella(), step: 0.002, triangles: 120 },
    { id: 'tibia', side: 'left', sdf: tibia(), step: 0.003, triangles: 700 },
    { id: 'fibula', side: 'left', sdf: fibula(), step: 0.002, triangles: 300 },
    { id: 'foot', side: 'left', sdf: foot(), step: 0.0018, triangles: 1500 },
  ];
}

/** Union of all bones (both sides), for keeping muscles off the bone surface. */
export function skeletonSdf(specs: readonly BoneSpec[]): Sdf {
  const shapes: Sdf[] = [];
  for (const b of specs) {
    shapes.push(b.sdf);
    if (b.side === 'left') {
      const f = b.sdf.f;
      shapes.push({
        f: (x, y, z) => f(-x, y, z),
        min: [-b.sdf.max[0], b.sdf.min[1], b.sdf.min[2]],
        max: [-b.sdf.min[0], b.sdf.max[1], b.sdf.max[2]],
      });
    }
  }
  return union(shapes, 0);
}
