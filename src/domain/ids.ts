/**
 * The stable identifiers of the knowledge base. Every reference between records uses these ids,
 * so the TypeScript compiler rejects a dangling reference before any test runs.
 */

/** Every muscle of the knowledge base, grouped by body area (head → foot). */
export const MUSCLE_IDS = [
  // head and jaw
  'temporalis',
  'masseter',
  'medial_pterygoid',
  'lateral_pterygoid',
  'frontalis',
  'occipitalis',
  'rectus_capitis_posterior_major',
  'rectus_capitis_posterior_minor',
  'obliquus_capitis_superior',
  'obliquus_capitis_inferior',
  // neck
  'sternocleidomastoid',
  'anterior_scalene',
  'middle_scalene',
  'posterior_scalene',
  'levator_scapulae',
  'splenius_capitis',
  'splenius_cervicis',
  'semispinalis_capitis',
  'longus_colli',
  'longus_capitis',
  // shoulder girdle and rotator cuff
  'trapezius_upper',
  'trapezius_middle',
  'trapezius_lower',
  'rhomboid_major',
  'rhomboid_minor',
  'serratus_anterior',
  'pectoralis_major',
  'pectoralis_minor',
  'latissimus_dorsi',
  'teres_major',
  'deltoid',
  'supraspinatus',
  'infraspinatus',
  'teres_minor',
  'subscapularis',
  // arm
  'biceps_brachii',
  'brachialis',
  'coracobrachialis',
  'triceps_brachii',
  'anconeus',
  // forearm
  'brachioradialis',
  'extensor_carpi_radialis_longus',
  'extensor_carpi_radialis_brevis',
  'extensor_carpi_ulnaris',
  'extensor_digitorum',
  'flexor_carpi_radialis',
  'flexor_carpi_ulnaris',
  'palmaris_longus',
  'flexor_digitorum_superficialis',
  'flexor_digitorum_profundus',
  'flexor_pollicis_longus',
  'pronator_teres',
  'pronator_quadratus',
  'supinator',
  'abductor_pollicis_longus',
  'extensor_pollicis_brevis',
  // hand
  'abductor_pollicis_brevis',
  'flexor_pollicis_brevis',
  'opponens_pollicis',
  'adductor_pollicis',
  'first_dorsal_interosseous',
  // trunk
  'iliocostalis',
  'longissimus',
  'spinalis',
  'multifidus',
  'quadratus_lumborum',
  'rectus_abdominis',
  'external_oblique',
  'internal_oblique',
  'transversus_abdominis',
  'diaphragm',
  // hip
  'gluteus_maximus',
  'gluteus_medius',
  'gluteus_minimus',
  'piriformis',
  'superior_gemellus',
  'obturator_internus',
  'inferior_gemellus',
  'quadratus_femoris',
  'psoas_major',
  'iliacus',
  'tensor_fasciae_latae',
  'adductor_longus',
  'adductor_brevis',
  'adductor_magnus',
  'pectineus',
  'gracilis',
  'sartorius',
  // thigh
  'rectus_femoris',
  'vastus_lateralis',
  'vastus_medialis',
  'vastus_intermedius',
  'biceps_femoris_long_head',
  'biceps_femoris_short_head',
  'semitendinosus',
  'semimembranosus',
  // leg
  'gastrocnemius_medial_head',
  'gastrocnemius_lateral_head',
  'soleus',
  'popliteus',
  'tibialis_anterior',
  'tibialis_posterior',
  'fibularis_longus',
  'fibularis_brevis',
  'extensor_digitorum_longus',
  'extensor_hallucis_longus',
  'flexor_digitorum_longus',
  'flexor_hallucis_longus',
  // foot
  'abductor_hallucis',
  'flexor_digitorum_brevis',
  'abductor_digiti_minimi_foot',
  'quadratus_plantae',
  'extensor_digitorum_brevis',
] as const;

/** A muscle's stable id. */
export type MuscleId = (typeof MUSCLE_IDS)[number];

const MUSCLE_ID_SET: ReadonlySet<string> = new Set(MUSCLE_IDS);

/**
 * Narrow an untrusted string to a muscle id. From the id list alone, so code that must not wait
 * for the clinical content (the model's parts, the first frame) can check ids.
 */
export function isMuscleId(s: string): s is MuscleId {
  return MUSCLE_ID_SET.has(s);
}

/** Every pain region a person can point to, head → foot. */
export const REGION_IDS = [
  // head and neck
  'vertex',
  'forehead',
  'temple',
  'eye',
  'tmj',
  'jaw',
  'back_of_head',
  'back_of_neck',
  'side_of_neck',
  'front_of_neck',
  // shoulder and arm
  'top_of_shoulder',
  'front_of_shoulder',
  'outer_shoulder',
  'back_of_shoulder',
  'shoulder_blade',
  'between_shoulder_blades',
  'front_of_upper_arm',
  'back_of_upper_arm',
  'outer_elbow',
  'inner_elbow',
  'front_of_elbow',
  'back_of_elbow',
  'back_of_forearm',
  'front_of_forearm',
  'back_of_wrist',
  'front_of_wrist',
  'thumb_base',
  'palm',
  'back_of_hand',
  // trunk, front
  'chest',
  'breastbone',
  'side_of_ribs',
  'upper_abdomen',
  'side_of_abdomen',
  'lower_abdomen',
  'groin',
  // trunk, back
  'mid_back',
  'low_back',
  'sacrum',
  'buttock',
  'outer_hip',
  // lower limb
  'front_of_thigh',
  'inner_thigh',
  'outer_thigh',
  'back_of_thigh',
  'front_of_knee',
  'inner_knee',
  'outer_knee',
  'back_of_knee',
  'shin',
  'outer_lower_leg',
  'calf',
  'achilles',
  'front_of_ankle',
  'inner_ankle',
  'outer_ankle',
  'top_of_foot',
  'sole',
  'heel',
] as const;

