/**
 * What the body shows in study mode: the layer peel (skin → superficial muscles → deep muscles →
 * bone), the skin / muscles / skeleton toggles, and isolating, hiding or seeing through the
 * selected muscles. Pure: the 3D view draws what this returns, the tests compare against it.
 */

import { muscleKey } from './explain/sites';
import { type MeshSide, type MuscleRef, meshSidesOf } from './highlight';
import { MUSCLES } from './knowledgeBase';
import type { Layer } from './types';

/**
 * How far the body is peeled: 0 the skin, 1–4 the muscles from that layer down (1 = all muscles,
 * 4 = only the deepest), 5 the bones alone.
 */
export type PeelLevel = 0 | 1 | 2 | 3 | 4 | 5;

/** The peel levels, outermost first, with a name for each. */
export const PEEL_LEVELS: readonly { readonly level: PeelLevel; readonly name: string; readonly detail: string }[] = [
  { level: 0, name: 'Skin', detail: 'The skin, with everything under it' },
  { level: 1, name: 'Superficial muscles', detail: 'All muscles, skin removed' },
  { level: 2, name: 'Second layer', detail: 'The muscles under the superficial ones' },
  { level: 3, name: 'Third layer', detail: 'The deeper muscles' },
  { level: 4, name: 'Deepest muscles', detail: 'The muscles that lie on bone' },
  { level: 5, name: 'Bones', detail: 'The skeleton alone' },
];

/** What happens to the selected muscles: nothing, shown alone, hidden, or seen through the rest. */
export type IsolationMode = 'all' | 'isolate' | 'hide' | 'xray';

/** How one part of the body is drawn. */
export type Show = 'solid' | 'ghost' | 'hidden';

/** The independent switches for the three kinds of tissue. */
export interface TissueToggles {
  readonly skin: boolean;
  readonly muscles: boolean;
  readonly bones: boolean;
}

export interface StudyViewInput {
  readonly peel: PeelLevel;
  readonly tissues: TissueToggles;
  readonly mode: IsolationMode;
  /** The selected muscles (side `both` selects the two sides). */
  readonly selection: readonly MuscleRef[];
  /** Mesh keys that are always drawn (the open card, a quiz question), unless hidden on purpose. */
  readonly marked?: ReadonlySet<string>;
}

export interface StudyView {
  readonly skin: Show;
  readonly bones: Show;
  /** Every muscle mesh (`muscleKey`), shown or not. */
  readonly muscles: ReadonlyMap<string, Show>;
}

/** Every muscle mesh of the body: its key, id, side and layer. */
export const MUSCLE_MESHES: readonly { readonly key: string; readonly layer: Layer; readonly side: MeshSide }[] =
  MUSCLES.flatMap((m) =>
    (m.bilateral ? (['left', 'right'] as const) : (['midline'] as const)).map((side) => ({
      key: muscleKey(m.id, side),
      layer: m.layer,
      side,
    })),
  );

/** The mesh keys of some muscle references (`both` → left and right). */
export function meshKeysOf(refs: readonly MuscleRef[]): Set<string> {
  const out = new Set<string>();
  for (const r of refs) for (const s of meshSidesOf(r.id, r.side)) out.add(muscleKey(r.id, s));
  return out;
}

/** Whether the peel and toggles alone show a muscle of this layer. */
export function layerShown(peel: PeelLevel, tissues: TissueToggles, layer: Layer): boolean {
  return tissues.muscles && peel <= 4 && layer >= Math.max(1, peel);
}

/** The peel level that uncovers a muscle of this layer (its own layer). */
export function peelFor(layer: Layer): PeelLevel {
  return layer;
}

/**
 * What the body shows. Without isolation, the peel and the toggles decide. `isolate` shows the
 * selected muscles alone (with the bones, if on); `hide` takes them away; `xray` draws them solid
 * and everything else in view see-through. Marked meshes are always drawn, unless hidden on purpose.
 */
export function studyView(input: StudyViewInput): StudyView {
  const { peel, tissues, mode } = input;
  const selected = meshKeysOf(input.selection);
  const marked = input.marked ?? new Set<string>();
  const active = mode !== 'all' && selected.size > 0 ? mode : 'all';
  const skinOn = tissues.skin && peel === 0;
  const skin: Show = active === 'isolate' || !skinOn ? 'hidden' : active === 'xray' ? 'ghost' : 'solid';
  const bones: Show = tissues.bones ? 'solid' : 'hidden';
  const muscles = new Map<string, Show>();
  for (const m of MUSCLE_MESHES) {
    const base: Show = layerShown(peel, tissues, m.layer) ? 'solid' : 'hidden';
    const isSelected = selected.has(m.key);
    let show: Show;
    switch (active) {
      case 'isolate':
        show = isSelected ? 'solid' : 'hidden';
        break;
      case 'hide':
        show = isSelected ? 'hidden' : base;
        break;
      case 'xray':
        show = isSelected ? 'solid' : base === 'hidden' ? 'hidden' : 'ghost';
        break;
      default:
        show = base;
    }
    if (marked.has(m.key) && !(active === 'hide' && isSelected)) show = 'solid';
    muscles.set(m.key, show);
  }
  return { skin, bones, muscles };
}
