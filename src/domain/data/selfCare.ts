/**
 * Self-care a client can do between sessions, in plain words and our own text: a gentle stretch
 * for muscles that are released, an activation or strengthening exercise for muscles that are
 * inhibited, and posture, work-station and activity advice for posture and movement findings.
 *
 * Each exercise names the muscles it serves; a muscle has at most one stretch and one
 * activation exercise, so muscles of one group share their exercise (and the plan lists it once).
 *
 * Plain data (it ships in the content JSON); the look-ups by muscle and by finding are in
 * `../selfCare.ts`.
 */
import type { FindingId, MuscleId } from '../ids';
import { SOURCES } from './sources';

/** What kind of self-care an item is. */
export type SelfCareKind = 'stretch' | 'strengthen' | 'posture' | 'ergonomics' | 'activity';

/** One stretch or exercise, and the muscles it serves. */
export interface SelfCareExercise {
  readonly id: string;
  readonly kind: 'stretch' | 'strengthen';
  /** One or two sentences in plain words, with the safe limits. */
  readonly text: string;
  readonly muscles: readonly MuscleId[];
  /** Other muscles the exercise stretches or loads noticeably (so it is not given while they are inflamed). */
  readonly loads?: readonly MuscleId[];
  readonly sources: readonly string[];
}

/** One piece of posture, work-station or activity advice. */
export interface SelfCareAdvice {
  readonly id: string;
  readonly kind: 'posture' | 'ergonomics' | 'activity';
  readonly text: string;
  readonly sources: readonly string[];
}

const { JANDA, NASM, KENDALL, SAHRMANN, NEUMANN, TRAVELL_SIMONS_1, TRAVELL_SIMONS_2, ACSM, JULL, PERRY } = SOURCES;
const OSHA = SOURCES.OSHA_WORKSTATIONS;
const HSE = SOURCES.HSE_DSE;

/** Shown once above any self-care list. */
export const SELF_CARE_SAFETY =
  'Go gently: a mild pull or a working muscle is fine, pain is not. Stop and tell your therapist if anything causes sharp pain, tingling, numbness or dizziness.';

