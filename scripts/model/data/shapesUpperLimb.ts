/** Muscle layouts: see ../muscleShape.ts for the fields and ./landmarks.ts for the bony landmarks. Left side. */
import { FINGERS } from '../../../src/domain/body/details';
import type { MuscleShape } from '../muscleShape';
import { digitSlips } from '../tendonSlips';
import { lerp3, type Vec3 } from '../vec';
import { L } from './landmarks';

/** The palm's side of the fingers (anatomical position: palms forward) and the back of the hand. */
const PALM: Vec3 = [0, 0, 1];
const BACK_OF_HAND: Vec3 = [0, 0, -1];
/** The fingers from the little finger to the index, the order of the flexors' insertion lines. */
const LITTLE_TO_INDEX = [...FINGERS].reverse();

// Where the long finger tendons leave each muscle: over the knuckles (extensor) and at the roots
// of the fingers (flexors), index … little for the extensor, little … index for the flexors. At
// the roots of the fingers the superficial flexor's tendons lie on the palmar side of the deep
// flexor's, clear of them (the two had met there and lay on each other).
const EXTENSOR_DIGITORUM_TO: readonly Vec3[] = [
  [0.2817, 0.7537, -0.0328],
  [0.2623, 0.7503, -0.0328],
  [0.2428, 0.7525, -0.0338],
  [0.2253, 0.7596, -0.0348],
];
const FDS_TO: readonly Vec3[] = [
  [0.2247, 0.7561, -0.0246],
  [0.2426, 0.7481, -0.0236],
  [0.2626, 0.7455, -0.0226],
  [0.2823, 0.7494, -0.0226],
];
const FDP_TO: readonly Vec3[] = [
  [0.2237, 0.751, -0.0288],
  [0.2423, 0.7414, -0.0278],
  [0.263, 0.7384, -0.0268],
  [0.2833, 0.743, -0.0268],
];

/** Four points evenly along the line from a to b, one per finger tendon, in the line's order. */
const fourAlong = (a: Vec3, b: Vec3): Vec3[] => [0, 1, 2, 3].map((k) => lerp3(a, b, k / 3));

/**
 * The long finger tendons as four separate cords from the wrist to the knuckles: the muscle's
 * fibres end at the wrist (`wrist`, one point per finger), and each finger's slip is led from
 * there through `hand` to its knuckle before running on along the finger. A split tendon (two
 * slips a finger) is led once, by its first slip; the second starts at the knuckle, inside it.
 */
function ledThroughHand(slips: Vec3[][], wrist: readonly Vec3[], hand: readonly Vec3[], perFinger = 1): Vec3[][] {
  return slips.map((slip, i) => {
    if (i % perFinger !== 0) return slip;
    const k = i / perFinger;
    return [wrist[k] as Vec3, hand[k] as Vec3, ...slip];
  });
}

// Where the finger tendons leave the forearm muscles at the wrist (under the extensor
// retinaculum, through the carpal tunnel) and cross the middle of the hand, in each muscle's
// finger order.
const ED_WRIST = fourAlong([0.256, 0.872, -0.051], [0.243, 0.872, -0.051]);
const ED_HAND = fourAlong([0.264, 0.81, -0.043], [0.2336, 0.81, -0.043]);
// The deep flexor's tendons pass the wrist and the palm a tendon's breadth under the superficial's.
const FDS_WRIST = fourAlong([0.242, 0.85, -0.016], [0.256, 0.85, -0.016]);
const FDS_HAND = fourAlong([0.2335, 0.81, -0.019], [0.2625, 0.81, -0.019]);
const FDP_WRIST = fourAlong([0.243, 0.85, -0.022], [0.255, 0.85, -0.022]);
const FDP_HAND = fourAlong([0.2335, 0.81, -0.025], [0.2625, 0.81, -0.025]);

