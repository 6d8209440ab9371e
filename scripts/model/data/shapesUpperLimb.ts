/** Muscle layouts: see ../muscleShape.ts for the fields and ./landmarks.ts for the bony landmarks. Left side. */
import type { MuscleShape } from '../muscleShape';
// import { L } from './landmarks';

export const SHAPES_UPPERLIMB: readonly MuscleShape[] = [];
