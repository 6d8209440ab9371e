/**
 * Display names and search aliases of the muscle groups ("rotator cuff", "hamstrings"...).
 */
import type { MuscleGroup } from './types';

/** The name of each muscle group and the other words people use for it. */
export const GROUP_NAMES: Record<MuscleGroup, { readonly name: string; readonly aliases: readonly string[] }> = {
  muscles_of_mastication: { name: 'Muscles of mastication', aliases: ['jaw muscles', 'chewing muscles'] },
  scalp: { name: 'Scalp muscles', aliases: ['epicranius'] },
  suboccipitals: { name: 'Suboccipitals', aliases: ['suboccipital muscles', 'base of skull muscles'] },
  anterior_neck: { name: 'Deep neck flexors', aliases: ['front neck muscles', 'prevertebral muscles'] },
  lateral_neck: { name: 'Lateral neck muscles', aliases: ['scalenes', 'side neck muscles'] },
  posterior_neck: { name: 'Posterior neck muscles', aliases: ['neck extensors', 'back of neck muscles'] },
  scapular_stabilizers: { name: 'Scapular stabilisers', aliases: ['shoulder blade muscles', 'scapular stabilizers'] },
  chest_wall: { name: 'Chest wall muscles', aliases: ['chest muscles'] },
  rotator_cuff: { name: 'Rotator cuff', aliases: ['SITS muscles', 'cuff'] },
  shoulder_movers: { name: 'Shoulder movers', aliases: ['prime movers of the shoulder'] },
  elbow_flexors: { name: 'Elbow flexors', aliases: ['arm flexors'] },
  elbow_extensors: { name: 'Elbow extensors', aliases: ['arm extensors'] },
  wrist_extensors: { name: 'Wrist and finger extensors', aliases: ['forearm extensors', 'extensor group'] },
  wrist_flexors: { name: 'Wrist and finger flexors', aliases: ['forearm flexors', 'flexor group'] },
  forearm_rotators: { name: 'Forearm rotators', aliases: ['pronators', 'supinators'] },
  thumb_muscles: { name: 'Long thumb muscles', aliases: ['extrinsic thumb muscles'] },
  thenar: { name: 'Thenar muscles', aliases: ['thenar eminence', 'ball of the thumb'] },
  hand_intrinsics: { name: 'Intrinsic hand muscles', aliases: ['hand muscles'] },
  erector_spinae: { name: 'Erector spinae', aliases: ['erectors', 'paraspinals', 'back extensors'] },
  deep_spinal: { name: 'Deep spinal muscles', aliases: ['deep back muscles', 'core'] },
  abdominals: { name: 'Abdominals', aliases: ['abs', 'core', 'abdominal wall'] },
  respiratory: { name: 'Breathing muscles', aliases: ['respiratory muscles'] },
  gluteals: { name: 'Gluteals', aliases: ['glutes', 'buttock muscles'] },
  deep_hip_rotators: { name: 'Deep hip rotators', aliases: ['deep six', 'lateral rotators'] },
  hip_flexors: { name: 'Hip flexors', aliases: ['iliopsoas', 'hip flexor complex'] },
  adductors: { name: 'Adductors', aliases: ['groin muscles', 'inner thigh muscles', 'adductor complex'] },
  quadriceps: { name: 'Quadriceps', aliases: ['quads', 'front thigh muscles'] },
  hamstrings: { name: 'Hamstrings', aliases: ['hammies', 'back thigh muscles'] },
  calf: { name: 'Calf muscles', aliases: ['triceps surae', 'calves'] },
  anterior_leg: { name: 'Front shin muscles', aliases: ['anterior compartment', 'dorsiflexors'] },
  lateral_leg: { name: 'Fibularis (peroneal) muscles', aliases: ['peroneals', 'lateral compartment'] },
  deep_posterior_leg: { name: 'Deep calf muscles', aliases: ['deep posterior compartment'] },
  plantar_intrinsics: { name: 'Plantar foot muscles', aliases: ['sole muscles', 'foot intrinsics'] },
  dorsal_foot: { name: 'Top of foot muscles', aliases: ['dorsal foot muscles'] },
};
