/** Muscle layouts: see ../muscleShape.ts for the fields and ./landmarks.ts for the bony landmarks. Left side. */
import { TOES } from '../../../src/domain/body/details';
import type { MuscleShape } from '../muscleShape';
import { digitSlips } from '../tendonSlips';
import type { Vec3 } from '../vec';
import { L } from './landmarks';

/** The sole's side of the toes and the top of the foot. */
const SOLE: Vec3 = [0, -1, 0];
const TOP_OF_FOOT: Vec3 = [0, 1, 0];
/** Toes 2–5 (details.ts TOES), the toes of the long and short toe flexors and the long extensor. */
const LESSER_TOES = TOES.slice(1);

// Where the lesser toes' tendons leave each muscle: at the roots of toes 2–5.
const FDL_TO: readonly Vec3[] = [
  [0.0988, 0.0132, 0.0913],
  [0.114, 0.0122, 0.0845],
  [0.1283, 0.0112, 0.076],
  [0.1408, 0.0102, 0.0652],
];
const EDL_TO: readonly Vec3[] = [
  [0.0985, 0.0185, 0.0889],
  [0.1137, 0.0175, 0.0823],
  [0.1279, 0.0165, 0.074],
  [0.1402, 0.0155, 0.0635],
];
// Plantar to the long flexor's tendons (FDL_TO), which run on under the phalanges.
const FDB_TO: readonly Vec3[] = [
  [0.0984, 0.0111, 0.0877],
  [0.1135, 0.0101, 0.0813],
  [0.1276, 0.0091, 0.073],
  [0.1399, 0.0081, 0.0626],
];