/** Stretches, for muscles that are tight or overworking. */
const STRETCHES: readonly SelfCareExercise[] = [
  {
    id: 'upper_trapezius_stretch',
    kind: 'stretch',
    text: 'Sit tall and hold the edge of the seat with the hand of the side to stretch, then tip the other ear toward the other shoulder until the top of the shoulder feels a mild pull; hold 30 seconds, breathing slowly.',
    muscles: ['trapezius_upper'],
    sources: [TRAVELL_SIMONS_1, ACSM],
  },
  {
    id: 'levator_scapulae_stretch',
    kind: 'stretch',
    text: 'Sit tall, turn your nose toward the opposite armpit and let the head bow forward until the back of the neck and the top of the shoulder blade feel a mild pull; hold 30 seconds.',
    muscles: ['levator_scapulae'],
    sources: [TRAVELL_SIMONS_1, ACSM],
  },
  {
    id: 'sternocleidomastoid_stretch',
    kind: 'stretch',
    text: 'Sit tall, tip the ear away from the side to stretch, then turn the chin slightly up toward the stretched side until the front of the neck feels a mild pull; hold 20 seconds and stop if you feel dizzy.',
    muscles: ['sternocleidomastoid'],
    sources: [TRAVELL_SIMONS_1],
  },
  {
    id: 'scalene_stretch',
    kind: 'stretch',
    text: 'Sit tall, hold the collarbone of the side to stretch down with the other hand, and tip the head away until the side of the neck feels a mild pull; hold 20 seconds and stop at once if the arm or hand tingles.',
    muscles: ['anterior_scalene', 'middle_scalene', 'posterior_scalene'],
    sources: [TRAVELL_SIMONS_1],
  },
  {
    id: 'suboccipital_stretch',
    kind: 'stretch',
    text: 'Sit tall and nod the chin gently in toward the throat, as if making a double chin, then let the head tip slightly forward so the base of the skull feels a mild pull; hold 20 seconds.',
    muscles: [
      'rectus_capitis_posterior_major',
      'rectus_capitis_posterior_minor',
      'obliquus_capitis_superior',
      'obliquus_capitis_inferior',
    ],
    sources: [TRAVELL_SIMONS_1, JULL],
  },
  {
    id: 'neck_extensor_stretch',
    kind: 'stretch',
    text: 'Sit tall, tuck the chin and let the head bow toward the chest; to favour one side, turn the nose a little toward the opposite knee. Hold 20–30 seconds without pulling on the head.',
    muscles: ['splenius_capitis', 'splenius_cervicis', 'semispinalis_capitis'],
    sources: [TRAVELL_SIMONS_1, ACSM],
  },
  {
    id: 'jaw_release',
    kind: 'stretch',
    text: 'Rest the tip of the tongue on the roof of the mouth behind the front teeth and let the teeth part and the jaw hang loose; then open slowly only as far as is comfortable, ten times, several times a day.',
    muscles: ['masseter', 'temporalis', 'medial_pterygoid', 'lateral_pterygoid'],
    sources: [TRAVELL_SIMONS_1],
  },
  {
    id: 'doorway_chest_stretch',
    kind: 'stretch',
    text: 'Stand in a doorway with the forearm on the frame and the elbow at shoulder height, and step gently through until the front of the chest stretches; hold 30 seconds and ease off if the arm tingles.',
    muscles: ['pectoralis_major', 'coracobrachialis'],
    sources: [TRAVELL_SIMONS_1, KENDALL, ACSM],
  },
  {
    id: 'high_doorway_stretch',
    kind: 'stretch',
    text: 'Stand in a doorway with the forearm on the frame and the elbow a little above shoulder height, and lean forward until the upper chest near the shoulder opens; hold 30 seconds and ease off if the hand tingles.',
    muscles: ['pectoralis_minor'],
    sources: [TRAVELL_SIMONS_1, SAHRMANN],
  },
  {
    id: 'lat_stretch',
    kind: 'stretch',
    text: 'Kneel in front of a chair with the forearms on the seat and sit the hips back toward the heels, letting the chest sink until the sides of the back stretch; hold 30 seconds.',
    muscles: ['latissimus_dorsi', 'teres_major'],
    sources: [KENDALL, ACSM],
  },
  {
    id: 'shoulder_rotation_stretch',
    kind: 'stretch',
    text: 'Lie on your back with the arm out at shoulder height and the elbow bent to a right angle, and let the forearm fall back toward the floor only as far as is comfortable; hold it there 30 seconds.',
    muscles: ['subscapularis'],
    sources: [TRAVELL_SIMONS_1, SAHRMANN],
  },
  {
    id: 'cross_body_stretch',
    kind: 'stretch',
    text: 'Bring the arm across the front of the chest and, with the other hand at the elbow, draw it gently closer until the back of the shoulder stretches; hold 30 seconds.',
    muscles: ['infraspinatus', 'teres_minor', 'deltoid', 'supraspinatus'],
    sources: [TRAVELL_SIMONS_1, ACSM],
  },
  {
    id: 'upper_back_stretch',
    kind: 'stretch',
    text: 'Clasp the hands in front at shoulder height, round the upper back and push the hands away so the shoulder blades spread apart; hold 20–30 seconds while breathing into the back.',
    muscles: ['rhomboid_major', 'rhomboid_minor', 'trapezius_middle', 'trapezius_lower'],
    sources: [TRAVELL_SIMONS_1],
  },
  {
    id: 'biceps_stretch',
    kind: 'stretch',
    text: 'Stand side-on to a wall, put the palm on it just below shoulder height behind you with the elbow straight, and turn the body slowly away until the front of the arm stretches; hold 30 seconds.',
    muscles: ['biceps_brachii', 'brachialis'],
    sources: [TRAVELL_SIMONS_1, ACSM],
  },
  {
    id: 'triceps_stretch',
    kind: 'stretch',
    text: 'Raise the arm, bend the elbow so the hand drops behind the neck, and with the other hand ease the elbow back until the back of the arm stretches; hold 30 seconds.',
    muscles: ['triceps_brachii', 'anconeus'],
    sources: [TRAVELL_SIMONS_1, ACSM],
  },
  {
    id: 'wrist_extensor_stretch',
    kind: 'stretch',
    text: 'Hold the arm straight out, palm down, let the wrist drop and with the other hand draw the back of the hand gently toward you until the top of the forearm stretches; hold 30 seconds.',
    muscles: [
      'extensor_carpi_radialis_longus',
      'extensor_carpi_radialis_brevis',
      'extensor_carpi_ulnaris',
      'extensor_digitorum',
      'brachioradialis',
      'supinator',
      'abductor_pollicis_longus',
      'extensor_pollicis_brevis',
    ],
    sources: [TRAVELL_SIMONS_1, ACSM],
  },
  {
    id: 'wrist_flexor_stretch',
    kind: 'stretch',
    text: 'Hold the arm straight out, palm up, and with the other hand bend the wrist and fingers gently back until the inside of the forearm stretches; hold 30 seconds and ease off if the fingers tingle.',
    muscles: [
      'flexor_carpi_radialis',
      'flexor_carpi_ulnaris',
      'palmaris_longus',
      'flexor_digitorum_superficialis',
      'flexor_digitorum_profundus',
      'flexor_pollicis_longus',
      'pronator_teres',
      'pronator_quadratus',
    ],
    sources: [TRAVELL_SIMONS_1, ACSM],
  },
  {
    id: 'thumb_web_stretch',
    kind: 'stretch',
    text: 'Rest the hand on a table, palm down, and with the other hand ease the thumb gently away from the index finger until the web of the thumb stretches; hold 20 seconds.',
    muscles: [
      'adductor_pollicis',
      'first_dorsal_interosseous',
      'opponens_pollicis',
      'flexor_pollicis_brevis',
      'abductor_pollicis_brevis',
    ],
    sources: [TRAVELL_SIMONS_1],
  },
  {
    id: 'side_bend_stretch',
    kind: 'stretch',
    text: 'Stand with the feet together, reach the arm of the side to stretch over the head and lean the trunk away, letting the hip drift out toward the stretched side; hold 20–30 seconds.',
    muscles: ['quadratus_lumborum', 'external_oblique', 'internal_oblique'],
    sources: [TRAVELL_SIMONS_1, KENDALL],
  },
  {
    id: 'knees_to_chest',
    kind: 'stretch',
    text: 'Lie on your back and hug both knees toward the chest, rocking gently, until the low back feels a mild stretch; hold 30 seconds.',
    muscles: ['iliocostalis', 'longissimus', 'spinalis', 'multifidus'],
    sources: [KENDALL, ACSM],
  },
  {
    id: 'belly_stretch',
    kind: 'stretch',
    text: 'Lie face down on the forearms with the elbows under the shoulders and let the belly lengthen toward the floor, hips down; hold 20 seconds, and skip it if it causes back pain.',
    muscles: ['rectus_abdominis'],
    sources: [KENDALL],
  },
  {
    id: 'hip_flexor_stretch',
    kind: 'stretch',
    text: 'Half-kneel on a cushion with the knee of the side to stretch down, tuck the tail bone under and shift the body gently forward until the front of the hip stretches; hold 30 seconds without arching the back.',
    muscles: ['psoas_major', 'iliacus', 'sartorius', 'pectineus'],
    sources: [KENDALL, JANDA, ACSM],
  },
  {
    id: 'front_thigh_stretch',
    kind: 'stretch',
    text: 'Standing and holding a support, bend one knee and hold the ankle behind you, knees together and tail bone tucked, until the front of the thigh stretches; hold 30 seconds.',
    muscles: ['rectus_femoris', 'vastus_lateralis', 'vastus_medialis', 'vastus_intermedius'],
    sources: [KENDALL, ACSM],
  },
  {
    id: 'outer_hip_stretch',
    kind: 'stretch',
    text: 'Stand side-on to a wall, cross the leg nearest the wall behind the other and let the hip sink toward the wall until the outside of the hip stretches; hold 30 seconds.',
    muscles: ['tensor_fasciae_latae', 'gluteus_medius', 'gluteus_minimus'],
    sources: [TRAVELL_SIMONS_2, KENDALL],
  },
  {
    id: 'figure_four_stretch',
    kind: 'stretch',
    text: 'Lie on your back, cross the ankle over the opposite knee and draw that thigh toward the chest until the buttock stretches; hold 30 seconds and stop if pain shoots down the leg.',
    muscles: ['piriformis', 'superior_gemellus', 'obturator_internus', 'inferior_gemellus', 'quadratus_femoris'],
    sources: [TRAVELL_SIMONS_2, ACSM],
  },
  {
    id: 'knee_to_shoulder_stretch',
    kind: 'stretch',
    text: 'Lie on your back and draw one knee toward the opposite shoulder with both hands until the buttock stretches; hold 30 seconds.',
    muscles: ['gluteus_maximus'],
    sources: [TRAVELL_SIMONS_2, ACSM],
  },
  {
    id: 'hamstring_stretch',
    kind: 'stretch',
    text: 'Lie on your back, hold the back of one thigh with the hip bent to a right angle and slowly straighten the knee, ankle relaxed, until the back of the thigh stretches; hold 30 seconds and ease off if tingling runs down the leg.',
    muscles: ['biceps_femoris_long_head', 'biceps_femoris_short_head', 'semitendinosus', 'semimembranosus'],
    sources: [KENDALL, ACSM],
  },
  {
    id: 'inner_thigh_stretch',
    kind: 'stretch',
    text: 'Stand with the feet wide, bend one knee and shift the weight over it until the inner thigh of the straight leg stretches; hold 30 seconds.',
    muscles: ['adductor_longus', 'adductor_brevis', 'adductor_magnus', 'gracilis'],
    sources: [TRAVELL_SIMONS_2, ACSM],
  },
  {
    id: 'straight_knee_calf_stretch',
    kind: 'stretch',
    text: 'Face a wall with the hands on it, step one foot back with the knee straight and the heel down, and lean in until the upper calf stretches; hold 30 seconds.',
    muscles: ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head'],
    loads: ['soleus', 'tibialis_posterior', 'flexor_digitorum_longus', 'flexor_hallucis_longus'],
    sources: [TRAVELL_SIMONS_2, ACSM],
  },
  {
    id: 'bent_knee_calf_stretch',
    kind: 'stretch',
    text: 'In the same wall stance, bend the back knee while keeping the heel down until the lower calf, near the heel, stretches; hold 30 seconds.',
    muscles: ['soleus', 'tibialis_posterior', 'flexor_digitorum_longus', 'flexor_hallucis_longus', 'popliteus'],
    loads: ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head'],
    sources: [TRAVELL_SIMONS_2, ACSM],
  },
  {
    id: 'shin_stretch',
    kind: 'stretch',
    text: 'Standing and holding a support, rest the top of the toes on the floor behind you and press the ankle gently forward until the front of the shin and foot stretch; hold 20 seconds.',
    muscles: [
      'tibialis_anterior',
      'extensor_digitorum_longus',
      'extensor_hallucis_longus',
      'extensor_digitorum_brevis',
    ],
    sources: [TRAVELL_SIMONS_2],
  },
  {
    id: 'outer_shin_stretch',
    kind: 'stretch',
    text: 'Sit with the ankle resting on the other knee and gently turn the sole of the foot up toward you until the outside of the lower leg stretches; hold 20 seconds.',
    muscles: ['fibularis_longus', 'fibularis_brevis'],
    sources: [TRAVELL_SIMONS_2],
  },
  {
    id: 'sole_stretch',
    kind: 'stretch',
    text: 'Sit with the foot across the other knee and draw the toes back toward the shin until the sole stretches; hold 30 seconds, then roll the sole slowly over a ball for a minute, never pressing into pain.',
    muscles: ['abductor_hallucis', 'flexor_digitorum_brevis', 'quadratus_plantae', 'abductor_digiti_minimi_foot'],
    loads: ['flexor_hallucis_longus', 'flexor_digitorum_longus'],
    sources: [TRAVELL_SIMONS_2],
  },
];

