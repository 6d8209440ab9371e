/**
 * Drag and drop of a model file onto the 3D view: the handlers for the view's element, and
 * whether a file is being dragged over it (to show where to drop).
 */
import { type DragEvent, useRef, useState } from 'react';
import { useModel } from '../store/modelStore';
import { modelRequestFrom } from './modelFiles';

const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Open the files as the 3D view's model, or say why not. */
export async function openModelFiles(files: readonly File[]): Promise<void> {
  const store = useModel.getState();
  const r = await modelRequestFrom(files, store.request);
  if ('error' in r) store.setFailure(r.error);
  else store.openFile(r.file);
}

export function useModelDrop() {
  const [active, setActive] = useState(false);
  const depth = useRef(0);
  return {
    active,
    handlers: {
      onDragEnter(e: DragEvent) {
        if (!carriesFiles(e)) return;
        depth.current++;
        setActive(true);
      },
      onDragOver(e: DragEvent) {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave(e: DragEvent) {
        if (!carriesFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setActive(false);
      },
      onDrop(e: DragEvent) {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setActive(false);
        void openModelFiles(Array.from(e.dataTransfer.files));
      },
    },
  };
}
