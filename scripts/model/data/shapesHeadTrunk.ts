/** Muscle layouts: see ../muscleShape.ts for the fields and ./landmarks.ts for the bony landmarks. Left side. */
import type { MuscleShape } from '../muscleShape';
import type { Vec3 } from '../vec';
import { L } from './landmarks';

/**
 * The diaphragm's costal and lumbar origin, one loop around the inside of the lower rib cage,
 * starting behind the xiphoid and going round the left side to the crura and back by the right.
 */
const DIAPHRAGM_LEFT: Vec3[] = [
  [0, 1.2, 0.056],
  [0.04, 1.19, 0.052],
  [0.08, 1.165, 0.035],
  [0.112, 1.14, 0.005],
  [0.118, 1.125, -0.035],
  [0.09, 1.12, -0.065],
  [0.045, 1.1, -0.055],
  [0.014, 1.06, -0.03],
];
const DIAPHRAGM_RIM: Vec3[] = [
  ...DIAPHRAGM_LEFT,
  ...[...DIAPHRAGM_LEFT].reverse().map((p): Vec3 => [-p[0], p[1], p[2]]),
];
/**
 * The rim drawn in toward the central tendon: scaled by `k` about the axis of the dome (so each
 * fibre keeps its place around the loop) and raised to height `y`; `lift` domes the sides.
 */
const diaphragmRing = (k: number, y: number, lift = 0, ky = k): Vec3[] =>
  DIAPHRAGM_RIM.map(
    (p): Vec3 => [p[0] * k, y + (p[1] - 1.13) * ky + lift * (Math.abs(p[0]) / 0.12), -0.005 + (p[2] + 0.005) * k],
  );