/** Activation and strengthening exercises, for muscles that are inhibited or lengthened. */
const ACTIVATIONS: readonly SelfCareExercise[] = [
  {
    id: 'chin_nod',
    kind: 'strengthen',
    text: 'Lie on your back with the head resting and nod the chin gently, as in a small "yes", without lifting the head or tensing the front of the neck; hold 10 seconds, 10 times.',
    muscles: ['longus_colli', 'longus_capitis'],
    sources: [JULL, JANDA],
  },
  {
    id: 'prone_y_raise',
    kind: 'strengthen',
    text: 'Lie face down with the arms overhead in a Y, thumbs up, draw the shoulder blades down toward the back pockets and lift the arms a hand-width; hold 5 seconds, 10 times.',
    muscles: ['trapezius_lower'],
    sources: [SAHRMANN, NASM],
  },
  {
    id: 'band_row',
    kind: 'strengthen',
    text: 'Hold a light elastic band in front at chest height and pull the elbows back, squeezing the shoulder blades together without shrugging; hold 3 seconds, 10–15 times.',
    muscles: ['trapezius_middle', 'rhomboid_major', 'rhomboid_minor'],
    sources: [NASM, KENDALL],
  },
  {
    id: 'wall_slide_push',
    kind: 'strengthen',
    text: 'Stand facing a wall with the forearms on it and slide them upward while gently pushing the wall away, so the shoulder blades wrap around the ribs; 10 slow repeats.',
    muscles: ['serratus_anterior'],
    sources: [SAHRMANN, NASM],
  },
  {
    id: 'side_lying_turn_out',
    kind: 'strengthen',
    text: 'Lie on the other side with a rolled towel under the upper elbow, elbow bent to a right angle, and turn the forearm slowly up toward the ceiling and down; 10–15 times with no or a very light weight.',
    muscles: ['infraspinatus', 'teres_minor'],
    sources: [NASM, KENDALL],
  },
  {
    id: 'scaption_raise',
    kind: 'strengthen',
    text: 'Standing, raise the straight arms slightly forward of the sides, thumbs up, to shoulder height and lower them slowly; 10 times, with no weight at first.',
    muscles: ['supraspinatus', 'deltoid'],
    sources: [NASM, KENDALL],
  },
  {
    id: 'band_turn_in',
    kind: 'strengthen',
    text: 'Stand with the elbow at the side bent to a right angle, hold a light band fixed to a door handle on that side and turn the forearm in across the belly; 10–15 slow times.',
    muscles: ['subscapularis', 'teres_major'],
    sources: [NASM, KENDALL],
  },
  {
    id: 'drawing_in',
    kind: 'strengthen',
    text: 'Lie on your back with the knees bent and gently draw the lower belly in toward the spine without moving the back or holding the breath; hold 10 seconds, 10 times.',
    muscles: ['transversus_abdominis', 'internal_oblique'],
    sources: [JANDA, NASM],
  },
  {
    id: 'dead_bug',
    kind: 'strengthen',
    text: 'Lie on your back with the knees and arms up, keep the low back resting on the floor and slowly lower one arm and the opposite leg, then change sides; 6–10 each side.',
    muscles: ['rectus_abdominis', 'external_oblique'],
    sources: [NASM, SAHRMANN],
  },
  {
    id: 'bird_dog',
    kind: 'strengthen',
    text: 'On hands and knees, reach one arm forward and the opposite leg back without letting the back sag or twist; hold 5 seconds, 8–10 times each side.',
    muscles: ['multifidus'],
    sources: [NASM, SAHRMANN],
  },
  {
    id: 'prone_chest_lift',
    kind: 'strengthen',
    text: 'Lie face down with the arms by your sides, draw the shoulder blades lightly back and lift the chest a few centimetres, looking at the floor; hold 5 seconds, 10 times.',
    muscles: ['iliocostalis', 'longissimus', 'spinalis'],
    sources: [KENDALL, NASM],
  },
  {
    id: 'bridge',
    kind: 'strengthen',
    text: 'Lie on your back with the knees bent, squeeze the buttocks and lift the hips until the body is a straight line from knees to shoulders; hold 5 seconds, 10 times, without arching the back.',
    muscles: ['gluteus_maximus'],
    sources: [NASM, JANDA],
  },
  {
    id: 'heel_bridge',
    kind: 'strengthen',
    text: 'Do the bridge with the heels a little further from the hips and press the heels into the floor, so the back of the thighs works; hold 5 seconds, 8–10 times.',
    muscles: ['biceps_femoris_long_head', 'biceps_femoris_short_head', 'semitendinosus', 'semimembranosus'],
    sources: [NASM, KENDALL],
  },
  {
    id: 'side_lying_leg_lift',
    kind: 'strengthen',
    text: 'Lie on your side with the bottom knee bent and lift the straight top leg a little behind the body, toes pointing forward, then lower it slowly; 10–15 times.',
    muscles: ['gluteus_medius', 'gluteus_minimus'],
    sources: [NASM, JANDA, KENDALL],
  },
  {
    id: 'seated_knee_lift',
    kind: 'strengthen',
    text: 'Sit tall on the front of a chair and lift one knee a few centimetres off the seat without leaning back; hold 5 seconds, 10 times each side.',
    muscles: ['psoas_major', 'iliacus', 'sartorius', 'rectus_femoris', 'tensor_fasciae_latae'],
    sources: [KENDALL, SAHRMANN],
  },
  {
    id: 'cushion_squeeze',
    kind: 'strengthen',
    text: 'Lie on your back with the knees bent and squeeze a cushion between the knees; hold 5 seconds, 10 times.',
    muscles: ['adductor_longus', 'adductor_brevis', 'adductor_magnus', 'pectineus', 'gracilis'],
    sources: [NASM],
  },
  {
    id: 'quad_set',
    kind: 'strengthen',
    text: 'Sit with the leg straight out and tighten the front of the thigh, pressing the back of the knee toward the floor so the kneecap draws up; hold 5 seconds, 10 times.',
    muscles: ['vastus_medialis', 'vastus_lateralis', 'vastus_intermedius'],
    sources: [KENDALL, NEUMANN],
  },
  {
    id: 'shin_turn_in',
    kind: 'strengthen',
    text: 'Sit with the knee bent and the foot on the floor, and turn the foot and shin inward against the other foot pressing gently back; hold 5 seconds, 10 times.',
    muscles: ['popliteus'],
    sources: [KENDALL],
  },
  {
    id: 'heel_raise',
    kind: 'strengthen',
    text: 'Stand holding a support and rise slowly onto the balls of both feet, keeping the weight toward the big toes, then lower slowly; 10–15 times.',
    muscles: [
      'gastrocnemius_medial_head',
      'gastrocnemius_lateral_head',
      'soleus',
      'fibularis_longus',
      'fibularis_brevis',
    ],
    loads: ['tibialis_posterior', 'flexor_digitorum_longus', 'flexor_hallucis_longus'],
    sources: [NASM, NEUMANN],
  },
  {
    id: 'toe_lift',
    kind: 'strengthen',
    text: 'Sit or stand with the heels down and lift the front of the feet and the toes toward the shins; hold 2 seconds and lower slowly, 15 times.',
    muscles: [
      'tibialis_anterior',
      'extensor_digitorum_longus',
      'extensor_hallucis_longus',
      'extensor_digitorum_brevis',
    ],
    sources: [NASM, KENDALL],
  },
  {
    id: 'short_foot',
    kind: 'strengthen',
    text: 'Sit with the foot flat and draw the ball of the big toe gently toward the heel so the arch lifts, without curling the toes; hold 5 seconds, 10 times.',
    muscles: [
      'tibialis_posterior',
      'abductor_hallucis',
      'flexor_digitorum_brevis',
      'quadratus_plantae',
      'abductor_digiti_minimi_foot',
      'flexor_digitorum_longus',
      'flexor_hallucis_longus',
    ],
    sources: [NEUMANN, NASM],
  },
];

