/** Every muscle layout, in knowledge-base order. */
import { MUSCLE_IDS } from '../../../src/domain/ids';
import type { MuscleShape } from '../muscleShape';
import { DEMO_SHAPES } from './shapesDemo';
import { SHAPES_HEADTRUNK } from './shapesHeadTrunk';
import { SHAPES_LOWERLIMB } from './shapesLowerLimb';
import { SHAPES_UPPERLIMB } from './shapesUpperLimb';

const ALL: readonly MuscleShape[] = [...DEMO_SHAPES, ...SHAPES_HEADTRUNK, ...SHAPES_UPPERLIMB, ...SHAPES_LOWERLIMB];

const only = typeof process !== 'undefined' ? process.env.MODEL_DEV_ONLY?.split(',') : undefined;

/** Muscle layouts sorted by MUSCLE_IDS order (head → foot). MODEL_DEV_ONLY=id,id limits them while iterating. */
export const MUSCLE_SHAPES: readonly MuscleShape[] = [...ALL]
  .filter((s) => !only || only.includes(s.id))
  .sort((a, b) => MUSCLE_IDS.indexOf(a.id) - MUSCLE_IDS.indexOf(b.id));
