/**
 * The name of a study area as a person reads it.
 */
import type { QuizArea } from '../domain/quiz';

/** "Shoulder", "Whole body"… */
export function areaName(area: QuizArea): string {
  return area === 'all' ? 'Whole body' : area.charAt(0).toUpperCase() + area.slice(1);
}
