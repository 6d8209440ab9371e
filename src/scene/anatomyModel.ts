/**
 * The body as drawn: the merged skin, muscles and bones, their materials, a picker, and the
 * highlight currently painted on them.
 */
import { Group, Mesh, type Object3D } from 'three';
import { type MeshHighlight, roleOf } from '../domain/highlight';
import type { StudyPaint } from '../store/studySelectors';
import { type MergedKinds, mergeAnatomy, type Part, type PartKind } from './anatomyParts';
import { type AnatomyMaterials, createMaterials } from './materials';
import {
  isHighlighted,
  isOpaqueRole,
  muscleColour,
  orderTriangles,
  paintParts,
  type SkinState,
  skinColour,
} from './paint';
import { Picker } from './picker';

export interface AnatomyModel {
  readonly group: Group;
  readonly kinds: MergedKinds;
  readonly meshes: Partial<Record<PartKind, Mesh>>;
  readonly materials: AnatomyMaterials;
  readonly picker: Picker;
  /** The highlight last painted on the muscles (the map from `highlightRoles`). */
  highlight: ReadonlyMap<string, MeshHighlight>;
  /** The study view last painted, or null while the explorer's highlight is shown. */
  study: StudyPaint | null;
}

/** Build the drawn body from a loaded glTF scene. */
export function buildAnatomyModel(root: Object3D): AnatomyModel {
  const kinds = mergeAnatomy(root);
  const materials = createMaterials();
  const group = new Group();
  group.name = 'anatomy';
  const meshes: Partial<Record<PartKind, Mesh>> = {};
  if (kinds.bone) {
    const m = new Mesh(kinds.bone.geometry, materials.bone);
    m.name = 'bones';
    m.visible = false;
    meshes.bone = m;
  }
  if (kinds.muscle) {
    const m = new Mesh(kinds.muscle.geometry, [materials.muscleLit, materials.muscleFaded]);
    m.name = 'muscles';
    m.renderOrder = 1;
    m.visible = false;
    meshes.muscle = m;
  }
  if (kinds.region) {
    const m = new Mesh(kinds.region.geometry, materials.skinOpaque);
    m.name = 'skin';
    m.renderOrder = 2;
    meshes.region = m;
  }
  for (const m of Object.values(meshes)) {
    m.frustumCulled = false;
    m.matrixAutoUpdate = false;
    group.add(m);
  }
  return { group, kinds, meshes, materials, picker: new Picker(kinds), highlight: new Map(), study: null };
}

/**
 * Paint the muscles for a highlight (and show or hide what lies under the skin). Returns the
 * number of colour ranges to upload.
 */
export function paintMuscles(model: AnatomyModel, highlight: ReadonlyMap<string, MeshHighlight>): number {
  model.highlight = highlight;
  model.study = null;
  const muscles = model.kinds.muscle;
  // A model without skin (one opened from the device) shows its muscles and bones at rest too.
  const on = highlight.size > 0 || !model.meshes.region;
  if (model.meshes.region) model.meshes.region.visible = true;
  if (model.meshes.muscle) {
    model.meshes.muscle.visible = on;
    model.meshes.muscle.material = [model.materials.muscleLit, model.materials.muscleFaded];
  }
  if (model.meshes.bone) model.meshes.bone.visible = on;
  if (!muscles) return 0;
  const roles = muscles.parts.map((p) => roleOf(highlight, p.id, p.side));
  const uploads = paintParts(muscles, (p) => muscleColour(roles[p.index]!));
  orderTriangles(muscles, (p) => isOpaqueRole(roles[p.index]!.role));
  return uploads;
}

/**
 * Paint the skin: pain sites and the hovered region tinted; translucent while muscles glow.
 * Returns the number of colour ranges to upload (0 when no region changed).
 */
export function paintSkin(model: AnatomyModel, stateOf: (part: Part<'region'>) => SkinState): number {
  const skin = model.kinds.region;
  const mesh = model.meshes.region;
  if (!skin || !mesh) return 0;
  const translucent = model.highlight.size > 0;
  mesh.material = translucent ? model.materials.skinTranslucent : model.materials.skinOpaque;
  return paintParts(skin, (p) => skinColour(stateOf(p), translucent));
}

/** A muscle node and the role painted on it. */
export interface PaintedRole {
  readonly name: string;
  readonly id: string;
  readonly side: string;
  readonly role: string;
}

/** The role painted on each muscle part (for tests). */
export function paintedRoles(model: AnatomyModel): PaintedRole[] {
  return (model.kinds.muscle?.parts ?? []).map((p) => ({
    name: p.name,
    id: p.id,
    side: p.side,
    role: roleOf(model.highlight, p.id, p.side).role,
  }));
}

/** Whether a muscle part is drawn highlighted. */
export function isLit(model: AnatomyModel, part: Part<'muscle'>): boolean {
  return isHighlighted(roleOf(model.highlight, part.id, part.side).role);
}
