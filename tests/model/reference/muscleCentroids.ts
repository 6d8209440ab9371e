/**
 * An independent reference for where each hip and thigh muscle's fleshy centre lies, in the
 * model frame (metres; +X subject's left, +Y up, +Z anterior; left side).
 *
 * Source: the muscle paths (origin, via and insertion points per body segment) of the Rajagopal
 * et al. full-body model, "Full-body musculoskeletal model for muscle-driven simulation of human
 * gait", IEEE Trans Biomed Eng 63(10), 2016 — file Models/Rajagopal/Rajagopal2016.osim of
 * github.com/opensim-org/opensim-models (left-side muscles `<name>_l`), whose attachments were
 * digitised from MRI of 24 young adults. Nothing here comes from this project's generator or its
 * landmark table except the joint centres and bony landmarks used to place the segments.
 *
 * How the published points were brought into our frame (default pose, all joint angles 0):
 * 1. Each path point was expressed in the pelvis frame through the model's joint chain, then the
 *    axes were renamed: ours = (−Z, Y, X) of OpenSim (X anterior, Y up, Z right).
 * 2. Pelvis points: one similarity (rotation 18.8° about the left–right axis, scale 1.000,
 *    translation) fitted by weighted least squares to the bony ASIS of the model's pelvis mesh,
 *    the PSIS marker moved 1 cm in from the skin, and the hip-joint centres (weight 3), against
 *    our ASIS [±0.118, 1.005, 0.050], PSIS [±0.040, 1.000, −0.112] and femoral heads
 *    [±0.086, 0.940, 0.010]. Residuals: ASIS 2.1 cm, PSIS 1.1 cm, hip centre 1.3 cm.
 * 3. Femur and patella points: the femur frame placed at our hip centre, its hip–knee axis along
 *    ours (to the midpoint of our femoral epicondyles, [0.095, 0.5125, −0.030]) and scaled to its
 *    length (×1.063), its epicondyle line turned onto ours.
 * 4. The centre of a muscle is the arc-length mean of its path over the fleshy part given per
 *    record (`belly`, as fractions of the path from the origin, from the usual anatomy texts); a
 *    muscle modelled by several paths (gluteus medius 1–3, adductor magnus 4 parts) takes the
 *    mean of their centres.
 *
 * Left out: gluteus maximus and sartorius, whose published paths are chords through the deep
 * tissue (the wrapping surfaces are not part of the path points) while the muscles lie just under
 * the skin; the leg and foot muscles, for the same reason: with the shank placed by its joint
 * centres (a tilt of about 11° against our tibia's shaft) or by its bony landmarks (tibial
 * tuberosity, malleoli, fibular head; residuals 0.9–1.4 cm), the paths of the gastrocnemius
 * heads and of the anterior compartment run 2–4 cm behind the bulge of the calf and the front of
 * the leg, so a centre taken from them would test the chord, not the muscle; and every muscle
 * the published model does not have (the neck, trunk and arm among them).
 */
import type { MuscleId } from '../../../src/domain/ids';
import type { Vec3 } from '../../../src/domain/types';

export interface ReferenceCentroid {
  readonly id: MuscleId;
  /** Expected centre of the fleshy part, model frame, left side. */
  readonly at: Vec3;
  /** The published muscle paths it is derived from (here Rajagopal 2016 `<name>_l`; other tables name their model). */
  readonly from: string;
  /** Which part of the path is taken as fleshy, and why. */
  readonly belly: string;
}

export const REFERENCE_CENTROIDS: readonly ReferenceCentroid[] = [
  {
    id: 'gluteus_medius',
    at: [0.111, 0.974, -0.03],
    from: 'glmed1, glmed2, glmed3',
    belly: 'whole path (fleshy from origin to insertion)',
  },
  {
    id: 'gluteus_minimus',
    at: [0.12, 0.96, -0.008],
    from: 'glmin1, glmin2, glmin3',
    belly: 'whole path (fleshy from origin to insertion)',
  },
  { id: 'piriformis', at: [0.065, 0.962, -0.04], from: 'piri', belly: 'tendon: last 15 % (to the greater trochanter)' },
  { id: 'psoas_major', at: [0.063, 0.975, 0.007], from: 'psoas', belly: 'tendon: last 5 % (to the lesser trochanter)' },
  {
    id: 'iliacus',
    at: [0.085, 0.96, 0.016],
    from: 'iliacus',
    belly: 'tendon: last 5 % (with psoas, to the lesser trochanter)',
  },
  {
    id: 'tensor_fasciae_latae',
    at: [0.138, 0.934, 0.018],
    from: 'tfl',
    belly:
      'fleshy belly: upper 35 % of the path (ends in the iliotibial tract at the junction of the proximal and middle thirds of the thigh)',
  },
  {
    id: 'adductor_longus',
    at: [0.066, 0.805, 0.028],
    from: 'addlong',
    belly: 'tendon: first 5 % (the rounded pubic tendon)',
  },
  {
    id: 'adductor_brevis',
    at: [0.065, 0.872, 0.024],
    from: 'addbrev',
    belly: 'whole path (fleshy from origin to insertion)',
  },
  {
    id: 'adductor_magnus',
    at: [0.067, 0.796, 0.005],
    from: 'addmagDist, addmagIsch, addmagMid, addmagProx',
    belly: 'whole path (fleshy from origin to insertion)',
  },
  {
    id: 'gracilis',
    at: [0.035, 0.735, 0.006],
    from: 'grac',
    belly: 'fleshy belly: upper 65 % (long distal tendon to the pes anserinus)',
  },
  {
    id: 'rectus_femoris',
    at: [0.094, 0.74, 0.03],
    from: 'recfem',
    belly: 'fleshy belly: 12–75 % (tendons of origin at the ilium; quadriceps tendon and patellar ligament distally)',
  },
  {
    id: 'vastus_lateralis',
    at: [0.131, 0.696, 0.007],
    from: 'vaslat',
    belly: 'broad origin along the femur: mean over the first optimal fibre length (l_opt) from the origin point',
  },
  {
    id: 'vastus_medialis',
    at: [0.1, 0.671, 0.014],
    from: 'vasmed',
    belly: 'broad origin along the femur: mean over the first optimal fibre length (l_opt) from the origin point',
  },
  {
    id: 'vastus_intermedius',
    at: [0.116, 0.685, 0.025],
    from: 'vasint',
    belly: 'broad origin along the femur: mean over the first optimal fibre length (l_opt) from the origin point',
  },
  {
    id: 'biceps_femoris_long_head',
    at: [0.086, 0.684, -0.047],
    from: 'bflh',
    belly: 'fleshy belly: 8–85 % (tendons at the ischial tuberosity and the fibular head)',
  },
  { id: 'biceps_femoris_short_head', at: [0.119, 0.604, -0.037], from: 'bfsh', belly: 'fleshy belly: first 90 %' },
  {
    id: 'semitendinosus',
    at: [0.055, 0.709, -0.037],
    from: 'semiten',
    belly: 'fleshy belly: 5–65 % (long distal tendon)',
  },
  {
    id: 'semimembranosus',
    at: [0.064, 0.623, -0.046],
    from: 'semimem',
    belly: 'fleshy belly: 30–95 % (long membranous proximal tendon)',
  },
];
