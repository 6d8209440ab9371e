/**
 * Where the pointer is over the 3D view, in client pixels, while it names a part: the tooltip
 * follows it by a subscription that writes its style. Kept apart from the explorer's store so
 * that a pointer move inside one part wakes nothing else.
 */
import { createStore } from 'zustand/vanilla';

export interface PointerPosition {
  readonly x: number;
  readonly y: number;
}

export const pointerStore = createStore<{ position: PointerPosition | null }>()(() => ({ position: null }));

/** Record where the pointer is (null: off the body). */
export function setPointer(position: PointerPosition | null): void {
  pointerStore.setState({ position });
}
