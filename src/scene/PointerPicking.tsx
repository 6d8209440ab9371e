/**
 * Pointing at the body: hovering names the region (or the glowing muscle) under the pointer;
 * a click or tap selects that region as a pain site, or opens the glowing muscle's card.
 * A drag is a camera move, not a click. In study mode, only what is drawn can be picked.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Raycaster, Vector2 } from 'three';
import { type HoverTarget, useExplorer } from '../store/explorerStore';
import { setPointer } from '../store/pointerStore';
import { type AnatomyModel, isLit } from './anatomyModel';
import type { PickHit } from './picker';
import { pickStudy, studyClick } from './studyPick';

const CLICK_SLOP_PX = 6;
const CLICK_MAX_MS = 600;

/** What is under a point of the canvas (client pixels). */
export function pickAt(
  model: AnatomyModel,
  raycaster: Raycaster,
  camera: Parameters<Raycaster['setFromCamera']>[1],
  canvas: HTMLElement,
  clientX: number,
  clientY: number,
): { muscle: PickHit<'muscle'> | null; region: PickHit<'region'> | null } {
  const r = canvas.getBoundingClientRect();
  const ndc = new Vector2(((clientX - r.left) / r.width) * 2 - 1, -((clientY - r.top) / r.height) * 2 + 1);
  raycaster.setFromCamera(ndc, camera);
  if (model.study) return pickStudy(model.picker, model.study, raycaster.ray);
  const muscle =
    model.highlight.size > 0 ? model.picker.firstWhere(raycaster.ray, 'muscle', (p) => isLit(model, p)) : null;
  const region = muscle ? null : model.picker.first(raycaster.ray, 'region');
  return { muscle, region };
}

export function PointerPicking({ model }: { model: AnatomyModel }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);

  useEffect(() => {
    const canvas = gl.domElement;
    const raycaster = new Raycaster();
    let down: { x: number; y: number; t: number; id: number } | null = null;
    let pending: { x: number; y: number } | null = null;
    let frame = 0;

    const hoverAt = (x: number, y: number) => {
      const { muscle, region } = pickAt(model, raycaster, camera, canvas, x, y);
      let next: HoverTarget | null = null;
      if (muscle) next = { kind: 'muscle', id: muscle.part.id, side: muscle.part.side };
      else if (region) next = { kind: 'region', id: region.part.id, side: region.part.side };
      // The position moves the tooltip only; the store changes only when another part is under it.
      setPointer(next ? { x, y } : null);
      useExplorer.getState().setHover(next);
      canvas.style.cursor = next ? 'pointer' : '';
    };
    const onMove = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || e.buttons !== 0) return;
      pending = { x: e.clientX, y: e.clientY };
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (pending) hoverAt(pending.x, pending.y);
        });
      }
    };
    const onLeave = () => {
      pending = null;
      setPointer(null);
      useExplorer.getState().setHover(null);
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      down = { x: e.clientX, y: e.clientY, t: performance.now(), id: e.pointerId };
    };
    const onUp = (e: PointerEvent) => {
      const d = down;
      down = null;
      if (!d || d.id !== e.pointerId) return;
      if (Math.hypot(e.clientX - d.x, e.clientY - d.y) > CLICK_SLOP_PX) return;
      if (performance.now() - d.t > CLICK_MAX_MS) return;
      performance.mark('myotrace:click');
      const { muscle, region } = pickAt(model, raycaster, camera, canvas, e.clientX, e.clientY);
      const s = useExplorer.getState();
      if (model.study) {
        studyClick(s, muscle, e.shiftKey || e.ctrlKey || e.metaKey);
        return;
      }
      if (muscle) {
        s.focusMuscle({ id: muscle.part.id, side: muscle.part.side });
      } else if (region) {
        s.addSite(region.part.site);
        if (e.pointerType !== 'mouse') {
          setPointer({ x: e.clientX, y: e.clientY });
          s.setHover({ kind: 'region', id: region.part.id, side: region.part.side });
        }
      }
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    return () => {
      cancelAnimationFrame(frame);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
    };
  }, [model, gl, camera]);

  return null;
}
