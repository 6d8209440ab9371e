/**
 * Muscles of the forearm, hand and trunk (the middle of MUSCLE_IDS).
 *
 * Referral patterns follow Travell & Simons (vol. 1, 2nd ed., for the upper body and trunk;
 * vol. 2 for quadratus lumborum). Where no distinct pattern is established, the region over the
 * muscle is given and the description says so.
 */

import { chapter } from '../citations';
import type { Muscle } from '../types';
import { SOURCES } from './sources';

const { TRAVELL_SIMONS_1: TS1, TRAVELL_SIMONS_2: TS2, GRAY, MOORE, KENDALL } = SOURCES;

export const MIDDLE_MUSCLES: readonly Muscle[] = [
  // ---------------------------------------------------------------- forearm
  {
    id: 'brachioradialis',
    name: 'Brachioradialis',
    plainName: 'Elbow-bending forearm muscle, thumb side',
    synonyms: ['BR', 'supinator longus'],
    group: 'elbow_flexors',
    area: 'forearm',
    layer: 1,
    bilateral: true,
    origin:
      'Upper two-thirds of the lateral supracondylar ridge of the humerus and the adjoining lateral intermuscular septum.',
    insertion: 'Lateral side of the lower end of the radius, just above the radial styloid process.',
    actions: [
      'flexes the elbow, most strongly with the forearm half-way between palm up and palm down',
      'brings the forearm back to the mid-position from full pronation or supination',
    ],
    innervation: { nerve: 'Radial nerve', roots: 'C5–C6' },
    referral: {
      regions: ['back_of_hand', 'back_of_wrist', 'outer_elbow', 'back_of_forearm'],
      description:
        'Pain is felt at the back of the wrist and in the web between the thumb and index finger, with some spill-over to the outer elbow and along the thumb side of the forearm.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 34), GRAY],
  },
  {
    id: 'extensor_carpi_radialis_longus',
    name: 'Extensor carpi radialis longus',
    plainName: 'Long wrist extensor, thumb side',
    synonyms: ['ECRL', 'wrist extensors'],
    group: 'wrist_extensors',
    area: 'forearm',
    layer: 1,
    bilateral: true,
    origin:
      'Lower third of the lateral supracondylar ridge of the humerus and the lateral intermuscular septum, just below brachioradialis.',
    insertion: 'Back of the base of the second (index) metacarpal, on its thumb side.',
    actions: ['extends the wrist', 'deviates the wrist toward the thumb (radial deviation)', 'assists elbow flexion'],
    innervation: { nerve: 'Radial nerve', roots: 'C6–C7' },
    referral: {
      regions: ['outer_elbow', 'back_of_hand', 'back_of_forearm'],
      description:
        'Pain is felt over the outer elbow and on the back of the hand on the thumb side, near the base of the thumb; the back of the forearm between can ache too.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 34), GRAY],
  },
  {
    id: 'extensor_carpi_radialis_brevis',
    name: 'Extensor carpi radialis brevis',
    plainName: 'Short wrist extensor, thumb side',
    synonyms: ['ECRB', 'wrist extensors', 'tennis elbow muscle'],
    group: 'wrist_extensors',
    area: 'forearm',
    layer: 2,
    bilateral: true,
    origin:
      'Lateral epicondyle of the humerus through the common extensor tendon, together with the radial collateral ligament and nearby intermuscular septa.',
    insertion: 'Back of the base of the third (middle) metacarpal.',
    actions: ['extends the wrist', 'assists deviation of the wrist toward the thumb (radial deviation)'],
    innervation: { nerve: 'Deep branch of the radial nerve', roots: 'C7–C8' },
    referral: {
      regions: ['back_of_wrist', 'back_of_hand'],
      description: 'Pain centres on the back of the wrist and spreads onto the back of the hand.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 34), MOORE],
  },
  {
    id: 'extensor_carpi_ulnaris',
    name: 'Extensor carpi ulnaris',
    plainName: 'Wrist extensor, little-finger side',
    synonyms: ['ECU', 'wrist extensors'],
    group: 'wrist_extensors',
    area: 'forearm',
    layer: 1,
    bilateral: true,
    origin:
      'Lateral epicondyle of the humerus through the common extensor tendon, and the posterior border of the ulna through a shared aponeurosis.',
    insertion: 'Tubercle on the little-finger side of the base of the fifth metacarpal.',
    actions: ['extends the wrist', 'deviates the wrist toward the little finger (ulnar deviation)'],
    innervation: { nerve: 'Posterior interosseous nerve (deep branch of the radial nerve)', roots: 'C7–C8' },
    referral: {
      regions: ['back_of_wrist'],
      description: 'Pain is felt on the little-finger side of the back of the wrist.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 34), MOORE],
  },
  {
    id: 'extensor_digitorum',
    name: 'Extensor digitorum',
    plainName: 'Finger-straightening muscle',
    synonyms: ['EDC', 'extensor digitorum communis', 'finger extensors'],
    group: 'wrist_extensors',
    area: 'forearm',
    layer: 1,
    bilateral: true,
    origin:
      'Lateral epicondyle of the humerus through the common extensor tendon, plus the surrounding intermuscular septa and forearm fascia.',
    insertion:
      'Four tendons that join the extensor expansions of the index to little fingers, which attach to the bases of the middle and end bones of each finger.',
    actions: [
      'extends the fingers at the knuckles and finger joints',
      'extends the wrist',
      'helps spread the fingers apart',
    ],
    innervation: { nerve: 'Posterior interosseous nerve (deep branch of the radial nerve)', roots: 'C7–C8' },
    referral: {
      regions: ['back_of_forearm', 'back_of_hand', 'back_of_wrist', 'outer_elbow'],
      description:
        'Pain runs down the back of the forearm and across the back of the wrist and hand, often into the finger that the tight part moves (most often the middle or ring finger); the outer elbow may ache as well.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 35), GRAY],
  },
  {
    id: 'flexor_carpi_radialis',
    name: 'Flexor carpi radialis',
    plainName: 'Wrist flexor, thumb side',
    synonyms: ['FCR', 'wrist flexors'],
    group: 'wrist_flexors',
    area: 'forearm',
    layer: 1,
    bilateral: true,
    origin: 'Medial epicondyle of the humerus through the common flexor tendon.',
    insertion: 'Palm side of the base of the second metacarpal, usually with a slip to the third.',
    actions: [
      'flexes the wrist',
      'deviates the wrist toward the thumb (radial deviation)',
      'assists elbow flexion and forearm pronation',
    ],
    innervation: { nerve: 'Median nerve', roots: 'C6–C7' },
    referral: {
      regions: ['front_of_wrist', 'front_of_forearm'],
      description:
        'Pain centres on the front of the wrist, toward the thumb side of the crease, with some spread up into the lower forearm.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 38), MOORE],
  },
  {
    id: 'flexor_carpi_ulnaris',
    name: 'Flexor carpi ulnaris',
    plainName: 'Wrist flexor, little-finger side',
    synonyms: ['FCU', 'wrist flexors'],
    group: 'wrist_flexors',
    area: 'forearm',
    layer: 1,
    bilateral: true,
    origin:
      'Humeral head from the medial epicondyle through the common flexor tendon; ulnar head from the olecranon and, through an aponeurosis, the upper two-thirds of the posterior border of the ulna.',
    insertion:
      'Pisiform bone, and through ligaments continuing from it, the hook of the hamate and the base of the fifth metacarpal.',
    actions: ['flexes the wrist', 'deviates the wrist toward the little finger (ulnar deviation)'],
    innervation: { nerve: 'Ulnar nerve', roots: 'C7–T1' },
    referral: {
      regions: ['front_of_wrist'],
      description: 'Pain is felt at the front of the wrist on the little-finger side.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 38), MOORE, KENDALL],
  },
  {
    id: 'palmaris_longus',
    name: 'Palmaris longus',
    plainName: 'Long palm muscle',
    synonyms: ['PL'],
    group: 'wrist_flexors',
    area: 'forearm',
    layer: 1,
    bilateral: true,
    origin: 'Medial epicondyle of the humerus through the common flexor tendon.',
    insertion: 'Front of the flexor retinaculum and the palmar aponeurosis of the hand.',
    actions: ['flexes the wrist', 'tightens the palmar fascia (palmar aponeurosis)'],
    innervation: { nerve: 'Median nerve', roots: 'C7–C8' },
    referral: {
      regions: ['palm', 'front_of_forearm'],
      description:
        'A superficial, prickling, needle-like pain in the palm, sometimes reaching a little way up the front of the forearm. The muscle is missing in some people.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 37), MOORE],
  },
  {
    id: 'flexor_digitorum_superficialis',
    name: 'Flexor digitorum superficialis',
    plainName: 'Superficial finger flexor',
    synonyms: ['FDS', 'flexor digitorum sublimis', 'finger flexors'],
    group: 'wrist_flexors',
    area: 'forearm',
    layer: 2,
    bilateral: true,
    origin:
      'Humero-ulnar head from the medial epicondyle (common flexor tendon), the ulnar collateral ligament and the coronoid process of the ulna; radial head from the upper front border of the radius.',
    insertion:
      'Four tendons that each split to attach to both sides of the middle bone (middle phalanx) of the index to little fingers.',
    actions: ['flexes the middle joints of the fingers', 'flexes the fingers at the knuckles', 'assists wrist flexion'],
    innervation: { nerve: 'Median nerve', roots: 'C7–T1' },
    referral: {
      regions: ['palm'],
      description:
        'Pain shoots along the palm side of the finger that the affected part moves, sometimes seeming to run past the fingertip, and the palm aches as well.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 38), MOORE],
  },
  {
    id: 'flexor_digitorum_profundus',
    name: 'Flexor digitorum profundus',
    plainName: 'Deep finger flexor',
    synonyms: ['FDP', 'finger flexors'],
    group: 'wrist_flexors',
    area: 'forearm',
    layer: 3,
    bilateral: true,
    origin:
      'Upper three-quarters of the front and inner surfaces of the ulna and the neighbouring interosseous membrane.',
    insertion: 'Palm side of the bases of the end bones (distal phalanges) of the index to little fingers.',
    actions: ['flexes the end joints of the fingers', 'helps flex the other finger joints', 'assists wrist flexion'],
    innervation: {
      nerve:
        'Anterior interosseous branch of the median nerve (index and middle finger parts) and ulnar nerve (ring and little finger parts)',
      roots: 'C8–T1',
    },
    referral: {
      regions: ['palm'],
      description:
        'Like the superficial finger flexor, it sends pain along the palm side of the finger it moves, sometimes seeming to run past the fingertip.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 38), MOORE],
  },
  {
    id: 'flexor_pollicis_longus',
    name: 'Flexor pollicis longus',
    plainName: 'Long thumb flexor',
    synonyms: ['FPL'],
    group: 'thumb_muscles',
    area: 'forearm',
    layer: 3,
    bilateral: true,
    origin: 'Front surface of the radius and the neighbouring interosseous membrane.',
    insertion: 'Palm side of the base of the end bone (distal phalanx) of the thumb.',
    actions: ['flexes the end joint of the thumb', 'helps flex the thumb at its knuckle and base'],
    innervation: { nerve: 'Anterior interosseous nerve (branch of the median nerve)', roots: 'C8–T1' },
    referral: {
      regions: ['thumb_base'],
      description: 'Pain runs along the palm side of the thumb out to its tip.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 38), MOORE],
  },
  {
    id: 'pronator_teres',
    name: 'Pronator teres',
    plainName: 'Palm-down turner near the elbow',
    synonyms: ['pronators'],
    group: 'forearm_rotators',
    area: 'forearm',
    layer: 1,
    bilateral: true,
    origin:
      'Humeral head from the medial epicondyle and the lowest part of the medial supracondylar ridge; ulnar head from the inner side of the coronoid process of the ulna.',
    insertion: 'Roughened area at the middle of the outer surface of the radius.',
    actions: ['pronates the forearm (turns the palm down)', 'assists elbow flexion'],
    innervation: { nerve: 'Median nerve', roots: 'C6–C7' },
    referral: {
      regions: ['front_of_wrist', 'front_of_forearm'],
      description: 'Deep pain at the front of the wrist on the thumb side, spreading up into the front of the forearm.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 38), MOORE],
  },
  {
    id: 'pronator_quadratus',
    name: 'Pronator quadratus',
    plainName: 'Palm-down turner at the wrist',
    synonyms: ['PQ', 'pronators'],
    group: 'forearm_rotators',
    area: 'forearm',
    layer: 4,
    bilateral: true,
    origin: 'Lower quarter of the front surface of the ulna.',
    insertion: 'Lower quarter of the front surface of the radius.',
    actions: ['pronates the forearm (turns the palm down)', 'holds the lower ends of the radius and ulna together'],
    innervation: { nerve: 'Anterior interosseous nerve (branch of the median nerve)', roots: 'C8–T1' },
    referral: {
      regions: ['front_of_wrist'],
      description:
        'No distinct referral pattern is established; trouble here is usually felt as a deep ache at the front of the wrist, just above the crease.',
      evidence: 'reasoned',
    },
    sources: [MOORE, GRAY],
  },
  {
    id: 'supinator',
    name: 'Supinator',
    plainName: 'Palm-up turner',
    synonyms: ['supinator brevis'],
    group: 'forearm_rotators',
    area: 'forearm',
    layer: 3,
    bilateral: true,
    origin:
      'Lateral epicondyle of the humerus, the radial collateral and annular ligaments, and the supinator crest and fossa of the ulna.',
    insertion: 'Outer, back and front surfaces of the upper third of the radius, wrapping around the bone.',
    actions: ['supinates the forearm (turns the palm up)'],
    innervation: { nerve: 'Deep branch of the radial nerve', roots: 'C5–C7' },
    referral: {
      regions: ['outer_elbow', 'back_of_hand', 'back_of_forearm'],
      description:
        'Pain is felt over the outer elbow and in the web of the thumb on the back of the hand; when severe it also aches along the back of the forearm.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 36), GRAY, KENDALL],
  },
  {
    id: 'abductor_pollicis_longus',
    name: 'Abductor pollicis longus',
    plainName: 'Long thumb abductor',
    synonyms: ['APL'],
    group: 'thumb_muscles',
    area: 'forearm',
    layer: 3,
    bilateral: true,
    origin: 'Back surfaces of the ulna and radius and the interosseous membrane between them, around mid-forearm.',
    insertion: 'Thumb side of the base of the first metacarpal.',
    actions: [
      'abducts the thumb (moves it away from the hand)',
      'extends the thumb at its base joint',
      'assists deviation of the wrist toward the thumb (radial deviation)',
    ],
    innervation: { nerve: 'Posterior interosseous nerve (deep branch of the radial nerve)', roots: 'C7–C8' },
    referral: {
      regions: ['back_of_wrist', 'thumb_base', 'back_of_forearm'],
      description:
        'No distinct referral pattern is established; trouble is usually felt along the muscle and its tendon on the thumb side of the wrist, the area affected in De Quervain tenosynovitis.',
      evidence: 'reasoned',
    },
    sources: [MOORE, GRAY],
  },
  {
    id: 'extensor_pollicis_brevis',
    name: 'Extensor pollicis brevis',
    plainName: 'Short thumb extensor',
    synonyms: ['EPB'],
    group: 'thumb_muscles',
    area: 'forearm',
    layer: 3,
    bilateral: true,
    origin: 'Back surface of the radius, below abductor pollicis longus, and the neighbouring interosseous membrane.',
    insertion: 'Back of the base of the first bone (proximal phalanx) of the thumb.',
    actions: [
      'extends the thumb at its knuckle',
      'extends the thumb at its base joint',
      'assists abduction of the thumb',
    ],
    innervation: { nerve: 'Posterior interosseous nerve (deep branch of the radial nerve)', roots: 'C7–C8' },
    referral: {
      regions: ['back_of_wrist', 'thumb_base', 'back_of_forearm'],
      description:
        'No distinct referral pattern is established; trouble is usually felt along its tendon on the thumb side of the wrist, shared with abductor pollicis longus in De Quervain tenosynovitis.',
      evidence: 'reasoned',
    },
    sources: [MOORE, GRAY],
  },
  // ---------------------------------------------------------------- hand
  {
    id: 'abductor_pollicis_brevis',
    name: 'Abductor pollicis brevis',
    plainName: 'Short thumb abductor',
    synonyms: ['APB', 'thenar muscles'],
    group: 'thenar',
    area: 'hand',
    layer: 1,
    bilateral: true,
    origin: 'Flexor retinaculum and the tubercles of the scaphoid and trapezium.',
    insertion: 'Thumb side of the base of the first bone (proximal phalanx) of the thumb.',
    actions: ['abducts the thumb (lifts it forward, away from the palm)', 'assists opposition of the thumb'],
    innervation: { nerve: 'Median nerve (recurrent branch)', roots: 'C8–T1' },
    referral: {
      regions: ['thumb_base', 'palm'],
      description:
        'No distinct referral pattern is established; tender spots usually give a local ache in the ball of the thumb.',
      evidence: 'reasoned',
    },
    sources: [MOORE, GRAY],
  },
  {
    id: 'flexor_pollicis_brevis',
    name: 'Flexor pollicis brevis',
    plainName: 'Short thumb flexor',
    synonyms: ['FPB', 'thenar muscles'],
    group: 'thenar',
    area: 'hand',
    layer: 2,
    bilateral: true,
    origin:
      'Superficial head from the flexor retinaculum and the tubercle of the trapezium; deep head from the trapezoid and capitate.',
    insertion: 'Thumb side of the base of the first bone (proximal phalanx) of the thumb.',
    actions: ['flexes the thumb at its knuckle', 'assists opposition of the thumb'],
    innervation: {
      nerve:
        'Median nerve (recurrent branch) to the superficial head; the deep head often from the deep branch of the ulnar nerve',
      roots: 'C8–T1',
    },
    referral: {
      regions: ['thumb_base', 'palm'],
      description:
        'No distinct referral pattern is established; tender spots usually give a local ache in the ball of the thumb.',
      evidence: 'reasoned',
    },
    sources: [MOORE, GRAY],
  },
  {
    id: 'opponens_pollicis',
    name: 'Opponens pollicis',
    plainName: 'Thumb-to-finger opposing muscle',
    synonyms: ['thenar muscles'],
    group: 'thenar',
    area: 'hand',
    layer: 3,
    bilateral: true,
    origin: 'Flexor retinaculum and the tubercle of the trapezium.',
    insertion: 'Whole length of the thumb-side border of the first metacarpal.',
    actions: ['opposes the thumb (turns and draws it across the palm to meet the fingers)'],
    innervation: { nerve: 'Median nerve (recurrent branch)', roots: 'C8–T1' },
    referral: {
      regions: ['thumb_base', 'front_of_wrist'],
      description:
        'Pain covers most of the palm side of the thumb, with a spot at the thumb side of the front of the wrist.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 39), MOORE],
  },
  {
    id: 'adductor_pollicis',
    name: 'Adductor pollicis',
    plainName: 'Thumb pinch muscle',
    synonyms: ['AdP', 'thumb web'],
    group: 'hand_intrinsics',
    area: 'hand',
    layer: 3,
    bilateral: true,
    origin:
      'Oblique head from the capitate and the bases of the second and third metacarpals; transverse head from the palm side of the shaft of the third metacarpal.',
    insertion: 'Little-finger side of the base of the first bone (proximal phalanx) of the thumb.',
    actions: ['adducts the thumb (draws it toward the palm and index finger)', 'steadies the thumb in pinch and grip'],
    innervation: { nerve: 'Deep branch of the ulnar nerve', roots: 'C8–T1' },
    referral: {
      regions: ['thumb_base', 'palm', 'back_of_hand'],
      description:
        'Aching along the outer side of the thumb and the hand just beyond the wrist crease, spreading into the ball of the thumb and the web space.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 39), MOORE],
  },
  {
    id: 'first_dorsal_interosseous',
    name: 'First dorsal interosseous',
    plainName: 'Index-finger web muscle',
    synonyms: ['FDI', 'first DI', 'interossei'],
    group: 'hand_intrinsics',
    area: 'hand',
    layer: 2,
    bilateral: true,
    origin: 'Two heads from the facing sides of the first and second metacarpals.',
    insertion:
      'Thumb side of the base of the first bone (proximal phalanx) of the index finger and its extensor expansion.',
    actions: [
      'abducts the index finger (moves it toward the thumb)',
      'flexes the index finger at the knuckle while straightening its finger joints',
    ],
    innervation: { nerve: 'Deep branch of the ulnar nerve', roots: 'C8–T1' },
    referral: {
      regions: ['back_of_hand', 'palm'],
      description:
        'Strong pain down the thumb side of the index finger and across the back of the hand, sometimes felt deep in the palm.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 40), MOORE],
  },
  // ---------------------------------------------------------------- back
  {
    id: 'iliocostalis',
    name: 'Iliocostalis (erector spinae)',
    plainName: 'Outer spine-straightening muscle',
    synonyms: [
      'erectors',
      'erector spinae',
      'paraspinals',
      'iliocostalis lumborum',
      'iliocostalis thoracis',
      'iliocostalis cervicis',
    ],
    group: 'erector_spinae',
    area: 'back',
    layer: 2,
    bilateral: true,
    origin:
      'The broad erector spinae tendon on the sacrum, iliac crest and lumbar spinous processes, with higher parts arising from the angles of the lower ribs.',
    insertion:
      'The angles of the ribs and, in the neck, the posterior tubercles of the transverse processes of the middle and lower cervical vertebrae.',
    actions: [
      'extends the spine (both sides together)',
      'bends the trunk to the same side',
      'controls bending forward',
    ],
    innervation: {
      nerve: 'Posterior rami of the spinal nerves (lateral branches)',
      roots: 'Segmental, lower cervical to lumbar',
    },
    referral: {
      regions: ['mid_back', 'buttock', 'low_back', 'side_of_abdomen', 'side_of_ribs'],
      description:
        'The chest-level part sends pain up and down the mid back and around the side toward the chest wall or belly; the part at the top of the low back sends pain down into the middle of the buttock.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 'the thoracolumbar paraspinal muscles'), GRAY],
  },
  {
    id: 'longissimus',
    name: 'Longissimus (erector spinae)',
    plainName: 'Middle spine-straightening muscle',
    synonyms: ['erectors', 'erector spinae', 'paraspinals', 'longissimus thoracis'],
    group: 'erector_spinae',
    area: 'back',
    layer: 2,
    bilateral: true,
    origin:
      'The common erector spinae tendon on the sacrum, iliac crest and lumbar spinous processes, and higher up the transverse processes of the upper thoracic and lower cervical vertebrae.',
    insertion:
      'Transverse processes of the thoracic and cervical vertebrae, the ribs between their tubercles and angles, and the back of the mastoid process (longissimus capitis).',
    actions: [
      'extends the spine and head (both sides together)',
      'bends the trunk and neck to the same side',
      'turns the head to the same side (capitis part)',
    ],
    innervation: {
      nerve: 'Posterior rami of the spinal nerves (lateral branches)',
      roots: 'Segmental, cervical to lumbar',
    },
    referral: {
      regions: ['buttock', 'low_back'],
      description:
        'Trigger points in the lower chest-level part send pain several levels downward, into the low back and the buttock.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 'the thoracolumbar paraspinal muscles'), GRAY],
  },
  {
    id: 'spinalis',
    name: 'Spinalis (erector spinae)',
    plainName: 'Inner spine-straightening muscle',
    synonyms: ['erectors', 'erector spinae', 'paraspinals', 'spinalis thoracis'],
    group: 'erector_spinae',
    area: 'back',
    layer: 3,
    bilateral: true,
    origin:
      'Spinous processes of the lower thoracic and upper lumbar vertebrae (about T11–L2), and in the neck the ligamentum nuchae and the spinous process of C7.',
    insertion: 'Spinous processes of the upper thoracic vertebrae and, in the neck, of the axis (C2).',
    actions: ['extends the spine', 'assists bending of the trunk to the same side'],
    innervation: {
      nerve: 'Posterior rami of the spinal nerves',
      roots: 'Segmental, cervical to upper lumbar',
    },
    referral: {
      regions: ['mid_back'],
      description:
        'No distinct referral pattern is established; pain is usually felt locally, just beside the spine in the mid back.',
      evidence: 'reasoned',
    },
    sources: [GRAY, MOORE],
  },
  {
    id: 'multifidus',
    name: 'Multifidus',
    plainName: 'Deep spine stabilizer',
    synonyms: ['multifidi', 'transversospinalis', 'deep paraspinals'],
    group: 'deep_spinal',
    area: 'back',
    layer: 4,
    bilateral: true,
    origin:
      'Back of the sacrum, the posterior superior iliac spine, the mammillary processes of the lumbar vertebrae, the thoracic transverse processes and the articular processes of C4–C7.',
    insertion: 'Each bundle climbs two to four levels to attach to a spinous process higher up, from L5 as far as C2.',
    actions: [
      'stabilizes the spine segment by segment',
      'extends the spine',
      'rotates the trunk toward the opposite side',
    ],
    innervation: {
      nerve: 'Medial branches of the posterior rami of the spinal nerves',
      roots: 'Segmental, cervical to sacral',
    },
    referral: {
      regions: ['low_back', 'sacrum', 'lower_abdomen', 'mid_back'],
      description:
        'Pain is deep and close to the spine at the level of the tight bundle; the lowest bundles send pain to the sacrum and tailbone, and lumbar bundles can refer forward into the belly.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 'the thoracolumbar paraspinal muscles'), GRAY],
  },
  {
    id: 'quadratus_lumborum',
    name: 'Quadratus lumborum',
    plainName: 'Deep low-back side muscle',
    synonyms: ['QL', 'hip hiker'],
    group: 'deep_spinal',
    area: 'back',
    layer: 3,
    bilateral: true,
    origin: 'Back part of the iliac crest and the iliolumbar ligament.',
    insertion: 'Lower border of the twelfth rib and the tips of the transverse processes of L1–L4.',
    actions: [
      'bends the trunk to the same side',
      'hitches the hip (raises the pelvis on the same side)',
      'extends the lumbar spine (both sides together)',
      'steadies the twelfth rib during breathing',
    ],
    innervation: { nerve: 'Anterior rami of T12 and the upper lumbar nerves', roots: 'T12–L4' },
    referral: {
      regions: ['sacrum', 'buttock', 'outer_hip', 'low_back', 'lower_abdomen'],
      description:
        'Deep trigger points send pain to the sacroiliac joint area and the lower buttock; superficial ones send it along the top of the pelvis, to the outer hip, and sometimes into the lower belly.',
      evidence: 'textbook',
    },
    sources: [chapter(TS2, 4), MOORE],
  },
  // ---------------------------------------------------------------- abdomen
  {
    id: 'rectus_abdominis',
    name: 'Rectus abdominis',
    plainName: 'Six-pack muscle',
    synonyms: ['six-pack', 'abs', 'rectus'],
    group: 'abdominals',
    area: 'abdomen',
    layer: 1,
    bilateral: true,
    origin: 'Pubic crest and pubic symphysis.',
    insertion: 'Xiphoid process and the costal cartilages of ribs 5–7.',
    actions: [
      'flexes the trunk (curls the ribcage toward the pelvis)',
      'tilts the pelvis backward (posterior tilt)',
      'compresses the abdomen, as in forced breathing out',
    ],
    innervation: {
      nerve: 'Thoracoabdominal (lower intercostal) and subcostal nerves',
      roots: 'T7–T12',
    },
    referral: {
      regions: ['low_back', 'mid_back', 'upper_abdomen', 'lower_abdomen'],
      description:
        'Upper fibres can cause a horizontal band of pain across the mid back and pain or fullness in the upper belly; lower fibres can cause a band across the low back and pain in the lower belly, sometimes mistaken for appendix or period pain.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 'the abdominal muscles'), MOORE],
  },
  {
    id: 'external_oblique',
    name: 'External oblique',
    plainName: 'Outer side abdominal',
    synonyms: ['obliques', 'external abdominal oblique', 'EO'],
    group: 'abdominals',
    area: 'abdomen',
    layer: 1,
    bilateral: true,
    origin: 'Outer surfaces of the lower eight ribs (ribs 5–12).',
    insertion: 'Linea alba through its aponeurosis, the pubic tubercle, and the front half of the iliac crest.',
    actions: [
      'rotates the trunk to the opposite side',
      'bends the trunk to the same side',
      'flexes the trunk (both sides together)',
      'compresses the abdomen',
    ],
    innervation: {
      nerve: 'Thoracoabdominal (lower intercostal) and subcostal nerves',
      roots: 'T7–T12',
    },
    referral: {
      regions: ['upper_abdomen', 'chest', 'groin', 'lower_abdomen'],
      description:
        'Fibres over the lower ribcage can cause heartburn-like pain in the upper belly and lower chest; fibres low in the side wall send pain into the groin and lower belly.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 'the abdominal muscles'), MOORE],
  },
  {
    id: 'internal_oblique',
    name: 'Internal oblique',
    plainName: 'Inner side abdominal',
    synonyms: ['obliques', 'internal abdominal oblique', 'IO'],
    group: 'abdominals',
    area: 'abdomen',
    layer: 2,
    bilateral: true,
    origin:
      'Thoracolumbar fascia, the front two-thirds of the iliac crest, and the outer part of the inguinal ligament.',
    insertion:
      'Lower borders of ribs 10–12, the linea alba through its aponeurosis, and the pubis through the conjoint tendon.',
    actions: [
      'rotates the trunk to the same side',
      'bends the trunk to the same side',
      'flexes the trunk (both sides together)',
      'compresses the abdomen',
    ],
    innervation: {
      nerve: 'Thoracoabdominal, subcostal, iliohypogastric and ilioinguinal nerves',
      roots: 'T7–L1',
    },
    referral: {
      regions: ['groin', 'lower_abdomen', 'side_of_abdomen'],
      description:
        'Trigger points low in the side wall of the belly, where the oblique layers lie on each other, send pain into the groin and lower belly; the textbook describes the layers of the side wall together.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 'the abdominal muscles'), MOORE],
  },
  {
    id: 'transversus_abdominis',
    name: 'Transversus abdominis',
    plainName: 'Deep corset abdominal',
    synonyms: ['TrA', 'TVA', 'transverse abdominis', 'core'],
    group: 'abdominals',
    area: 'abdomen',
    layer: 3,
    bilateral: true,
    origin:
      'Inner surfaces of the lower six costal cartilages, the thoracolumbar fascia, the front two-thirds of the iliac crest and the outer part of the inguinal ligament.',
    insertion: 'Linea alba through its aponeurosis, and the pubic crest and pecten pubis through the conjoint tendon.',
    actions: [
      'draws in and compresses the abdomen',
      'stiffens the lumbar spine and pelvis through the thoracolumbar fascia',
      'assists forced breathing out',
    ],
    innervation: {
      nerve: 'Thoracoabdominal, subcostal, iliohypogastric and ilioinguinal nerves',
      roots: 'T7–L1',
    },
    referral: {
      regions: ['upper_abdomen', 'side_of_abdomen'],
      description:
        'Trigger points in its upper part can cause a band of pain across the upper belly between the lower ribs of both sides.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 'the abdominal muscles'), MOORE],
  },
  {
    id: 'diaphragm',
    name: 'Diaphragm',
    plainName: 'Main breathing muscle',
    synonyms: ['thoracic diaphragm', 'breathing muscle'],
    group: 'respiratory',
    area: 'abdomen',
    layer: 4,
    bilateral: false,
    origin:
      'Back of the xiphoid process, the inner surfaces of the lower six costal cartilages and ribs, and the upper lumbar vertebrae through the crura and the arcuate ligaments.',
    insertion: 'Central tendon of the diaphragm, into which all its fibres converge.',
    actions: [
      'draws the central tendon down to enlarge the chest for breathing in',
      'raises pressure inside the abdomen together with the abdominal muscles',
      'helps stabilize the trunk',
    ],
    innervation: { nerve: 'Phrenic nerve', roots: 'C3–C5' },
    referral: {
      regions: ['side_of_ribs', 'top_of_shoulder'],
      description:
        'Pain is felt along the lower edge of the ribcage, like a side stitch when running, and the dome can refer pain to the top of the shoulder through the phrenic nerve.',
      evidence: 'textbook',
    },
    sources: [chapter(TS1, 'the intercostal muscles and diaphragm'), MOORE],
  },
];
