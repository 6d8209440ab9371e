/**
 * Nerve-root patterns: where the pain, tingling or numbness of one irritated spinal nerve root is
 * felt, in the knowledge base's regions. Several selected sites that together follow one root's
 * pattern point to a radiculopathy rather than to the muscles under each site.
 *
 * Dermatomes follow the evidence-based map of Lee, McPhee & Stringer (2008); radicular pain also
 * spreads into the neck, shoulder blade, low back and buttock, which every root of a level shares,
 * so `keyRegions` holds the far regions that set a root apart. Myotomes and reflexes follow Magee.
 * Coarse regions cover parts of neighbouring dermatomes; only the regions a root's pain commonly
 * reaches are listed. All wording is original. Plain data (it ships in the content JSON); one
 * root's pattern is looked up by `nerveRootPattern` (`../nerveRootPattern.ts`).
 */
import type { NerveRootPattern } from '../types';
import { SOURCES } from './sources';

const { DERMATOMES, MAGEE, NICE_CKS_NECK, NICE_CKS_SCIATICA } = SOURCES;

/** One pattern per root, neck first. */
export const NERVE_ROOT_PATTERNS: readonly NerveRootPattern[] = [
  {
    root: 'C5',
    condition: 'cervical_radiculopathy',
    regions: ['back_of_neck', 'top_of_shoulder', 'shoulder_blade', 'outer_shoulder', 'front_of_upper_arm'],
    keyRegions: ['outer_shoulder'],
    myotome: ['deltoid', 'supraspinatus', 'infraspinatus', 'biceps_brachii'],
    therapistText:
      'C5: pain from the neck over the top of the shoulder and the scapula to the lateral arm (deltoid area); weak shoulder abduction and external rotation, weak elbow flexion; biceps reflex may be reduced.',
    sources: [DERMATOMES, MAGEE, NICE_CKS_NECK],
  },
  {
    root: 'C6',
    condition: 'cervical_radiculopathy',
    regions: ['back_of_neck', 'shoulder_blade', 'front_of_upper_arm', 'back_of_forearm', 'thumb_base', 'back_of_hand'],
    keyRegions: ['thumb_base'],
    myotome: ['biceps_brachii', 'brachioradialis', 'extensor_carpi_radialis_longus', 'extensor_carpi_radialis_brevis'],
    therapistText:
      'C6: pain from the neck and scapula down the lateral arm and radial forearm to the thumb and index finger; weak elbow flexion and wrist extension; brachioradialis (and biceps) reflex may be reduced.',
    sources: [DERMATOMES, MAGEE, NICE_CKS_NECK],
  },
  {
    root: 'C7',
    condition: 'cervical_radiculopathy',
    regions: [
      'back_of_neck',
      'shoulder_blade',
      'between_shoulder_blades',
      'back_of_upper_arm',
      'back_of_forearm',
      'back_of_hand',
    ],
    keyRegions: ['back_of_upper_arm'],
    myotome: ['triceps_brachii', 'flexor_carpi_radialis', 'extensor_digitorum'],
    therapistText:
      'C7: pain from the neck and medial scapula down the posterior arm and forearm to the middle finger; weak elbow extension, wrist flexion and finger extension; triceps reflex may be reduced.',
    sources: [DERMATOMES, MAGEE, NICE_CKS_NECK],
  },
  {
    root: 'C8',
    condition: 'cervical_radiculopathy',
    regions: ['back_of_neck', 'between_shoulder_blades', 'front_of_forearm', 'palm'],
    keyRegions: ['front_of_forearm', 'palm'],
    myotome: ['flexor_digitorum_profundus', 'flexor_digitorum_superficialis', 'flexor_pollicis_longus'],
    therapistText:
      'C8: pain from the neck and medial scapula along the ulnar forearm to the ring and little fingers; weak finger flexion and grip; no reliable reflex.',
    sources: [DERMATOMES, MAGEE, NICE_CKS_NECK],
  },
  {
    root: 'L4',
    condition: 'lumbar_radiculopathy',
    regions: ['low_back', 'buttock', 'front_of_thigh', 'front_of_knee', 'inner_knee', 'shin', 'inner_ankle'],
    keyRegions: ['inner_knee', 'shin', 'inner_ankle'],
    myotome: ['vastus_medialis', 'vastus_lateralis', 'tibialis_anterior'],
    therapistText:
      'L4: pain from the low back across the anterior thigh and knee to the medial leg and medial malleolus; weak knee extension and ankle dorsiflexion; patellar reflex may be reduced.',
    sources: [DERMATOMES, MAGEE, NICE_CKS_SCIATICA],
  },
  {
    root: 'L5',
    condition: 'lumbar_radiculopathy',
    regions: ['low_back', 'buttock', 'outer_thigh', 'back_of_thigh', 'outer_knee', 'outer_lower_leg', 'top_of_foot'],
    keyRegions: ['outer_lower_leg', 'top_of_foot'],
    myotome: ['extensor_hallucis_longus', 'extensor_digitorum_longus', 'gluteus_medius'],
    therapistText:
      'L5: pain from the low back and buttock down the lateral thigh and anterolateral leg to the dorsum of the foot and the great toe; weak great-toe extension, ankle dorsiflexion and hip abduction; no reliable reflex.',
    sources: [DERMATOMES, MAGEE, NICE_CKS_SCIATICA],
  },
  {
    root: 'S1',
    condition: 'lumbar_radiculopathy',
    regions: ['low_back', 'buttock', 'back_of_thigh', 'back_of_knee', 'calf', 'heel', 'sole', 'outer_ankle'],
    keyRegions: ['calf', 'heel', 'sole', 'outer_ankle'],
    myotome: [
      'gastrocnemius_medial_head',
      'gastrocnemius_lateral_head',
      'soleus',
      'fibularis_longus',
      'fibularis_brevis',
      'gluteus_maximus',
    ],
    therapistText:
      'S1: pain from the low back and buttock down the posterior thigh and calf to the heel, the sole and the lateral border of the foot; weak plantar flexion (single-leg heel raise), eversion and hip extension; ankle reflex may be reduced.',
    sources: [DERMATOMES, MAGEE, NICE_CKS_SCIATICA],
  },
];
