/**
 * An independent reference for where each shoulder, arm and forearm muscle's fleshy centre lies,
 * in the model frame (metres; +X subject's left, +Y up, +Z anterior; left side). Same record
 * shape and method as the hip and thigh table (muscleCentroids.ts).
 *
 * Source: the muscle paths of the MoBL-ARMS upper-limb model (Saul et al., "Benchmarking of
 * dynamic simulation predictions in two software platforms using an upper limb musculoskeletal
 * model", Comput Methods Biomech Biomed Engin 18(13), 2015; its muscle geometry is that of
 * Holzbaur et al., Ann Biomed Eng 33, 2005), as published in file MOBL_ARMS_41_Scaled.osim of
 * github.com/CEINMS-RT/UpperLimbModel (commit 5924cd622f64ecd6e9c848a329a7173617f1816f, the
 * model "MoBL_ARMS_module5_scaled", a right arm already scaled to one subject: humerus and
 * scapula ×0.995, clavicle ×1.065, forearm ×1.069), and the bone meshes shipped with it
 * (Geometry/*.vtp, scaled by the same factors). Nothing here comes from this project's generator
 * or its muscles; only the bony landmarks of scripts/model/data/landmarks.ts place the segments.
 *
 * How the published points were brought into our frame:
 * 1. Pose: shoulder elevation 0 (arm hanging; the model's clavicle and scapula rhythm is zero
 *    there, and plane of elevation and axial rotation 0), elbow flexion 0 (fully extended),
 *    forearm rotation −90° (full supination: the distal radius lateral to the ulna, palm forward,
 *    as in our anatomical position), wrist 0. Conditional and moving path points were evaluated
 *    at this pose. Every point and bone vertex was taken into the thorax frame through the joint
 *    chain, and the right arm mirrored to our left: ours = (Z, Y, X) of OpenSim (X anterior,
 *    Y up, Z right).
 * 2. Each segment was then placed on our skeleton on its own by a least-squares similarity
 *    (rotation, one scale, translation) from reference landmarks picked on its bone mesh to ours:
 *    - humerus: head centre (the shoulder joint centre, weight 3) and the two epicondyles (the
 *      extreme medial and lateral vertices of its distal 3 cm). Scale 1.008, turned 10.5°;
 *      residuals: head 0.1 cm, epicondyles 0.8 cm each;
 *    - forearm (ulna and radius together, in supination): elbow joint centre, radial head (the
 *      mean of the radius's top centimetre), radial and ulnar styloids (the lowest vertices).
 *      Scale 0.879, 10.7°; residuals 0.2, 0.2, 0.4 and 0.5 cm. Hand points (tendons beyond the
 *      bellies only) follow the forearm;
 *    - scapula: shoulder joint centre (weight 3), acromion tip (most lateral vertex), coracoid
 *      tip (most anterior), superior angle (highest), root of the spine (most medial), inferior
 *      angle (lowest). Scale 1.101, 14.3°; residuals 1.1, 2.5, 1.6, 2.4, 2.8 and 1.6 cm: the
 *      reference scapula is shorter and its acromion sits straight above the joint, ours 3 cm
 *      lateral of it, so no single similarity matches both;
 *    - clavicle: its medial and lateral ends onto ours (scale 1.12, turned 9.1° by the shortest
 *      rotation, roll kept from the chain);
 *    - thorax: jugular notch (top of the manubrium), xiphoid tip and both sternoclavicular joint
 *      centres. Scale 1.136, 6.3°; residuals 0.5, 0.3 and 0.9 cm.
 * 3. The centre of a muscle is the arc-length mean of its path, oriented from the proximal
 *    attachment, over the fleshy part given per record. Shoulder and arm muscles give it as a
 *    fraction of the path. In the forearm the paths run on to the fingers, so the belly is given
 *    as the level where it turns into tendon, as a fraction of the elbow-centre-to-wrist distance
 *    along our forearm (from the usual anatomy texts); the mean runs from the origin to that
 *    level. A muscle modelled by several paths (pectoralis major 1–3, triceps 3 heads, biceps
 *    2 heads, the four slips of each digit flexor and of extensor digitorum) takes the plain mean
 *    of their centres, one weight per path.
 *
 * Weak spots, to read a large error with: the fan-shaped muscles (pectoralis major,
 * infraspinatus, subscapularis, teres minor) are modelled by one to three lines from a single
 * point in the origin area, and a line's arc-length mean lies half-way along the fibres while a
 * fan's volume lies nearer its broad origin, so these centres lean towards the insertion
 * (laterally) by a centimetre or two. In the forearm the centre's height follows the chosen level
 * where the belly ends, about 1 cm for every 10 % of the forearm; and the paths run close to the
 * bones, so the superficial bellies' centres sit 1–2 cm deeper than the muscles' bulk.
 *
 * Left out: the deltoid and anconeus, whose published paths are lines of action hugging the
 * bone (the deltoid's centre from them lies 3 cm from the shoulder joint centre, 4.5 cm under our
 * skin, the anconeus's 3.2 cm under it, where both muscles lie directly under the skin), so a
 * centre taken from them would test the path, not the muscle; the supinator, whose path is a
 * chord through the radius (its wrapping cylinder is not a path point); the latissimus dorsi,
 * whose paths stop at the lower thoracic spine (the model has no pelvis, so the lumbar and iliac
 * origin is missing and the centre would sit too high); the extensors of the thumb and index and
 * the extensor digiti minimi, which our model has no mesh for; and every muscle the published
 * model does not have (trapezius, rhomboids, serratus anterior, pectoralis minor, the hand).
 */