/** Posture, work-station and activity advice, shared by the findings that need it. */
const ADVICE = {
  screen_height: {
    kind: 'ergonomics',
    text: 'Set the top of the screen at or just below eye level, about an arm’s length away, so the head can rest over the shoulders; raise a laptop and use a separate keyboard.',
    sources: [OSHA, HSE],
  },
  phone_height: {
    kind: 'posture',
    text: 'Bring the phone up toward eye level instead of bending the neck down to it, and use a headset rather than holding a phone between ear and shoulder.',
    sources: [OSHA, JANDA],
  },
  chin_glide: {
    kind: 'posture',
    text: 'A few times an hour, lengthen the back of the neck by gently drawing the chin back, then let it go.',
    sources: [JULL, KENDALL],
  },
  desk_close: {
    kind: 'ergonomics',
    text: 'Keep the keyboard and mouse close, at elbow height, so the shoulders hang relaxed and the elbows stay by your sides; rest the forearms on the desk or armrests.',
    sources: [OSHA, HSE],
  },
  chair_support: {
    kind: 'ergonomics',
    text: 'Sit back in a chair that supports the low back, feet flat on the floor or a footrest, hips level with or a little higher than the knees.',
    sources: [OSHA, HSE],
  },
  sit_upright_pelvis: {
    kind: 'posture',
    text: 'Sit on the sitting bones with the pelvis upright, neither tipped forward with an arched back nor slumped; a small cushion in the small of the back helps.',
    sources: [KENDALL, SAHRMANN],
  },
  movement_breaks: {
    kind: 'activity',
    text: 'Get up and move for a minute or two at least every half hour of sitting or screen work.',
    sources: [HSE, OSHA],
  },
  shoulders_down: {
    kind: 'posture',
    text: 'When you notice the shoulders creeping up, breathe out slowly and let them drop; check it at every break.',
    sources: [JANDA, SAHRMANN],
  },
  carry_both_sides: {
    kind: 'posture',
    text: 'Carry bags in both hands or on both shoulders, and switch sides often.',
    sources: [KENDALL, SAHRMANN],
  },
  stand_even: {
    kind: 'posture',
    text: 'When standing, share the weight evenly on both feet instead of resting on one hip; shift position often.',
    sources: [KENDALL, SAHRMANN],
  },
  stand_stacked: {
    kind: 'posture',
    text: 'Stand with the hips stacked over the ankles and the chest over the hips, rather than letting the hips drift forward and the upper back lean back.',
    sources: [KENDALL, SAHRMANN],
  },
  soft_knees: {
    kind: 'posture',
    text: 'Stand with the knees straight but soft, not pushed back into a locked position; when walking, let the knee stay slightly bent as the foot takes the weight.',
    sources: [KENDALL, PERRY],
  },
  supportive_shoes: {
    kind: 'activity',
    text: 'Wear shoes with a firm heel and some arch support, and replace worn-out ones; if the feet ache, ask a podiatrist whether insoles would help.',
    sources: [NEUMANN, PERRY],
  },
  knees_over_toes: {
    kind: 'activity',
    text: 'In squats, stairs and landings, keep each knee in line with the second toe instead of letting it fall inward.',
    sources: [NASM],
  },
  feet_forward: {
    kind: 'posture',
    text: 'Stand and squat with the feet hip-width apart and pointing forward, as far as is comfortable.',
    sources: [NASM],
  },
  squat_depth: {
    kind: 'activity',
    text: 'Until the ankles loosen, squat only as deep as the heels stay on the floor.',
    sources: [NASM, NEUMANN],
  },
  lift_neutral: {
    kind: 'activity',
    text: 'When lifting, bend at the hips and knees with a long back, keep the load close to the body and the ribs stacked over the pelvis.',
    sources: [NASM, SAHRMANN],
  },
  reach_close: {
    kind: 'ergonomics',
    text: 'Bring work close to the body instead of reaching forward for long spells; keep often-used things within forearm reach.',
    sources: [OSHA, HSE],
  },
  overhead_limit: {
    kind: 'activity',
    text: 'Avoid heavy pushing, leaning on the arms and loads overhead until the shoulder blade is steadier.',
    sources: [SAHRMANN],
  },
  shift_ease: {
    kind: 'activity',
    text: 'Keep moving gently, with short walks and frequent changes of position; avoid long sitting and heavy lifting until the shift eases.',
    sources: [SAHRMANN, JANDA],
  },
  load_weak_side: {
    kind: 'activity',
    text: 'Avoid standing with the weight hanging on one hip; carry a heavy bag on the weak side or split it between both hands, and if you use a stick, hold it in the hand opposite the weak hip.',
    sources: [NEUMANN, PERRY],
  },
  walk_push_off: {
    kind: 'activity',
    text: 'Take a short easy walk each day, thinking of letting the leg reach back and pushing the floor away behind you with each step.',
    sources: [PERRY, JANDA],
  },
  walk_heel_down: {
    kind: 'activity',
    text: 'Walk at an easy pace, letting the heel stay down until the body has passed over the foot.',
    sources: [PERRY],
  },
  walk_feet_forward: {
    kind: 'activity',
    text: 'When walking, let the feet point a little more forward, as far as is comfortable; out-toeing that comes from the shape of the bones should not be forced.',
    sources: [PERRY, NEUMANN],
  },
  walk_clear_foot: {
    kind: 'activity',
    text: 'Walk slowly, thinking of bending the knee and lifting the toes to clear the floor instead of swinging the leg out.',
    sources: [PERRY],
  },
  trip_safety: {
    kind: 'activity',
    text: 'Clear rugs and loose cables from walkways, light the stairs and wear shoes that hold the foot; ask the physician whether an ankle brace would help.',
    sources: [PERRY],
  },
  arm_swing: {
    kind: 'activity',
    text: 'Walk with the shoulders relaxed and let each arm swing freely from the shoulder, opposite arm with opposite leg.',
    sources: [PERRY],
  },
  walking_aid: {
    kind: 'activity',
    text: 'Keep walks short and comfortable while the pain is assessed; a stick held in the hand opposite the painful leg takes load off it.',
    sources: [NEUMANN, PERRY],
  },
  sleep_pillow: {
    kind: 'posture',
    text: 'Sleep with a pillow that keeps the head level with the spine, neither propped forward nor dropping back.',
    sources: [KENDALL],
  },
} as const satisfies Record<string, Omit<SelfCareAdvice, 'id'>>;