export const SHAPES_LOWERLIMB: readonly MuscleShape[] = [
  // ── hip: gluteal group and deep lateral rotators ──────────────────────────────
  {
    id: 'gluteus_medius',
    // From the outer surface of the ilium up to just under the crest's outer lip (the crest's
    // top is L.iliacCrestTop, 1.066 m): its upper border covers the iliacus, which reaches the
    // inner lip, from behind.
    from: [
      [0.127, 1.022, 0.034],
      [0.137, 1.04, 0.002],
      [0.134, 1.055, -0.03],
      [0.116, 1.05, -0.062],
      [0.087, 1.033, -0.088],
    ],
    via: [
      [
        [0.132, 0.988, 0.02],
        [0.139, 0.988, -0.008],
        [0.135, 0.988, -0.038],
        [0.118, 0.98, -0.058],
        [0.097, 0.976, -0.066],
      ],
    ],
    to: [
      [0.157, 0.948, 0.004],
      [0.152, 0.957, -0.022],
    ],
    fibres: 7,
    thickness: 0.009,
    tendon: [0.03, 0.12],
    tendonRadius: 0.004,
  },
  {
    id: 'gluteus_minimus',
    from: [
      [0.12, 1.005, 0.044],
      [0.13, 1.018, 0.016],
      [0.126, 1.018, -0.016],
      [0.112, 1.005, -0.045],
    ],
    via: [
      [
        [0.126, 0.966, 0.03],
        [0.131, 0.968, 0.012],
        [0.129, 0.966, -0.008],
        [0.121, 0.961, -0.028],
      ],
    ],
    to: [
      [0.152, 0.95, 0.014],
      [0.154, 0.953, 0],
    ],
    fibres: 5,
    thickness: 0.007,
    tendon: [0.03, 0.12],
    tendonRadius: 0.0035,
  },
  {
    id: 'piriformis',
    from: [[0.022, 0.935, -0.074]],
    via: [[[0.062, 0.934, -0.092]], [[0.1, 0.948, -0.062]]],
    to: [[0.136, 0.956, -0.022]],
    thickness: 0.009,
    tendon: [0.05, 0.2],
  },
  {
    id: 'superior_gemellus',
    from: [[0.058, 0.905, -0.072]],
    via: [[[0.095, 0.92, -0.058]]],
    to: [[0.128, 0.937, -0.028]],
    thickness: 0.0045,
    tendon: [0.05, 0.15],
    step: 0.0014,
  },
  {
    id: 'obturator_internus',
    from: [[0.045, 0.883, 0.025]],
    via: [[[0.04, 0.884, -0.02]], [[0.038, 0.884, -0.058]], [[0.052, 0.885, -0.077]], [[0.09, 0.905, -0.066]]],
    to: [[0.128, 0.933, -0.027]],
    thickness: 0.006,
    tendon: [0.05, 0.3],
  },
  {
    id: 'inferior_gemellus',
    from: [[0.064, 0.872, -0.072]],
    via: [[[0.097, 0.898, -0.058]]],
    to: [[0.128, 0.928, -0.029]],
    thickness: 0.0045,
    tendon: [0.05, 0.15],
    step: 0.0014,
  },
  {
    id: 'quadratus_femoris',
    from: [
      [0.068, 0.866, -0.068],
      [0.068, 0.848, -0.066],
    ],
    via: [
      [
        [0.1, 0.885, -0.058],
        [0.1, 0.866, -0.056],
      ],
    ],
    to: [
      [0.134, 0.91, -0.034],
      [0.128, 0.885, -0.032],
    ],
    fibres: 3,
    thickness: 0.0065,
    tendon: [0.04, 0.06],
  },
  // ── iliopsoas and tensor fasciae latae ────────────────────────────────────────
  {
    id: 'psoas_major',
    from: [
      [0.026, 1.13, -0.056],
      [0.036, 1.06, -0.048],
    ],
    via: [[[0.042, 1.03, -0.036]], [[0.055, 0.975, -0.012]], [[0.068, 0.925, 0.04]], [[0.082, 0.895, 0.036]]],
    to: [[0.092, 0.883, -0.008]],
    fibres: 2,
    thickness: 0.014,
    tendon: [0.02, 0.1],
    bellyAt: 0.45,
  },
  {
    id: 'iliacus',
    from: [
      [0.106, 1, 0.042],
      [0.124, 1.045, 0.005],
      [0.118, 1.052, -0.035],
      [0.088, 1.025, -0.062],
    ],
    via: [
      [
        [0.094, 0.965, 0.048],
        [0.098, 0.98, 0.025],
        [0.088, 0.98, 0.01],
        [0.074, 0.975, 0.02],
      ],
      [
        [0.088, 0.93, 0.05],
        [0.086, 0.93, 0.049],
        [0.083, 0.93, 0.048],
        [0.08, 0.93, 0.047],
      ],
    ],
    to: [
      [0.094, 0.889, 0],
      [0.1, 0.878, -0.01],
    ],
    fibres: 5,
    thickness: 0.008,
    tendon: [0.02, 0.1],
    tendonRadius: 0.004,
  },
  {
    id: 'tensor_fasciae_latae',
    from: [[0.124, 1.004, 0.046]],
    via: [[[0.146, 0.93, 0.032]], [[0.162, 0.82, 0.004]], [[0.145, 0.62, -0.01]]],
    to: [L.gerdyTubercle],
    thickness: 0.011,
    tendon: [0.03, 0.7],
    tendonRadius: 0.0018,
    bellyAt: 0.4,
    hug: 0,
    step: 0.0025,
    triangles: 650,
  },
  // ── medial thigh: pectineus, adductors, gracilis ──────────────────────────────
  {
    id: 'pectineus',
    from: [
      [0.034, 0.905, 0.058],
      [0.058, 0.912, 0.046],
    ],
    via: [
      [
        [0.058, 0.885, 0.048],
        [0.075, 0.89, 0.036],
      ],
    ],
    to: [
      [0.1, 0.868, -0.008],
      [0.106, 0.858, -0.008],
    ],
    fibres: 3,
    thickness: 0.008,
    tendon: [0.03, 0.08],
    tendonRadius: 0.004,
  },
  {
    id: 'adductor_longus',
    from: [[0.024, 0.888, 0.062]],
    via: [
      [
        [0.05, 0.815, 0.024],
        [0.058, 0.795, 0.016],
      ],
    ],
    to: [
      [0.116, 0.79, -0.014],
      [0.108, 0.7, -0.018],
    ],
    fibres: 3,
    thickness: 0.01,
    tendon: [0.06, 0.06],
    tendonRadius: 0.004,
  },
  {
    id: 'adductor_brevis',
    from: [
      [0.03, 0.88, 0.05],
      [0.036, 0.865, 0.036],
    ],
    via: [
      [
        [0.058, 0.862, 0.026],
        [0.06, 0.835, 0.018],
      ],
    ],
    to: [
      [0.124, 0.86, -0.014],
      [0.12, 0.79, -0.015],
    ],
    fibres: 3,
    thickness: 0.009,
    tendon: [0.05, 0.05],
    tendonRadius: 0.004,
  },
  {
    id: 'adductor_magnus',
    from: [
      [0.034, 0.866, 0.028],
      [0.044, 0.852, -0.01],
      [0.058, 0.846, -0.052],
    ],
    via: [
      [
        [0.076, 0.862, 0.0],
        [0.07, 0.8, -0.024],
        [0.064, 0.69, -0.034],
      ],
    ],
    to: [
      [0.126, 0.862, -0.015],
      [0.119, 0.8, -0.015],
      [0.108, 0.7, -0.019],
      [0.099, 0.61, -0.022],
      [0.074, 0.545, -0.03],
    ],
    fibres: 7,
    thickness: 0.012,
    tendon: [0.04, 0.05],
    tendonRadius: 0.007,
    bellyAt: 0.4,
  },
  {
    id: 'gracilis',
    from: [
      [0.012, 0.886, 0.058],
      [0.02, 0.862, 0.044],
    ],
    via: [[[0.034, 0.76, 0.008]], [[0.044, 0.6, -0.03]], [[0.052, 0.5, -0.044]], [[0.053, 0.472, -0.03]]],
    to: [[0.075, 0.438, -0.007]],
    fibres: 2,
    thickness: 0.008,
    tendon: [0.04, 0.4],
    tendonRadius: 0.0028,
    bellyAt: 0.3,
    hug: 0.003,
    step: 0.003,
    triangles: 650,
  },
  // ── anterior thigh: sartorius and vasti ───────────────────────────────────────
  {
    id: 'sartorius',
    from: [[0.119, 1, 0.052]],
    via: [
      [[0.11, 0.88, 0.07]],
      [[0.07, 0.72, 0.05]],
      [[0.045, 0.6, 0.008]],
      [[0.05, 0.51, -0.032]],
      [[0.055, 0.472, -0.022]],
    ],
    to: [[0.077, 0.445, 0]],
    thickness: 0.008,
    tendon: [0.03, 0.12],
    tendonRadius: 0.0028,
    hug: 0.002,
    step: 0.003,
    triangles: 650,
  },
  {
    id: 'vastus_lateralis',
    from: [
      [0.15, 0.92, 0.006],
      [0.142, 0.88, -0.016],
      [0.13, 0.79, -0.016],
      [0.124, 0.72, -0.018],
    ],
    via: [
      [
        [0.158, 0.78, 0.03],
        [0.165, 0.74, 0.005],
        [0.158, 0.68, -0.028],
        [0.148, 0.63, -0.04],
      ],
    ],
    to: [
      [0.096, 0.548, 0.02],
      [0.114, 0.515, 0.006],
    ],
    fibres: 5,
    thickness: 0.016,
    tendon: [0.04, 0.1],
    tendonRadius: 0.006,
    bellyAt: 0.45,
    hug: 0.012,
  },
  {
    id: 'vastus_medialis',
    // From the femur's posteromedial surface (the medial lip of the linea aspera), in front of the
    // adductor longus's insertion, not on the same spot.
    from: [
      [0.109, 0.8, -0.009],
      [0.099, 0.72, -0.014],
      [0.092, 0.64, -0.022],
      [0.078, 0.575, -0.028],
    ],
    via: [
      [
        [0.088, 0.7, 0.022],
        [0.07, 0.64, 0.021],
        [0.06, 0.6, 0.014],
        [0.056, 0.565, 0.004],
      ],
    ],
    to: [
      [0.09, 0.548, 0.022],
      [0.073, 0.512, 0.012],
    ],
    fibres: 5,
    thickness: 0.014,
    tendon: [0.04, 0.08],
    tendonRadius: 0.005,
    bellyAt: 0.65,
  },
  {
    id: 'vastus_intermedius',
    from: [
      [0.11, 0.87, 0.012],
      [0.128, 0.865, 0.012],
      [0.142, 0.85, -0.006],
    ],
    via: [
      [
        [0.1, 0.7, 0.022],
        [0.114, 0.7, 0.024],
        [0.126, 0.7, 0.014],
      ],
    ],
    to: [
      [0.088, 0.548, 0.01],
      [0.094, 0.548, 0.008],
      [0.1, 0.548, 0.006],
    ],
    fibres: 3,
    thickness: 0.012,
    tendon: [0.03, 0.1],
    bellyAt: 0.52,
  },
  // ── posterior thigh: hamstrings ───────────────────────────────────────────────
  {
    id: 'biceps_femoris_long_head',
    from: [[0.06, 0.852, -0.068]],
    via: [[[0.088, 0.76, -0.066]], [[0.108, 0.64, -0.062]], [[0.124, 0.54, -0.058]]],
    to: [[0.129, 0.458, -0.05]],
    thickness: 0.017,
    tendon: [0.06, 0.16],
    tendonRadius: 0.003,
    bellyAt: 0.45,
    hug: 0.003,
    step: 0.003,
  },
  {
    id: 'biceps_femoris_short_head',
    from: [[0.114, 0.68, -0.02]],
    via: [[[0.119, 0.6, -0.042]], [[0.124, 0.53, -0.048]]],
    to: [[0.13, 0.462, -0.05]],
    thickness: 0.01,
    tendon: [0.03, 0.15],
  },
  {
    id: 'semitendinosus',
    from: [[0.055, 0.852, -0.068]],
    via: [[[0.06, 0.76, -0.072]], [[0.055, 0.62, -0.064]], [[0.055, 0.52, -0.056]], [[0.052, 0.475, -0.038]]],
    to: [[0.076, 0.432, -0.012]],
    thickness: 0.014,
    tendon: [0.05, 0.42],
    tendonRadius: 0.003,
    bellyAt: 0.4,
    // Under the fascia lata of the back of the thigh, not on the skin (reference centroid 2 cm
    // deeper than the model's was).
    hug: 0.006,
    step: 0.003,
    triangles: 650,
  },
  {
    id: 'semimembranosus',
    from: [[0.064, 0.858, -0.064]],
    // Deep to the semitendinosus, which lies on its posterior surface.
    via: [[[0.068, 0.74, -0.045]], [[0.068, 0.6, -0.042]], [[0.064, 0.52, -0.056]]],
    to: [[0.07, 0.47, -0.048]],
    thickness: 0.016,
    tendon: [0.32, 0.08],
    tendonRadius: 0.004,
    bellyAt: 0.6,
  },
  // ── posterior leg ─────────────────────────────────────────────────────────────
  {
    id: 'popliteus',
    from: [[0.13, 0.492, -0.04]],
    via: [[[0.112, 0.468, -0.059]]],
    to: [[0.08, 0.44, -0.052]],
    thickness: 0.0065,
    tendon: [0.1, 0.04],
  },
  {
    id: 'soleus',
    from: [
      [0.126, 0.445, -0.06],
      [0.122, 0.38, -0.064],
      [0.104, 0.418, -0.062],
      [0.084, 0.405, -0.058],
    ],
    via: [
      [
        [0.108, 0.28, -0.068],
        [0.1, 0.272, -0.071],
        [0.086, 0.274, -0.07],
        [0.072, 0.285, -0.063],
      ],
      // Under the gastrocnemius's tendon, which lies on it before they join in the tendo calcaneus.
      [
        [0.102, 0.13, -0.072],
        [0.098, 0.13, -0.073],
        [0.094, 0.13, -0.073],
        [0.09, 0.13, -0.072],
      ],
    ],
    to: [[0.095, 0.035, -0.124]],
    fibres: 5,
    thickness: 0.011,
    tendon: [0.02, 0.3],
    tendonRadius: 0.005,
    bellyAt: 0.45,
    triangles: 650,
  },
  {
    id: 'tibialis_posterior',
    from: [
      [0.098, 0.43, -0.046],
      [0.114, 0.42, -0.05],
    ],
    via: [
      [[0.104, 0.3, -0.046]],
      [[0.09, 0.17, -0.058]],
      [[0.078, 0.11, -0.07]],
      [[0.07, 0.072, -0.08]],
      [[0.066, 0.05, -0.064]],
    ],
    to: [[0.07, 0.042, -0.03]],
    fibres: 2,
    thickness: 0.008,
    tendon: [0.03, 0.45],
    tendonRadius: 0.0022,
    step: 0.002,
    triangles: 650,
  },
  {
    id: 'flexor_digitorum_longus',
    from: [[0.08, 0.38, -0.046]],
    // On the back of the tibia; in the sole deep to the short flexor, under the metatarsals.
    via: [
      [[0.079, 0.22, -0.052]],
      [[0.08, 0.11, -0.074]],
      [[0.073, 0.07, -0.086]],
      [[0.072, 0.038, -0.066]],
      [
        [0.088, 0.018, -0.02],
        [0.104, 0.017, -0.024],
      ],
      [
        [0.096, 0.0155, 0.045],
        [0.128, 0.0135, 0.035],
      ],
    ],
    // The roots of toes 2–5 (details.ts TOES); each tendon runs on under its toe to the base of
    // the distal phalanx.
    to: FDL_TO,
    slips: digitSlips(FDL_TO, LESSER_TOES, SOLE, 0.0035, [{ at: 0.5 }, { at: 1 }, { at: 1.6 }]),
    fibres: 4,
    thickness: 0.0075,
    tendon: [0.04, 0.6],
    tendonRadius: 0.0018,
    bellyAt: 0.4,
    step: 0.002,
    triangles: 900,
  },
  {
    id: 'flexor_hallucis_longus',
    from: [[0.118, 0.34, -0.062]],
    // Deep to the soleus: on the back of the fibula, then behind the tibia to the talus's groove.
    via: [
      [[0.11, 0.2, -0.062]],
      [[0.093, 0.1, -0.077]],
      [[0.084, 0.06, -0.092]],
      [[0.079, 0.028, -0.068]],
      [[0.084, 0.012, 0.02]],
    ],
    to: [[0.077, 0.01, 0.123]], // distal phalanx of the big toe (details.ts TOES)
    thickness: 0.0095,
    tendon: [0.04, 0.55],
    tendonRadius: 0.002,
    bellyAt: 0.45,
    step: 0.002,
    triangles: 650,
  },
  // ── lateral leg ───────────────────────────────────────────────────────────────
  {
    id: 'fibularis_longus',
    // From the head of the fibula and the lateral condyle of the tibia; its belly covers the upper
    // two-thirds of the fibula's lateral surface, under the skin of the side of the leg.
    from: [
      [0.127, 0.462, -0.036],
      [0.136, 0.447, -0.05],
    ],
    via: [
      [
        [0.134, 0.4, -0.041],
        [0.132, 0.4, -0.058],
      ],
      [
        [0.1335, 0.33, -0.046],
        [0.1315, 0.33, -0.061],
      ],
      // Its tendon from mid-leg down: over the upper end of the brevis, then along its posterior
      // border to behind the lateral malleolus.
      [[0.1325, 0.275, -0.058]],
      [[0.127, 0.225, -0.0675]],
      [[0.1185, 0.155, -0.075]],
      [[0.114, 0.135, -0.082]],
      [[0.113, 0.1, -0.089]],
      [[0.117, 0.063, -0.097]],
      [[0.124, 0.036, -0.078]],
      [[0.128, 0.018, -0.04]],
      [[0.115, 0.009, -0.018]],
      [[0.095, 0.013, 0]],
    ],
    to: [[0.084, 0.022, 0.012]],
    fibres: 2,
    thickness: 0.004,
    tendon: [0.03, 0.66],
    tendonRadius: 0.002,
    bellyAt: 0.45,
    step: 0.002,
    triangles: 1100,
  },
  {
    id: 'fibularis_brevis',
    // From the lower two-thirds of the fibula's lateral surface, deep to the longus; lower down
    // its belly covers the lateral surface in front of the longus's tendon.
    from: [
      [0.1275, 0.335, -0.047],
      [0.1275, 0.325, -0.058],
    ],
    via: [
      [
        [0.1305, 0.26, -0.05],
        [0.1295, 0.26, -0.0615],
      ],
      [
        [0.131, 0.19, -0.051],
        [0.1275, 0.19, -0.06],
      ],
      // Its tendon passes behind the fibula above the malleolus, in front of the longus's.
      [[0.1235, 0.155, -0.071]],
      [[0.1175, 0.13, -0.0785]],
      [[0.1145, 0.097, -0.085]],
      // Behind the lateral malleolus the brevis tendon lies against the bone, in front of the
      // longus tendon (which runs on behind it), not in the same place.
      [[0.115, 0.062, -0.087]],
      [[0.126, 0.036, -0.066]],
    ],
    to: [[0.134, 0.022, -0.004]],
    fibres: 2,
    thickness: 0.0027,
    tendon: [0.03, 0.55],
    tendonRadius: 0.002,
    bellyAt: 0.45,
    step: 0.002,
    triangles: 900,
  },
  // ── anterior leg ──────────────────────────────────────────────────────────────
  {
    id: 'extensor_digitorum_longus',
    from: [[0.118, 0.45, -0.022]],
    via: [
      [[0.118, 0.3, -0.028]],
      [[0.108, 0.13, -0.04]],
      [
        [0.107, 0.075, -0.036],
        [0.109, 0.075, -0.037],
      ],
      [
        [0.1, 0.05, 0],
        [0.128, 0.044, -0.006],
      ],
    ],
    // The roots of toes 2–5 (details.ts TOES); each tendon runs on over its toe (the extensor
    // expansion) to the middle and distal phalanges.
    to: EDL_TO,
    slips: digitSlips(EDL_TO, LESSER_TOES, TOP_OF_FOOT, 0.003, [{ at: 0.5 }, { at: 1 }, { at: 1.6 }]),
    fibres: 4,
    thickness: 0.0075,
    tendon: [0.03, 0.5],
    tendonRadius: 0.0018,
    bellyAt: 0.35,
    step: 0.002,
    triangles: 900,
  },
  {
    id: 'extensor_hallucis_longus',
    from: [[0.112, 0.33, -0.03]],
    via: [[[0.104, 0.2, -0.03]], [[0.099, 0.11, -0.038]], [[0.095, 0.07, -0.036]], [[0.09, 0.046, 0.02]]],
    to: [[0.077, 0.019, 0.123]], // distal phalanx of the big toe (details.ts TOES)
    thickness: 0.0065,
    tendon: [0.04, 0.5],
    tendonRadius: 0.002,
    bellyAt: 0.45,
    step: 0.002,
    triangles: 700,
  },
  // ── foot ──────────────────────────────────────────────────────────────────────
  {
    id: 'extensor_digitorum_brevis',
    from: [[0.12, 0.036, -0.052]],
    via: [
      [
        [0.108, 0.043, -0.015],
        [0.12, 0.04, -0.018],
      ],
    ],
    to: [
      [0.092, 0.031, 0.058],
      [0.113, 0.029, 0.054],
    ],
    fibres: 4,
    thickness: 0.005,
    tendon: [0.04, 0.3],
    tendonRadius: 0.0014,
    step: 0.0013,
  },
  {
    id: 'abductor_hallucis',
    from: [[0.086, 0.02, -0.112]],
    via: [[[0.073, 0.022, -0.05]], [[0.074, 0.02, 0]], [[0.079, 0.016, 0.05]]],
    to: [[0.084, 0.012, 0.095]],
    thickness: 0.0065,
    tendon: [0.04, 0.25],
    tendonRadius: 0.0016,
    step: 0.0013,
  },
  {
    id: 'flexor_digitorum_brevis',
    // From the medial process of the calcaneal tuberosity, on the bone's underside (as the
    // abductors beside it), above the heel's fat pad.
    from: [
      [0.09, 0.016, -0.104],
      [0.101, 0.016, -0.1],
    ],
    via: [
      [
        [0.096, 0.011, -0.03],
        [0.108, 0.011, -0.034],
      ],
      [
        [0.104, 0.008, 0.03],
        [0.124, 0.008, 0.02],
      ],
    ],
    // The roots of toes 2–5 (details.ts TOES); each tendon splits round the long flexor's tendon
    // to the sides of the middle phalanx.
    to: FDB_TO,
    slips: digitSlips(
      FDB_TO,
      LESSER_TOES,
      SOLE,
      0.003,
      [
        { at: 0.45, turn: 30 },
        { at: 1.1, turn: 55 },
      ],
      true,
    ),
    fibres: 4,
    thickness: 0.0065,
    tendon: [0.04, 0.35],
    tendonRadius: 0.0013,
    step: 0.0013,
  },
  {
    id: 'abductor_digiti_minimi_foot',
    from: [[0.104, 0.017, -0.105]],
    via: [[[0.114, 0.019, -0.05]], [[0.124, 0.022, 0]]],
    to: [[0.134, 0.016, 0.055]],
    thickness: 0.0045,
    tendon: [0.04, 0.2],
    tendonRadius: 0.0014,
    step: 0.0013,
  },
  {
    id: 'quadratus_plantae',
    from: [
      [0.08, 0.025, -0.09],
      [0.112, 0.021, -0.092],
    ],
    via: [
      [
        [0.088, 0.025, -0.055],
        [0.1, 0.023, -0.055],
      ],
    ],
    to: [
      [0.094, 0.021, -0.022],
      [0.098, 0.02, -0.02],
    ],
    fibres: 2,
    thickness: 0.0045,
    tendon: [0.04, 0.1],
    step: 0.0013,
  },
];