export const SHAPES_UPPERLIMB: readonly MuscleShape[] = [
  // ── scapular muscles ──────────────────────────────────────────────────────
  {
    id: 'rhomboid_minor',
    from: [
      [0, 1.478, -0.096],
      [0, 1.448, -0.114],
    ],
    to: [
      [0.086, 1.408, -0.112],
      [0.08, 1.386, -0.12],
    ],
    fibres: 3,
    thickness: 0.004,
    tendon: [0.05, 0.05],
    hug: 0.011,
    // From the nuchal ligament and the spinous processes of C7–T1 by a short flat tendon: a sheet
    // right up to the midline over the splenius capitis and the longissimus, not diving through
    // them to the bone.
    aponeurosis: 0,
  },
  {
    id: 'rhomboid_major',
    from: [
      [0, 1.428, -0.12],
      [0, 1.35, -0.134],
    ],
    to: [
      [0.079, 1.38, -0.122],
      [0.076, 1.33, -0.127],
      [0.09, 1.266, -0.122],
    ],
    fibres: 6,
    thickness: 0.005,
    tendon: [0.05, 0.05],
    hug: 0.011,
  },
  {
    // Digitations from the outer surfaces of ribs 1–8 (a saw-tooth front edge), wrapping back
    // around the chest wall under the scapula to the front lip of its medial border.
    id: 'serratus_anterior',
    from: [
      [0.063, 1.398, -0.012],
      [0.091, 1.371, -0.011],
      [0.107, 1.344, -0.009],
      [0.121, 1.317, -0.006],
      [0.13, 1.3135, -0.026],
      [0.13, 1.29, -0.004],
      [0.138, 1.2865, -0.024],
      [0.131, 1.258, 0.0],
      [0.142, 1.2595, -0.022],
      [0.134, 1.229, 0.004],
      [0.144, 1.2325, -0.02],
      [0.135, 1.2, 0.008],
    ],
    via: [
      [
        [0.072, 1.405, -0.035],
        [0.099, 1.376, -0.035],
        [0.117, 1.348, -0.035],
        [0.131, 1.32, -0.035],
        [0.141, 1.29, -0.034],
        [0.146, 1.26, -0.032],
        [0.149, 1.23, -0.03],
        [0.149, 1.205, -0.028],
      ],
      [
        [0.092, 1.402, -0.06],
        [0.121, 1.345, -0.06],
        [0.136, 1.29, -0.06],
        [0.14, 1.235, -0.058],
      ],
      [
        [0.09, 1.408, -0.088],
        [0.104, 1.35, -0.09],
        [0.116, 1.3, -0.092],
        [0.116, 1.262, -0.094],
      ],
    ],
    to: [
      [0.092, 1.408, -0.102],
      [0.084, 1.345, -0.11],
      [0.095, 1.272, -0.11],
    ],
    fibres: 24,
    thickness: 0.0045,
    tendon: [0.0, 0.03],
    tendonRadius: 0.0035,
  },
  {
    id: 'pectoralis_minor',
    from: [
      [0.08, 1.334, 0.042],
      [0.09, 1.307, 0.041],
      [0.1, 1.277, 0.039],
    ],
    via: [
      [
        [0.112, 1.37, 0.016],
        [0.118, 1.35, 0.014],
        [0.124, 1.33, 0.012],
      ],
    ],
    to: [[0.151, 1.4, 0.012]],
    fibres: 3,
    thickness: 0.006,
    tendon: [0.03, 0.08],
  },
  {
    id: 'supraspinatus',
    from: [
      [0.092, 1.42, -0.103],
      [0.12, 1.418, -0.1],
    ],
    via: [[[0.135, 1.425, -0.09]], [[0.17, 1.428, -0.06]], [[0.195, 1.42, -0.036]]],
    to: [[0.206, 1.41, -0.026]],
    fibres: 2,
    thickness: 0.008,
    tendon: [0.04, 0.22],
  },
  {
    id: 'infraspinatus',
    from: [
      [0.084, 1.374, -0.122],
      [0.078, 1.33, -0.126],
      [0.09, 1.29, -0.123],
    ],
    via: [
      [
        [0.13, 1.386, -0.104],
        [0.125, 1.345, -0.104],
        [0.128, 1.31, -0.1],
      ],
      [[0.18, 1.385, -0.07]],
    ],
    to: [[0.208, 1.395, -0.036]],
    fibres: 5,
    thickness: 0.008,
    tendon: [0.0, 0.15],
    tendonRadius: 0.004,
  },
  {
    id: 'teres_minor',
    // From the upper two thirds of the dorsal surface of the lateral border of the scapula, down
    // to the teres major's origin, to the lowest facet of the greater tubercle.
    from: [
      [0.161, 1.357, -0.079],
      [0.13, 1.302, -0.106],
    ],
    via: [[[0.18, 1.362, -0.072]]],
    to: [[0.207, 1.378, -0.04]],
    fibres: 2,
    thickness: 0.006,
    tendon: [0.04, 0.15],
  },
  {
    id: 'teres_major',
    from: [
      [0.097, 1.27, -0.124],
      [0.125, 1.295, -0.11],
    ],
    via: [[[0.148, 1.318, -0.08]], [[0.166, 1.348, -0.058]], [[0.184, 1.352, -0.04]]],
    to: [[0.19, 1.35, -0.024]],
    fibres: 2,
    thickness: 0.01,
    tendon: [0.03, 0.12],
  },
  {
    id: 'subscapularis',
    from: [
      [0.095, 1.405, -0.098],
      [0.088, 1.33, -0.106],
      [0.1, 1.28, -0.104],
    ],
    via: [
      [
        [0.125, 1.39, -0.085],
        [0.13, 1.35, -0.08],
        [0.132, 1.31, -0.075],
      ],
      [[0.168, 1.384, -0.024]],
    ],
    to: [[0.188, 1.385, -0.004]],
    fibres: 5,
    thickness: 0.006,
    tendon: [0.03, 0.12],
  },
  // ── arm ───────────────────────────────────────────────────────────────────
  {
    id: 'coracobrachialis',
    from: [L.coracoid],
    via: [[[0.178, 1.35, -0.01]], [[0.195, 1.3, -0.026]]],
    to: [[0.203, 1.265, -0.037]],
    thickness: 0.0085,
    tendon: [0.12, 0.1],
    bellyAt: 0.45,
  },
  {
    id: 'brachialis',
    // From the lower half of the front of the humerus, its origin reaching up behind the
    // deltoid's insertion and round the lateral side to the lateral intermuscular septum: seen
    // from the side it fills the arm between the biceps and the triceps below the deltoid.
    from: [
      [0.206, 1.245, -0.032],
      [0.222, 1.262, -0.024],
      [0.232, 1.28, -0.046],
    ],
    via: [
      [
        [0.206, 1.15, -0.024],
        [0.236, 1.15, -0.026],
        [0.24, 1.175, -0.045],
      ],
      [[0.218, 1.1, -0.024]],
    ],
    to: [[0.222, 1.073, -0.032]],
    fibres: 4,
    thickness: 0.0065,
    // Fleshy from its origin; a short thick tendon to the ulna.
    tendon: [0.02, 0.1],
    bellyAt: 0.6,
  },
  {
    id: 'anconeus',
    from: [[0.25, 1.108, -0.054]],
    to: [
      [0.234, 1.092, -0.074],
      [0.232, 1.045, -0.062],
    ],
    fibres: 3,
    thickness: 0.004,
    tendon: [0.06, 0.04],
    hug: 0.002,
  },
  // ── forearm, lateral and back (extensor) group ────────────────────────────
  {
    id: 'brachioradialis',
    // Its fibres end above the middle of the forearm in a flat tendon to the radial styloid.
    from: [[0.241, 1.175, -0.04]],
    via: [[[0.258, 1.09, -0.022]], [[0.265, 1.02, -0.018]], [[0.27, 0.94, -0.023]]],
    to: [[0.276, 0.872, -0.03]],
    thickness: 0.009,
    tendon: [0.02, 0.4],
    bellyAt: 0.45,
    hug: 0.003,
  },
  {
    id: 'extensor_carpi_radialis_longus',
    // Its fibres end at the upper third of the forearm in a flat tendon along the radius.
    from: [[0.249, 1.135, -0.046]],
    via: [[[0.264, 1.07, -0.04]], [[0.27, 0.99, -0.042]], [[0.268, 0.92, -0.044]], [[0.266, 0.875, -0.044]]],
    to: [[0.265, 0.826, -0.04]],
    thickness: 0.007,
    tendon: [0.03, 0.64],
    bellyAt: 0.35,
    hug: 0.003,
    step: 0.0016,
  },
  {
    id: 'extensor_carpi_radialis_brevis',
    // Its fibres end about the middle of the forearm in a flat tendon.
    from: [[0.251, 1.105, -0.052]],
    via: [[[0.261, 1.04, -0.052]], [[0.262, 0.96, -0.052]], [[0.258, 0.875, -0.047]]],
    to: [[0.253, 0.826, -0.041]],
    thickness: 0.0065,
    tendon: [0.04, 0.55],
    bellyAt: 0.4,
    hug: 0.003,
    step: 0.0016,
  },
  {
    id: 'extensor_digitorum',
    // From the common extensor tendon on the lateral epicondyle; the fleshy belly fills the upper
    // two thirds of the back of the forearm and ends in four tendons that pass the wrist side by
    // side under the extensor retinaculum, then part over the back of the hand, one to each
    // knuckle of the index … little fingers (details.ts FINGERS); the extensor expansion runs on
    // along the back of each finger to the base of the distal phalanx.
    from: [[0.248, 1.103, -0.058]],
    via: [
      [
        [0.249, 1.03, -0.064],
        [0.239, 1.03, -0.064],
      ],
      [
        [0.251, 0.95, -0.062],
        [0.237, 0.95, -0.062],
      ],
    ],
    to: [ED_WRIST[0] as Vec3, ED_WRIST[3] as Vec3],
    slips: ledThroughHand(
      digitSlips(EXTENSOR_DIGITORUM_TO, FINGERS, BACK_OF_HAND, 0.0032, [
        { at: 0.5 },
        { at: 1 },
        { at: 2 },
        { at: 2.2 },
      ]),
      ED_WRIST,
      ED_HAND,
    ),
    fibres: 4,
    thickness: 0.0068,
    tendon: [0.03, 0.3],
    tendonRadius: 0.0016,
    bellyAt: 0.4,
    hug: 0.003,
    step: 0.0016,
  },
  {
    id: 'extensor_carpi_ulnaris',
    from: [[0.246, 1.1, -0.062]],
    via: [[[0.234, 1.03, -0.066]], [[0.224, 0.95, -0.06]], [[0.222, 0.87, -0.047]]],
    to: [[0.228, 0.826, -0.038]],
    thickness: 0.006,
    tendon: [0.03, 0.38],
    bellyAt: 0.4,
    hug: 0.003,
    step: 0.0016,
  },
  {
    id: 'supinator',
    from: [
      [0.251, 1.1, -0.05],
      [0.232, 1.06, -0.062],
    ],
    via: [
      [
        [0.257, 1.075, -0.046],
        [0.248, 1.035, -0.056],
      ],
    ],
    to: [
      [0.252, 1.055, -0.027],
      [0.254, 1.0, -0.027],
    ],
    fibres: 3,
    thickness: 0.004,
    tendon: [0.04, 0.04],
  },
  {
    id: 'abductor_pollicis_longus',
    from: [[0.236, 1.0, -0.054]],
    via: [[[0.246, 0.95, -0.056]], [[0.262, 0.905, -0.05]], [[0.276, 0.872, -0.038]]],
    to: [[0.279, 0.829, -0.026]],
    thickness: 0.006,
    tendon: [0.03, 0.4],
    step: 0.0016,
  },
  {
    id: 'extensor_pollicis_brevis',
    from: [[0.244, 0.96, -0.052]],
    via: [[[0.255, 0.925, -0.054]], [[0.27, 0.89, -0.045]], [[0.28, 0.865, -0.035]], [[0.29, 0.812, -0.022]]],
    to: [[0.296, 0.786, -0.017]],
    thickness: 0.0045,
    tendon: [0.03, 0.5],
    step: 0.0016,
  },
  // ── forearm, front (flexor-pronator) group ────────────────────────────────
  {
    id: 'pronator_teres',
    from: [[0.203, 1.112, -0.036]],
    via: [[[0.228, 1.065, -0.016]], [[0.25, 1.015, -0.02]]],
    to: [[0.26, 0.99, -0.03]],
    thickness: 0.0075,
    tendon: [0.04, 0.12],
    bellyAt: 0.45,
    hug: 0.003,
  },
  {
    id: 'flexor_carpi_radialis',
    // From the medial epicondyle (common flexor origin) to the base of the second metacarpal; its
    // tendon is rather more than the lower half of its length, so the belly ends above the
    // middle of the forearm.
    from: [[0.199, 1.106, -0.038]],
    via: [[[0.216, 1.05, -0.014]], [[0.236, 0.97, -0.013]], [[0.252, 0.9, -0.016]], [[0.258, 0.865, -0.018]]],
    to: [[0.262, 0.826, -0.027]],
    thickness: 0.0055,
    tendon: [0.03, 0.52],
    bellyAt: 0.4,
    hug: 0.003,
    step: 0.0016,
  },
  {
    id: 'palmaris_longus',
    // From the common flexor origin, medial to the flexor carpi radialis all the way down (its
    // tendon runs down the middle of the wrist, the radialis's lateral to it).
    from: [[0.199, 1.104, -0.042]],
    via: [[[0.208, 1.05, -0.012]], [[0.225, 0.97, -0.009]], [[0.245, 0.88, -0.012]]],
    to: [[0.252, 0.82, -0.013]],
    thickness: 0.004,
    tendon: [0.05, 0.55],
    tendonRadius: 0.0016,
    bellyAt: 0.3,
    hug: 0.002,
    step: 0.0016,
  },
  {
    id: 'flexor_carpi_ulnaris',
    from: [[0.2, 1.1, -0.054]],
    via: [[[0.202, 1.03, -0.04]], [[0.211, 0.95, -0.031]], [[0.225, 0.875, -0.025]]],
    to: [L.pisiform],
    thickness: 0.0075,
    tendon: [0.03, 0.25],
    bellyAt: 0.4,
    hug: 0.003,
  },
  {
    id: 'flexor_digitorum_superficialis',
    from: [
      [0.206, 1.094, -0.036],
      [0.222, 1.074, -0.031],
    ],
    via: [
      [
        [0.211, 1.0, -0.025],
        [0.233, 1.0, -0.024],
      ],
    ],
    // Four tendons through the carpal tunnel and across the palm to the roots of the little …
    // index fingers (details.ts FINGERS); each runs on along the palm side of its finger and
    // splits round the deep flexor's tendon to the sides of the middle phalanx.
    to: [FDS_WRIST[0] as Vec3, FDS_WRIST[3] as Vec3],
    slips: ledThroughHand(
      digitSlips(
        FDS_TO,
        LITTLE_TO_INDEX,
        PALM,
        0.0028,
        [
          { at: 0.45, turn: 25 },
          { at: 1, turn: 50 },
          { at: 1.3, turn: 65 },
        ],
        true,
      ),
      FDS_WRIST,
      FDS_HAND,
      2,
    ),
    fibres: 4,
    thickness: 0.0065,
    tendon: [0.03, 0.28],
    tendonRadius: 0.0016,
    bellyAt: 0.35,
    step: 0.0016,
  },
  {
    id: 'flexor_digitorum_profundus',
    from: [
      [0.21, 1.06, -0.042],
      [0.226, 1.045, -0.04],
    ],
    via: [
      [
        [0.212, 0.97, -0.037],
        [0.23, 0.97, -0.036],
      ],
    ],
    // Four tendons through the carpal tunnel (under the superficialis's) and across the palm to
    // the proximal phalanges of the little … index fingers (details.ts FINGERS); each runs on
    // through the superficialis split to the base of the distal phalanx.
    to: [FDP_WRIST[0] as Vec3, FDP_WRIST[3] as Vec3],
    slips: ledThroughHand(
      // Close over the proximal phalanx under the superficialis up to its split, then on the
      // palmar side through it.
      digitSlips(FDP_TO, LITTLE_TO_INDEX, PALM, 0.0038, [
        { at: 0.5, depth: 0.0058 },
        { at: 1 },
        { at: 2 },
        { at: 2.25 },
      ]),
      FDP_WRIST,
      FDP_HAND,
    ),
    fibres: 4,
    thickness: 0.0065,
    tendon: [0.03, 0.27],
    tendonRadius: 0.0016,
    bellyAt: 0.4,
    step: 0.0016,
  },
  {
    id: 'flexor_pollicis_longus',
    from: [[0.247, 1.035, -0.027]],
    // Its tendon crosses the thumb's knuckle on the palmar side, between the short flexor's heads.
    via: [[[0.255, 0.96, -0.023]], [[0.262, 0.858, -0.022]], [[0.278, 0.815, -0.016]], [[0.2885, 0.782, -0.0095]]],
    to: [[0.297, 0.757, -0.005]],
    thickness: 0.0065,
    tendon: [0.03, 0.55],
    tendonRadius: 0.0017,
    bellyAt: 0.35,
    step: 0.0016,
  },
  {
    id: 'pronator_quadratus',
    from: [
      [0.23, 0.912, -0.03],
      [0.232, 0.878, -0.028],
    ],
    via: [
      [
        [0.246, 0.912, -0.026],
        [0.248, 0.878, -0.023],
      ],
    ],
    to: [
      [0.258, 0.912, -0.02],
      [0.262, 0.878, -0.016],
    ],
    fibres: 3,
    thickness: 0.0035,
    tendon: [0.04, 0.04],
  },
  // ── hand ──────────────────────────────────────────────────────────────────
  {
    id: 'abductor_pollicis_brevis',
    from: [[0.266, 0.84, -0.014]],
    via: [[[0.284, 0.815, -0.01]]],
    to: [[0.297, 0.786, -0.011]],
    thickness: 0.006,
    tendon: [0.06, 0.15],
    step: 0.0012,
  },
  {
    id: 'flexor_pollicis_brevis',
    from: [[0.258, 0.835, -0.016]],
    via: [[[0.275, 0.808, -0.011]]],
    to: [[0.29, 0.784, -0.009]],
    thickness: 0.0055,
    tendon: [0.06, 0.15],
    step: 0.0012,
  },
  {
    id: 'opponens_pollicis',
    from: [[0.27, 0.836, -0.02]],
    to: [
      [0.282, 0.82, -0.02],
      [0.295, 0.795, -0.012],
    ],
    fibres: 3,
    thickness: 0.004,
    tendon: [0.05, 0.05],
    step: 0.0012,
  },
  {
    id: 'adductor_pollicis',
    from: [
      [0.252, 0.822, -0.025],
      [0.256, 0.776, -0.025],
    ],
    to: [[0.288, 0.788, -0.016]],
    fibres: 3,
    thickness: 0.0045,
    tendon: [0.04, 0.12],
    step: 0.0012,
  },
  {
    id: 'first_dorsal_interosseous',
    from: [[0.275, 0.818, -0.03]],
    via: [[[0.28, 0.792, -0.028]]],
    to: [[0.275, 0.758, -0.032]],
    thickness: 0.0065,
    tendon: [0.03, 0.15],
    bellyAt: 0.4,
    step: 0.0012,
  },
];