/** The id of one piece of advice. */
export type AdviceId = keyof typeof ADVICE;

/** The advice for each finding, most useful first. */
export const FINDING_ADVICE: Record<FindingId, readonly AdviceId[]> = {
  forward_head: ['screen_height', 'chin_glide', 'phone_height', 'sleep_pillow'],
  rounded_shoulders: ['screen_height', 'desk_close', 'reach_close'],
  elevated_shoulder: ['shoulders_down', 'desk_close', 'carry_both_sides', 'phone_height'],
  anterior_pelvic_tilt: ['sit_upright_pelvis', 'chair_support', 'movement_breaks'],
  posterior_pelvic_tilt: ['sit_upright_pelvis', 'chair_support', 'movement_breaks'],
  thoracic_hyperkyphosis: ['screen_height', 'chair_support', 'movement_breaks'],
  lateral_pelvic_tilt: ['stand_even', 'carry_both_sides'],
  flat_feet: ['supportive_shoes', 'knees_over_toes'],
  scapular_winging: ['overhead_limit', 'desk_close'],
  genu_recurvatum: ['soft_knees', 'stand_even'],
  sway_back: ['stand_stacked', 'stand_even', 'movement_breaks'],
  lateral_shift: ['shift_ease', 'movement_breaks'],
  feet_turn_out: ['feet_forward', 'squat_depth'],
  knees_cave_in: ['knees_over_toes', 'feet_forward'],
  excessive_forward_lean: ['lift_neutral', 'movement_breaks'],
  low_back_arches: ['lift_neutral', 'sit_upright_pelvis'],
  low_back_rounds: ['lift_neutral', 'chair_support'],
  arms_fall_forward: ['reach_close', 'desk_close'],
  shoulders_elevate: ['shoulders_down', 'desk_close'],
  head_juts_forward: ['screen_height', 'chin_glide'],
  asymmetric_weight_shift: ['stand_even', 'knees_over_toes'],
  heels_rise: ['squat_depth'],
  trendelenburg_gait: ['load_weak_side', 'stand_even'],
  compensated_trendelenburg: ['load_weak_side', 'stand_even'],
  overpronation_midstance: ['supportive_shoes', 'knees_over_toes'],
  early_heel_rise: ['walk_heel_down', 'movement_breaks'],
  toeing_out: ['walk_feet_forward', 'feet_forward'],
  foot_drop: ['trip_safety'],
  hip_hiking: ['walk_clear_foot'],
  reduced_hip_extension: ['walk_push_off', 'movement_breaks'],
  reduced_arm_swing: ['arm_swing', 'shoulders_down'],
  antalgic_gait: ['walking_aid'],
  knee_hyperextension_gait: ['soft_knees'],
};

/** Every stretch and exercise, stretches first. */
export const SELF_CARE_EXERCISES: readonly SelfCareExercise[] = [...STRETCHES, ...ACTIVATIONS];

/** Every piece of advice, with its id. */
export const SELF_CARE_ADVICE: readonly SelfCareAdvice[] = Object.entries(ADVICE).map(([id, a]) => ({ id, ...a }));