import type { ReferenceCentroid } from './muscleCentroids';

export const ARM_REFERENCE_CENTROIDS: readonly ReferenceCentroid[] = [
  {
    id: 'supraspinatus',
    at: [0.158, 1.419, -0.057],
    from: 'SUPSP',
    belly: 'fleshy belly: first 80 % (tendon over the humeral head to the greater tubercle)',
  },
  {
    id: 'infraspinatus',
    at: [0.162, 1.374, -0.076],
    from: 'INFSP',
    belly: 'fleshy belly: first 80 % (tendon over the back of the head)',
  },
  { id: 'teres_minor', at: [0.161, 1.348, -0.083], from: 'TMIN', belly: 'fleshy belly: first 85 %' },
  {
    id: 'subscapularis',
    at: [0.138, 1.375, -0.063],
    from: 'SUBSC',
    belly: 'fleshy belly: first 85 % (tendon to the lesser tubercle)',
  },
  {
    id: 'teres_major',
    at: [0.138, 1.311, -0.088],
    from: 'TMAJ',
    belly: 'fleshy belly: first 80 % (flat tendon to the crest of the lesser tubercle)',
  },
  {
    id: 'pectoralis_major',
    at: [0.126, 1.364, 0.03],
    from: 'PECM1, PECM2, PECM3',
    belly: 'fleshy belly: first 90 % (short flat tendon to the lateral lip of the bicipital groove)',
  },
  {
    id: 'coracobrachialis',
    at: [0.177, 1.315, -0.018],
    from: 'CORB',
    belly: 'fleshy belly: 10–90 % (tendon shared with the short head of biceps at the coracoid)',
  },
  {
    id: 'biceps_brachii',
    at: [0.206, 1.227, -0.024],
    from: 'BIClong, BICshort',
    belly:
      'fleshy bellies: long head 30–82 % (tendon through the bicipital groove), short head 20–82 % (coracoid tendon); distal tendon to the radial tuberosity',
  },
  {
    id: 'brachialis',
    at: [0.218, 1.152, -0.032],
    from: 'BRA',
    belly: 'fleshy belly: first 90 % (short tendon to the ulnar tuberosity)',
  },
  {
    id: 'triceps_brachii',
    at: [0.209, 1.211, -0.069],
    from: 'TRIlong, TRIlat, TRImed',
    belly:
      'fleshy bellies: long head 8–90 %, lateral head first 90 %, medial head first 95 % (common tendon to the olecranon)',
  },
  {
    id: 'brachioradialis',
    at: [0.244, 1.082, -0.05],
    from: 'BRD',
    belly: 'belly ends at 55 % of the elbow–wrist length (long tendon in the distal forearm)',
  },
  {
    id: 'extensor_carpi_radialis_longus',
    at: [0.247, 1.076, -0.051],
    from: 'ECRL',
    belly: 'belly ends at 35 % of the forearm',
  },
  {
    id: 'extensor_carpi_radialis_brevis',
    at: [0.255, 1.037, -0.038],
    from: 'ECRB',
    belly: 'belly ends at 55 % of the forearm',
  },
  { id: 'extensor_carpi_ulnaris', at: [0.239, 1.019, -0.054], from: 'ECU', belly: 'belly ends at 70 % of the forearm' },
  {
    id: 'extensor_digitorum',
    at: [0.249, 1.025, -0.047],
    from: 'EDCL, EDCR, EDCM, EDCI',
    belly: 'belly ends at 65 % of the forearm',
  },
  { id: 'flexor_carpi_radialis', at: [0.212, 1.044, -0.032], from: 'FCR', belly: 'belly ends at 50 % of the forearm' },
  { id: 'palmaris_longus', at: [0.209, 1.051, -0.034], from: 'PL', belly: 'belly ends at 45 % of the forearm' },
  {
    id: 'flexor_carpi_ulnaris',
    at: [0.217, 1.002, -0.032],
    from: 'FCU',
    belly: 'belly ends at 85 % of the forearm (fleshy almost to the pisiform)',
  },
  {
    id: 'flexor_digitorum_superficialis',
    at: [0.226, 1.012, -0.033],
    from: 'FDSL, FDSR, FDSM, FDSI',
    belly: 'belly ends at 70 % of the forearm',
  },
  {
    id: 'flexor_digitorum_profundus',
    at: [0.234, 0.995, -0.036],
    from: 'FDPL, FDPR, FDPM, FDPI',
    belly: 'belly ends at 75 % of the forearm',
  },
  { id: 'flexor_pollicis_longus', at: [0.248, 0.952, -0.039], from: 'FPL', belly: 'belly ends at 80 % of the forearm' },
  {
    id: 'pronator_teres',
    at: [0.226, 1.044, -0.034],
    from: 'PT',
    belly: 'whole path (fleshy to its insertion at mid-radius)',
  },
  { id: 'pronator_quadratus', at: [0.244, 0.898, -0.033], from: 'PQ', belly: 'whole path' },
  {
    id: 'abductor_pollicis_longus',
    at: [0.258, 0.958, -0.051],
    from: 'APL',
    belly: 'belly ends at 75 % of the forearm',
  },
  {
    id: 'extensor_pollicis_brevis',
    at: [0.256, 0.927, -0.045],
    from: 'EPB',
    belly: 'belly ends at 80 % of the forearm',
  },
];
