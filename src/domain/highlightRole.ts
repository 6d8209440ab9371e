/**
 * A muscle mesh's highlight role, and how a mesh reads its role from a highlight map. Free of the
 * clinical content (ids and keys only), so the 3D view can draw its first frame before the
 * content has arrived; `highlight.ts` builds the maps and offers these too.
 */
import { muscleKey } from './explain/keys';
import type { MuscleId } from './ids';

/**
 * What a muscle mesh shows. `faded` muscles recede; `none` means nothing is highlighted at all;
 * `compensating` muscles work harder for the primary ones, `inhibited` ones are switched off by them;
 * `selected` marks the muscles chosen in study mode; `avoid` marks the muscles of an inflamed site
 * ("no deep work", drawn hatched).
 */
export type HighlightRole =
  | 'primary'
  | 'compensating'
  | 'inhibited'
  | 'overactive'
  | 'underactive'
  | 'focus'
  | 'selected'
  | 'avoid'
  | 'faded'
  | 'none';

/** The side of one muscle mesh in the model: bilateral muscles have a left and a right mesh. */
export type MeshSide = 'left' | 'right' | 'midline';

/** A muscle mesh's role and strength (0..1: 1 for the highest-ranked of its role). */
export interface MeshHighlight {
  readonly role: HighlightRole;
  readonly strength: number;
}

/** The role of one mesh given the map from `highlightRoles`. */
export function roleOf(map: ReadonlyMap<string, MeshHighlight>, id: MuscleId, side: MeshSide): MeshHighlight {
  return map.get(muscleKey(id, side)) ?? unlistedRole(map);
}

/** The role of a muscle the map does not list: faded while anything is highlighted, else at rest. */
export function unlistedRole(map: ReadonlyMap<string, MeshHighlight>): MeshHighlight {
  return { role: map.size > 0 ? 'faded' : 'none', strength: 0 };
}
