/** Muscle layouts (first batch): see muscleShape.ts for the fields. Left side. */
import type { MuscleShape } from '../muscleShape';
import { L } from './landmarks';

export const DEMO_SHAPES: readonly MuscleShape[] = [
  {
    id: 'trapezius_upper',
    // From the medial third of the superior nuchal line, the external occipital protuberance and
    // the ligamentum nuchae down to C7 (to just above the middle part's first fibre, so no spinous
    // process shows between the two parts): the two sides meet along the midline right up to the
    // protuberance (before, the origin left the line 2 cm from the midline and went straight
    // down the ligament, so the occipital bone showed between the two sides below the inion).
    from: [
      [0.022, 1.626, -0.107],
      [0.008, 1.6285, -0.1125],
      [0, 1.628, -0.114],
      [0, 1.56, -0.088],
      [0, 1.474, -0.0978],
    ],
    to: [
      [0.13, 1.448, 0.012],
      [0.17, 1.445, -0.015],
      [0.2, 1.442, -0.038],
    ],
    fibres: 6,
    thickness: 0.006,
    tendon: [0.03, 0.04],
    hug: 0.002,
  },
  {
    id: 'trapezius_middle',
    from: [L.c7Spinous, L.t3Spinous],
    // Round the back-top edge of the shoulder at even spacing, under the skin: without it, the
    // fibres (laid at their depth under the skin) split between the top of the shoulder and the
    // back where the straight lines ran deep inside, and the sheet opened a 2 cm slot there, over
    // the supraspinatus and the back of the clavicle.
    via: [
      [
        [0.15, 1.457, -0.062],
        [0.15, 1.449, -0.084],
        [0.148, 1.436, -0.097],
        [0.135, 1.414, -0.104],
        [0.105, 1.403, -0.113],
      ],
    ],
    // To the acromion and the upper lip of the spine of the scapula, the lowest fibres near the
    // spine's root, just above the lower part's tendon on its tubercle.
    to: [
      [0.2, 1.44, -0.046],
      [0.114, 1.4, -0.111],
    ],
    fibres: 5,
    thickness: 0.005,
    tendon: [0.05, 0.04],
    hug: 0.002,
    // From the spinous processes by a short aponeurosis (the tendinous area over C7–T3): a sheet
    // right up to the midline, over the rhomboids' origin, not diving under it to the bone.
    aponeurosis: 0,
  },
  {
    id: 'trapezius_lower',
    // From T4 (just above it: the highest fibres overlap the middle part's lowest, so the two
    // parts meet along the midline with no gap where the rhomboid major would show) down to T12.
    // The highest fibres run nearly horizontally to the tubercle at the root of the scapular
    // spine, the lower ones ascend to it, as a plate draws them. (The origin's depths are picked
    // to the half millimetre where the meshed sheet reaches its seam with the right side all along
    // the midline and does not lie flat on the latissimus: see backBorders and coplanarSheets.)
    from: [
      [0, 1.404, -0.13],
      [0, 1.14, -0.1205],
    ],
    to: [
      [0.095, 1.394, -0.12],
      [0.082, 1.38, -0.122],
    ],
    fibres: 6,
    thickness: 0.004,
    tendon: [0.05, 0.08],
    hug: 0.002,
    // From the spinous processes of T4–T12 by a short aponeurosis: the most superficial sheet of
    // the back right up to the midline, covering the latissimus's origin from T7 to T12 and the
    // medial border of its upper part (the latissimus came out between the two trapezii there).
    aponeurosis: 0,
  },
  {
    id: 'deltoid',
    // Origin, front to back: the anterior border of the clavicle's lateral third, the lateral
    // margin of the acromion, the lower lip of the spine of the scapula. The three parts wrap the
    // head of the humerus (the cap, fullest over the greater tubercle) and converge on the
    // deltoid tuberosity, halfway down the humerus's lateral surface, in a V.
    from: [
      [0.128, 1.446, 0.015],
      [0.165, 1.448, -0.002],
      [0.2, 1.443, -0.02],
      L.acromionTip,
      [0.206, 1.431, -0.057],
      [0.188, 1.425, -0.074],
      [0.152, 1.404, -0.098],
    ],
    via: [
      [
        [0.17, 1.395, 0.03],
        [0.22, 1.4, 0.012],
        [0.25, 1.4, -0.03],
        [0.228, 1.392, -0.075],
        [0.185, 1.38, -0.09],
      ],
      [
        [0.205, 1.365, 0.018],
        [0.249, 1.362, -0.025],
        [0.222, 1.36, -0.072],
      ],
      // Low on the V its front border runs down the front of the arm towards the tuberosity
      // instead of swinging out to the arm's lateral side and back in to it (a hook on that
      // border, seen from the front); its back border likewise swings out less.
      [
        [0.224, 1.328, -0.014],
        [0.244, 1.325, -0.024],
        [0.24, 1.323, -0.035],
      ],
    ],
    to: [L.deltoidTuberosity],
    fibres: 22,
    thickness: 0.012,
    thicknessAcross: [0.55, 0.8, 1, 1, 0.8, 0.55],
    tendon: [0.02, 0.08],
    bellyAt: 0.4,
    hug: 0.002,
    dive: 0.3,
    step: 0.0025,
    triangles: 1600,
  },
  {
    id: 'biceps_brachii',
    from: [L.coracoid, L.supraglenoid],
    via: [[[0.205, 1.3, -0.004]], [[0.222, 1.16, -0.014]]],
    to: [L.radialTuberosity],
    fibres: 2,
    thickness: 0.013,
    tendon: [0.2, 0.16],
    hug: 0.003,
  },
  {
    id: 'triceps_brachii',
    // Long head from the infraglenoid tubercle, lateral head from the back of the humerus above
    // the radial groove, medial head from the whole back of the shaft below it, down nearly to
    // the olecranon fossa; one tendon to the olecranon.
    // The lateral head arises on the posterolateral humerus, under the deltoid's spinal part, and
    // fills the back of the arm's lateral side forward to the lateral intermuscular septum, where
    // the brachialis meets it.
    from: [L.infraglenoid, [0.217, 1.364, -0.047], [0.225, 1.26, -0.05], [0.223, 1.17, -0.054]],
    via: [
      [
        [0.203, 1.26, -0.074],
        [0.236, 1.24, -0.062],
        [0.228, 1.15, -0.066],
      ],
    ],
    to: [[0.224, 1.118, -0.074]],
    fibres: 3,
    thickness: 0.014,
    tendon: [0.08, 0.16],
    // The three heads are thickest over the middle and lower arm, where the medial head joins.
    bellyAt: 0.7,
    hug: 0.003,
  },
  {
    id: 'pectoralis_major',
    from: [
      [0.085, 1.443, 0.042],
      [0.02, 1.432, 0.042],
      [0.012, 1.35, 0.066],
      [0.012, 1.27, 0.075],
      [0.045, 1.2, 0.076],
    ],
    to: [
      [0.207, 1.31, -0.012],
      [0.2, 1.37, -0.01],
    ],
    fibres: 8,
    thickness: 0.007,
    tendon: [0.02, 0.08],
    hug: 0.002,
  },
  {
    id: 'latissimus_dorsi',
    from: [L.t7Spinous, [0, 1.1, -0.115], [0.03, 1.0, -0.116], [0.1, 1.05, -0.09], [0.138, 1.13, -0.05]],
    via: [
      [
        [0.11, 1.27, -0.132],
        [0.15, 1.22, -0.1],
        [0.162, 1.2, -0.065],
      ],
      [[0.172, 1.31, -0.07]],
    ],
    to: [[0.194, 1.365, -0.02]],
    fibres: 8,
    thickness: 0.0055,
    tendon: [0.04, 0.08],
    hug: 0.002,
    // On the thoracolumbar fascia: a sheet with a smooth medial border, under the lower trapezius.
    aponeurosis: 0.0035,
  },
  {
    id: 'gluteus_maximus',
    from: [
      [0.075, 1.035, -0.112],
      [0.03, 0.965, -0.114],
      [0.014, 0.9, -0.108],
      [0.008, 0.876, -0.098],
    ],
    to: [
      [0.155, 0.925, -0.035],
      [0.148, 0.87, -0.038],
      [0.132, 0.83, -0.03],
    ],
    fibres: 8,
    thickness: 0.016,
    tendon: [0.03, 0.08],
    hug: 0.004,
  },
  {
    id: 'rectus_femoris',
    from: [L.aiis],
    via: [[[0.099, 0.75, 0.058]]],
    to: [L.patellaTop],
    thickness: 0.017,
    tendon: [0.1, 0.14],
    bellyAt: 0.55,
    hug: 0.004,
  },
  {
    id: 'gastrocnemius_medial_head',
    from: [L.medialCondyleBack],
    via: [[[0.074, 0.39, -0.088]], [[0.093, 0.15, -0.078]]],
    to: [L.calcanealTuber],
    thickness: 0.016,
    tendon: [0.06, 0.45],
    bellyAt: 0.35,
    hug: 0.004,
    // A finer grid than its thickness gives (4 mm): on that one its thin tendon pinched where it
    // meets the calcaneus (16 edges shared by four triangles).
    step: 0.003,
  },
  {
    id: 'gastrocnemius_lateral_head',
    from: [L.lateralCondyleBack],
    via: [[[0.112, 0.39, -0.082]], [[0.097, 0.15, -0.078]]],
    to: [L.calcanealTuber],
    thickness: 0.013,
    tendon: [0.06, 0.5],
    bellyAt: 0.35,
    hug: 0.004,
  },
  {
    id: 'tibialis_anterior',
    from: [[0.108, 0.43, -0.008]],
    via: [[[0.102, 0.26, -0.012]], [[0.088, 0.1, -0.03]]],
    to: [L.metatarsal1Base],
    thickness: 0.011,
    tendon: [0.05, 0.42],
    bellyAt: 0.35,
    hug: 0.003,
    step: 0.002,
    triangles: 700,
  },
  {
    id: 'sternocleidomastoid',
    from: [L.mastoid],
    to: [
      [0.012, 1.432, 0.036],
      [0.042, 1.443, 0.04],
    ],
    fibres: 2,
    thickness: 0.008,
    tendon: [0.05, 0.1],
    hug: 0.003,
  },
];
