/**
 * Paints the body for study mode: which skin, muscles and bones are drawn, solid or see-through,
 * and the colours of the marked and selected muscles. Hidden muscles are left out of the drawn
 * index; everything uses the materials compiled at load, so no shader program is ever added.
 */

import { Color } from 'three';
import { muscleKey } from '../domain/explain';
import type { Show } from '../domain/studyView';
import type { StudyPaint } from '../store/studySelectors';
import { BODY_COLOURS } from '../theme/palette';
import type { AnatomyModel } from './anatomyModel';
import type { Part } from './anatomyParts';
import { muscleColour, orderBuckets, paintParts, type Rgba, skinColour } from './paint';

/** Material slots of the muscle mesh in study mode. */
const LIT = 0;
const GHOST = 1;
const SOLID = 2;
/** Draw order: opaque first. */
const ORDER = [LIT, SOLID, GHOST] as const;

const tone = new Color();

/** A small stable number 0..1 from a muscle id, so neighbouring muscles differ a little in tone. */
function toneOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  // Mix the bits so that similar ids still spread apart.
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return ((h >>> 0) % 1000) / 1000;
}

/** A resting muscle in study mode: the muscle colour, its hue and lightness shifted a little per muscle. */
export function plainMuscleColour(id: string): Rgba {
  const t = toneOf(id);
  const u = toneOf(`${id}~`);
  tone.set(BODY_COLOURS.muscle).offsetHSL((t - 0.5) * 0.05, (u - 0.5) * 0.12, (t - 0.5) * 0.16);
  return [Math.round(tone.r * 255), Math.round(tone.g * 255), Math.round(tone.b * 255), 255];
}

const GHOST_COLOUR = muscleColour({ role: 'faded', strength: 0 });

/** How one muscle part is shown in a painted study view (hidden when the view does not list it). */
export function showOf(paint: StudyPaint, part: Pick<Part<'muscle'>, 'id' | 'side'>): Show {
  return paint.view.muscles.get(muscleKey(part.id, part.side)) ?? 'hidden';
}

/** Paint the whole body for a study view. Returns the colour ranges to upload: [muscles, skin]. */
export function paintStudy(model: AnatomyModel, paint: StudyPaint): [number, number] {
  let muscleRanges = 0;
  let skinRanges = 0;
  // Under a solid skin nothing else can be seen: muscles and bones are not drawn at all (drawn,
  // the GPU's antialiasing can let specks of them through the skin's edges).
  const covered = paint.view.skin === 'solid' && model.meshes.region !== undefined;
  model.study = paint;
  model.highlight = paint.roles;
  const muscles = model.kinds.muscle;
  const mesh = model.meshes.muscle;
  if (muscles && mesh) {
    const { muscleLit, muscleFaded, muscleSolid } = model.materials;
    mesh.material = [muscleLit, muscleFaded, muscleSolid];
    let any = false;
    const bucket = new Map<Part<'muscle'>, number | null>();
    muscleRanges = paintParts(muscles, (p) => {
      const show = showOf(paint, p);
      const role = paint.roles.get(muscleKey(p.id, p.side));
      if (show === 'hidden') {
        bucket.set(p, null);
        return null;
      }
      any = true;
      if (show === 'ghost') {
        bucket.set(p, GHOST);
        return GHOST_COLOUR;
      }
      if (role && (role.role !== 'selected' || paint.tintSelected)) {
        // Selected muscles differ a little in tone, so neighbours stay apart.
        const h = role.role === 'selected' ? { role: role.role, strength: 0.45 + 0.55 * toneOf(p.id) } : role;
        bucket.set(p, LIT);
        return muscleColour(h);
      }
      bucket.set(p, SOLID);
      return plainMuscleColour(p.id);
    });
    orderBuckets(muscles, (p) => bucket.get(p) ?? null, ORDER);
    mesh.visible = any && !covered;
  }
  const skin = model.kinds.region;
  const skinMesh = model.meshes.region;
  if (skin && skinMesh) {
    skinMesh.visible = paint.view.skin !== 'hidden';
    const ghost = paint.view.skin === 'ghost';
    skinMesh.material = ghost ? model.materials.skinTranslucent : model.materials.skinOpaque;
    const c = skinColour('rest', ghost);
    skinRanges = paintParts(skin, () => c);
  }
  if (model.meshes.bone) model.meshes.bone.visible = paint.view.bones !== 'hidden' && !covered;
  return [muscleRanges, skinRanges];
}