/** A pain region's stable id. */
export type RegionId = (typeof REGION_IDS)[number];

/** The pain regions on the midline, which have no left or right (every other region is paired). */
export const MIDLINE_REGION_IDS = [
  'vertex',
  'forehead',
  'front_of_neck',
  'breastbone',
  'upper_abdomen',
  'lower_abdomen',
  'sacrum',
] as const satisfies readonly RegionId[];

/** A midline pain region: its sites are always on the `midline`. */
export type MidlineRegionId = (typeof MIDLINE_REGION_IDS)[number];

/** A paired pain region: its sites are on the `left` or the `right`. */
export type PairedRegionId = Exclude<RegionId, MidlineRegionId>;

const MIDLINE_REGIONS: ReadonlySet<RegionId> = new Set(MIDLINE_REGION_IDS);
const REGION_ID_SET: ReadonlySet<string> = new Set(REGION_IDS);

/** Narrow an untrusted string to a region id (from the id list alone, like `isMuscleId`). */
export function isRegionId(s: string): s is RegionId {
  return REGION_ID_SET.has(s);
}

/** Whether a region lies on the midline (no side). */
export function isMidlineRegion(id: RegionId): id is MidlineRegionId {
  return MIDLINE_REGIONS.has(id);
}

/** Every condition of the knowledge base. */
export const CONDITION_IDS = [
  'muscle_strain',
  'ligament_sprain',
  'edema',
  'rotator_cuff_injury',
  'frozen_shoulder',
  'plantar_fasciitis',
  'tension_type_headache',
  'torticollis',
  'muscle_cramps_spasms',
  'piriformis_sciatica',
  'carpal_tunnel_syndrome',
  'tennis_elbow',
  'golfers_elbow',
  'achilles_tendinopathy',
  'biceps_tendinopathy',
  'patellar_tendinopathy',
  'tmj_dysfunction',
  'thoracic_outlet_syndrome',
  'it_band_syndrome',
  'shin_splints',
  'whiplash',
  'nonspecific_low_back_pain',
  'shoulder_impingement',
  'de_quervain_tenosynovitis',
  'patellofemoral_pain',
  'hamstring_strain',
  'calf_strain',
  'ankle_sprain',
  'greater_trochanteric_pain',
  'cervicogenic_headache',
  'myofascial_pain_syndrome',
  'hip_flexor_strain',
  'groin_strain',
  'trigger_finger',
  'lumbar_radiculopathy',
  'cervical_radiculopathy',
  'costochondritis',
  'rib_intercostal_strain',
  'abdominal_wall_strain',
  'thoracic_strain',
  'hip_osteoarthritis',
  'knee_osteoarthritis',
  'sacroiliac_joint_pain',
  'pes_anserine_bursitis',
  'meralgia_paresthetica',
  'tarsal_tunnel_syndrome',
  'mortons_neuroma',
  'fibular_nerve_entrapment',
  'olecranon_bursitis',
  'cubital_tunnel_syndrome',
  'distal_biceps_tendinopathy',
  'triceps_tendinopathy',
  'proximal_hamstring_tendinopathy',
  'tendinopathy',
] as const;

/** A condition's stable id. */
export type ConditionId = (typeof CONDITION_IDS)[number];

/** Every posture or movement finding a therapist can record. */
export const FINDING_IDS = [
  // static posture
  'forward_head',
  'rounded_shoulders',
  'elevated_shoulder',
  'anterior_pelvic_tilt',
  'posterior_pelvic_tilt',
  'thoracic_hyperkyphosis',
  'lateral_pelvic_tilt',
  'flat_feet',
  'scapular_winging',
  'genu_recurvatum',
  'sway_back',
  'lateral_shift',
  // overhead squat assessment (NASM)
  'feet_turn_out',
  'knees_cave_in',
  'excessive_forward_lean',
  'low_back_arches',
  'low_back_rounds',
  'arms_fall_forward',
  'shoulders_elevate',
  'head_juts_forward',
  'asymmetric_weight_shift',
  'heels_rise',
  // gait (walking) assessment
  'trendelenburg_gait',
  'compensated_trendelenburg',
  'overpronation_midstance',
  'early_heel_rise',
  'toeing_out',
  'foot_drop',
  'hip_hiking',
  'reduced_hip_extension',
  'reduced_arm_swing',
  'antalgic_gait',
  'knee_hyperextension_gait',
] as const;

/** A posture or movement finding's stable id. */
export type FindingId = (typeof FINDING_IDS)[number];

/** Every question of the first-consultation health intake (a "yes" answer carries the id). */
export const INTAKE_IDS = [
  'blood_thinners',
  'pregnancy',
  'recent_surgery',
  'recent_injury',
  'osteoporosis',
  'cancer_history',
  'diabetes',
  'fever_unwell',
  'numbness_weakness',
  'unexplained_weight_loss',
  'night_pain',
  'bladder_bowel_change',
  'saddle_numbness',
  'age_over_50',
] as const;

/** An intake question's stable id. */
export type IntakeId = (typeof INTAKE_IDS)[number];