export const SHAPES_HEADTRUNK: readonly MuscleShape[] = [
  // ── head ─────────────────────────────────────────────────────────────────────
  {
    id: 'temporalis',
    // A fan from the temporal lines over the side of the skull, converging under the zygomatic
    // arch (through the temporal fossa, medial to the arch) onto the coronoid process.
    from: [
      [0.052, 1.684, 0.043],
      [0.062, 1.698, 0.02],
      [0.065, 1.708, -0.013],
      [0.066, 1.697, -0.049],
      [0.06, 1.669, -0.075],
    ],
    via: [
      [
        [0.06, 1.648, 0.034],
        [0.066, 1.646, 0.01],
        [0.074, 1.65, -0.026],
      ],
      [
        [0.0525, 1.625, 0.03],
        [0.0525, 1.624, 0.008],
      ],
    ],
    to: [
      [0.048, 1.606, 0.022],
      [0.047, 1.594, 0.012],
    ],
    fibres: 6,
    thickness: 0.0035,
    // The fan lies on the side of the skull down to the upper margin of the temporal fossa.
    onBone: 0.6,
    tendon: [0.02, 0.3],
    tendonRadius: 0.0018,
    bellyAt: 0.35,
    triangles: 1000,
  },
  {
    id: 'masseter',
    // A thick quadrilateral: from the lower border of the zygomatic arch down and back to the
    // lateral surface of the ramus and the angle of the mandible.
    from: [
      [0.058, 1.616, 0.046],
      [0.065, 1.619, 0.004],
    ],
    via: [
      [
        [0.06, 1.58, 0.034],
        [0.061, 1.582, -0.004],
      ],
    ],
    to: [
      [0.055, 1.545, 0.014],
      [0.055, 1.551, -0.017],
    ],
    fibres: 4,
    thickness: 0.0058,
    tendon: [0.08, 0.06],
  },
  {
    id: 'medial_pterygoid',
    from: [[0.047, 1.598, 0.03]],
    via: [[[0.045, 1.575, 0.012]]],
    to: [[0.042, 1.553, -0.012]],
    thickness: 0.0045,
    tendon: [0.08, 0.08],
  },
  {
    id: 'lateral_pterygoid',
    from: [
      [0.049, 1.62, 0.03],
      [0.048, 1.605, 0.03],
    ],
    to: [[0.052, 1.612, -0.004]],
    fibres: 2,
    thickness: 0.0035,
    tendon: [0.08, 0.15],
  },
  {
    id: 'frontalis',
    from: [
      [0.004, 1.721, 0.056],
      [0.029, 1.718, 0.053],
      [0.05, 1.704, 0.044],
    ],
    // On the frontal bone down to just above the superciliary arch.
    via: [
      [
        [0.004, 1.672, 0.078],
        [0.024, 1.673, 0.07],
        [0.044, 1.675, 0.055],
      ],
    ],
    // Then over the arch, off the bone, to the brow, where its fibres end in the skin of the
    // eyebrow; laterally, where the skin lies closer to the supraorbital margin, a few millimetres
    // above the brow. Laid on the bone down to the brow, its lower edge sank behind the arch (the
    // skin is 5–9 mm from the bone there, too little for the sheet on the bone and the skin's
    // margin over it). Its lateral end is held in front of the margin: 7 mm further back, bone
    // showed through the sheet's lower edge in slivers.
    to: [
      [0.004, 1.659, 0.0872],
      [0.024, 1.657, 0.0875],
      [0.042, 1.665, 0.072],
    ],
    fibres: 6,
    thickness: 0.0015,
    // No tendon at the brow: the fibres end in the skin.
    tendon: [0.04, 0],
    tendonRadius: 0.001,
    onBone: 1,
    // Enough triangles to follow the brow ridge (its chords cut into the bone at 300).
    triangles: 600,
  },
  {
    id: 'occipitalis',
    from: [
      [0.018, 1.627, -0.107],
      [0.054, 1.616, -0.078],
    ],
    to: [
      [0.02, 1.662, -0.112],
      [0.056, 1.656, -0.085],
    ],
    fibres: 4,
    thickness: 0.0015,
    tendon: [0.03, 0.06],
    tendonRadius: 0.0012,
    onBone: true,
  },
  // ── suboccipital triangle ───────────────────────────────────────────────────
  {
    id: 'rectus_capitis_posterior_major',
    from: [[0.005, 1.567, -0.085]],
    via: [[[0.017, 1.582, -0.09]]],
    to: [[0.027, 1.597, -0.088]],
    thickness: 0.004,
    tendon: [0.1, 0.08],
    step: 0.0012,
  },
  {
    id: 'rectus_capitis_posterior_minor',
    from: [[0.004, 1.578, -0.075]],
    to: [[0.01, 1.594, -0.094]],
    thickness: 0.003,
    tendon: [0.1, 0.08],
    step: 0.0012,
  },
  {
    id: 'obliquus_capitis_superior',
    // From the transverse process of the atlas up and back to the occipital bone below the
    // superior nuchal line, deep to the splenius capitis: it ends just under the splenius's
    // insertion, not level with it (it showed through the splenius's tendon in specks).
    from: [[0.037, 1.586, -0.056]],
    to: [[0.039, 1.598, -0.063]],
    thickness: 0.003,
    tendon: [0.1, 0.08],
    step: 0.0012,
  },
  {
    id: 'obliquus_capitis_inferior',
    from: [[0.005, 1.562, -0.081]],
    via: [[[0.022, 1.569, -0.073]]],
    to: [[0.036, 1.579, -0.057]],
    thickness: 0.004,
    tendon: [0.08, 0.1],
    step: 0.0012,
  },
  // ── neck ─────────────────────────────────────────────────────────────────────
  {
    id: 'anterior_scalene',
    from: [
      [0.03, 1.557, -0.045],
      [0.031, 1.507, -0.05],
    ],
    via: [[[0.042, 1.46, -0.03]]],
    to: [
      [0.051, 1.406, -0.012],
      [0.056, 1.401, 0.0],
    ],
    fibres: 2,
    thickness: 0.0038,
    tendon: [0.08, 0.1],
  },
  {
    id: 'middle_scalene',
    from: [
      [0.033, 1.572, -0.058],
      [0.034, 1.49, -0.068],
    ],
    via: [[[0.05, 1.46, -0.05]]],
    to: [
      [0.059, 1.421, -0.042],
      [0.062, 1.415, -0.026],
    ],
    fibres: 2,
    thickness: 0.0042,
    tendon: [0.06, 0.1],
  },
  {
    id: 'posterior_scalene',
    // From the posterior tubercles of C4–C6, just behind the middle scalene's origin on the same
    // tubercles (a millimetre or two apart, so the two sheets do not lie flat on each other).
    from: [
      [0.035, 1.541, -0.0655],
      [0.035, 1.507, -0.0695],
    ],
    via: [[[0.06, 1.45, -0.062]]],
    to: [
      [0.086, 1.399, -0.058],
      [0.092, 1.39, -0.044],
    ],
    fibres: 2,
    thickness: 0.0035,
    tendon: [0.08, 0.12],
  },
  {
    id: 'levator_scapulae',
    from: [
      [0.037, 1.586, -0.057],
      [0.034, 1.541, -0.064],
    ],
    via: [[[0.042, 1.5, -0.072]], [[0.062, 1.452, -0.088]]],
    to: [L.scapulaSuperiorAngle, [0.08, 1.386, -0.116]],
    fibres: 2,
    thickness: 0.0048,
    tendon: [0.08, 0.06],
  },
  {
    id: 'splenius_capitis',
    from: [
      [0.005, 1.53, -0.08],
      [0.005, 1.49, -0.088],
      [0.005, 1.45, -0.107],
      [0.005, 1.41, -0.123],
      [0.005, 1.39, -0.126],
    ],
    // To the lateral third of the superior nuchal line and the mastoid process: the medial end
    // inside the skin (it lay 4 mm outside it), the middle of the line lifted off the bone over
    // the obliquus capitis superior, which inserts deep to it.
    to: [
      [0.038, 1.6, -0.086],
      [0.052, 1.6, -0.066],
      [0.055, 1.596, -0.045],
    ],
    fibres: 5,
    thickness: 0.004,
    tendon: [0.05, 0.06],
    hug: 0.011,
  },
  {
    id: 'splenius_cervicis',
    from: [
      [0.006, 1.385, -0.127],
      [0.006, 1.3, -0.13],
    ],
    // Up the back of the neck behind the scalenes' origins on the tubercles of C4–C6, reaching
    // the tubercles only at its own insertion on C1–C3.
    via: [[[0.034, 1.44, -0.1]], [[0.033, 1.51, -0.075]]],
    to: [
      [0.034, 1.585, -0.06],
      [0.032, 1.555, -0.064],
    ],
    fibres: 2,
    thickness: 0.0035,
    tendon: [0.05, 0.1],
  },
  {
    id: 'semispinalis_capitis',
    from: [
      [0.02, 1.52, -0.07],
      [0.03, 1.45, -0.088],
      [0.034, 1.33, -0.11],
    ],
    via: [
      [
        [0.01, 1.555, -0.072],
        [0.03, 1.555, -0.07],
      ],
    ],
    to: [
      [0.011, 1.593, -0.093],
      [0.03, 1.598, -0.087],
    ],
    fibres: 3,
    thickness: 0.0035,
    tendon: [0.05, 0.05],
    hug: 0.021,
  },
  {
    id: 'longus_colli',
    from: [[0.007, 1.41, -0.053]],
    via: [[[0.011, 1.47, -0.038]], [[0.011, 1.54, -0.029]]],
    to: [[0.004, 1.577, -0.027]],
    thickness: 0.004,
    tendon: [0.06, 0.06],
  },
  {
    id: 'longus_capitis',
    from: [
      [0.022, 1.557, -0.04],
      [0.024, 1.525, -0.044],
    ],
    to: [
      [0.008, 1.58, -0.016],
      [0.016, 1.578, -0.022],
    ],
    fibres: 2,
    thickness: 0.0035,
    tendon: [0.08, 0.08],
    tendonRadius: 0.0018,
  },

  // ── back ─────────────────────────────────────────────────────────────────────
  {
    id: 'iliocostalis',
    from: [
      [0.052, 0.985, -0.108],
      [0.078, 1.035, -0.098],
    ],
    via: [
      [
        [0.056, 1.09, -0.1],
        [0.076, 1.09, -0.098],
      ],
      [
        [0.06, 1.22, -0.115],
        [0.078, 1.22, -0.112],
      ],
      // The lateral column of the erector spinae stays lateral to the longissimus over the upper
      // ribs (converging onto it sooner, the two lay on each other there).
      [
        [0.057, 1.36, -0.115],
        [0.073, 1.36, -0.112],
      ],
      // Iliocostalis cervicis: up beside the longissimus cervicis, lateral to it, to the
      // posterior tubercles of C4–C6, a little lateral to the longissimus's tendons there.
      [
        [0.044, 1.44, -0.095],
        [0.055, 1.44, -0.095],
      ],
    ],
    to: [
      [0.036, 1.515, -0.069],
      [0.038, 1.492, -0.072],
    ],
    fibres: 4,
    thickness: 0.0055,
    tendon: [0.04, 0.1],
    bellyAt: 0.3,
    // On the rib angles: under the latissimus's upper part over the lower ribs, and under the
    // trapezius and the rhomboids over the upper ribs (which covered it and ran through it).
    hug: [0.013, 0.014, 0.016, 0.022, 0.02, 0.015],
  },

  {
    id: 'longissimus',
    from: [
      [0.026, 0.95, -0.11],
      [0.04, 0.98, -0.11],
    ],
    via: [
      [
        [0.03, 1.07, -0.09],
        [0.05, 1.07, -0.09],
      ],
      [
        [0.026, 1.22, -0.118],
        [0.046, 1.22, -0.116],
      ],
      [
        [0.026, 1.38, -0.118],
        [0.044, 1.38, -0.115],
      ],
      [
        [0.028, 1.46, -0.09],
        [0.038, 1.46, -0.088],
      ],
    ],
    to: [
      [0.032, 1.55, -0.063],
      [0.033, 1.52, -0.068],
    ],
    fibres: 4,
    thickness: 0.0065,
    tendon: [0.04, 0.08],
    bellyAt: 0.28,
    hug: 0.013,
  },

  {
    id: 'spinalis',
    from: [[0.011, 1.06, -0.1]],
    via: [[[0.013, 1.2, -0.12]]],
    to: [[0.011, 1.4, -0.125]],
    thickness: 0.006,
    tendon: [0.08, 0.1],
    hug: 0.012,
  },
  {
    id: 'multifidus',
    from: [[0.02, 0.925, -0.103]],
    via: [
      [[0.019, 1.0, -0.095]],
      [[0.018, 1.08, -0.088]],
      [[0.015, 1.25, -0.113]],
      [[0.013, 1.42, -0.105]],
      [[0.013, 1.5, -0.075]],
    ],
    to: [[0.008, 1.56, -0.074]],
    thickness: 0.008,
    tendon: [0.03, 0.04],
    bellyAt: 0.22,
  },
  {
    id: 'quadratus_lumborum',
    from: [
      [0.06, 1.035, -0.072],
      [0.08, 1.045, -0.072],
      [0.1, 1.055, -0.068],
    ],
    to: [
      [0.052, 1.075, -0.072],
      [0.06, 1.135, -0.078],
      [0.085, 1.13, -0.078],
    ],
    fibres: 3,
    thickness: 0.006,
    tendon: [0.06, 0.06],
  },
  // ── abdominal wall ──────────────────────────────────────────────────────────
  {
    id: 'rectus_abdominis',
    from: [
      [0.006, 0.9, 0.066],
      [0.032, 0.9, 0.064],
    ],
    via: [
      [
        [0.006, 1.07, 0.066],
        [0.066, 1.07, 0.058],
      ],
    ],
    to: [
      [0.006, 1.215, 0.07],
      [0.04, 1.235, 0.068],
      [0.08, 1.27, 0.06],
    ],
    fibres: 4,
    thickness: 0.005,
    tendon: [0.04, 0.03],
    hug: 0.002,
  },
  {
    id: 'external_oblique',
    from: [
      [0.095, 1.283, 0.052],
      [0.116, 1.255, 0.038],
      [0.126, 1.225, 0.022],
      [0.134, 1.195, 0.0],
      [0.136, 1.165, -0.024],
      [0.13, 1.14, -0.042],
      [0.117, 1.12, -0.058],
      L.rib12Tip,
    ],
    to: [
      [0.074, 1.2, 0.06],
      [0.08, 1.06, 0.055],
      [0.1, 0.99, 0.055],
      [0.114, 1.005, 0.044],
      [0.132, 1.045, 0.012],
      [0.128, 1.062, -0.02],
    ],
    fibres: 8,
    thickness: 0.004,
    tendon: [0.03, 0.04],
    tendonRadius: 0.0035,
    hug: 0.002,
  },
  {
    id: 'internal_oblique',
    from: [
      [0.085, 1.1, -0.08],
      [0.118, 1.062, -0.048],
      [0.13, 1.055, -0.01],
      [0.125, 1.03, 0.03],
      [0.112, 1.005, 0.045],
      [0.085, 0.96, 0.062],
    ],
    to: [
      [0.098, 1.12, -0.068],
      [0.112, 1.12, -0.01],
      [0.095, 1.155, 0.035],
      [0.074, 1.15, 0.05],
      [0.072, 1.03, 0.052],
      [0.04, 0.92, 0.064],
    ],
    fibres: 8,
    thickness: 0.0035,
    tendon: [0.03, 0.04],
    tendonRadius: 0.003,
    hug: 0.0105,
    step: 0.0027,
  },
  {
    id: 'transversus_abdominis',
    from: [
      [0.092, 1.175, 0.045],
      [0.115, 1.15, 0.018],
      [0.123, 1.13, -0.02],
      [0.1, 1.1, -0.07],
      [0.115, 1.062, -0.04],
      [0.12, 1.04, 0.015],
      [0.105, 1.0, 0.045],
      [0.08, 0.955, 0.06],
    ],
    to: [
      [0.07, 1.175, 0.047],
      [0.078, 1.15, 0.045],
      [0.084, 1.1, 0.04],
      [0.085, 1.06, 0.045],
      [0.085, 1.02, 0.047],
      [0.078, 0.98, 0.055],
      [0.065, 0.945, 0.058],
    ],
    fibres: 8,
    thickness: 0.003,
    tendon: [0.03, 0.04],
    tendonRadius: 0.0026,
    hug: 0.018,
    step: 0.0025,
  },
  {
    id: 'diaphragm',
    midline: true,
    from: DIAPHRAGM_RIM,
    via: [diaphragmRing(0.85, 1.185, 0.03, 0.6), diaphragmRing(0.5, 1.232, 0.03, 0.3)],
    to: diaphragmRing(0.12, 1.232, 0, 0.1),
    fibres: 32,
    thickness: 0.005,
    tendon: [0.02, 0.2],
    tendonRadius: 0.0045,
    bellyAt: 0.35,
    step: 0.0036,
  },
];
