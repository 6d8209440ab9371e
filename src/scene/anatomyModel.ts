/**
 * The body as drawn: the merged skin, muscles and bones, their materials, a picker, and the
 * highlight currently painted on them.
 */
import { Group, Mesh, type Object3D } from 'three';
import { muscleKey } from '../domain/explain/keys';
import { type MeshHighlight, roleOf, unlistedRole } from '../domain/highlightRole';
import type { StudyPaint } from '../store/studySelectors';
import { collectParts, type MergedKind, type MergedKinds, mergeKind, type Part, type PartKind } from './anatomyParts';
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
  /**
   * The merged kinds. A kind whose merge is deferred (see `deferred`) is merged on the spot when
   * it is read here, so picking or painting right after load works as it always did.
   */
  readonly kinds: MergedKinds;
  /** The drawn mesh of each kind (reading a deferred kind's mesh merges it too). */
  readonly meshes: Partial<Record<PartKind, Mesh>>;
  readonly materials: AnatomyMaterials;
  readonly picker: Picker;
  /** The highlight last painted on the muscles (the map from `highlightRoles`). */
  highlight: ReadonlyMap<string, MeshHighlight>;
  /** The study view last painted, or null while the explorer's highlight is shown. */
  study: StudyPaint | null;
  /** How many parts of each kind the model has (known without merging them). */
  readonly partCounts: Readonly<Partial<Record<PartKind, number>>>;
  /** Kinds not merged yet (muscles and bones, while the first frame shows only the skin). */
  readonly deferred: ReadonlySet<PartKind>;
  /** Merge every deferred kind now (after the first frame). */
  finishMerging(): void;
}

export interface BuildOptions {
  /**
   * Merge only the skin now and the muscles and bones later (`finishMerging`, or on first read):
   * the first frame draws the skin alone. Ignored for a model without skin.
   */
  readonly deferUnderSkin?: boolean;
}

const KINDS: readonly PartKind[] = ['region', 'muscle', 'bone'];

function meshOf(kind: PartKind, merged: MergedKind, materials: AnatomyMaterials): Mesh {
  let m: Mesh;
  if (kind === 'bone') {
    m = new Mesh(merged.geometry, materials.bone);
    m.name = 'bones';
    m.visible = false;
  } else if (kind === 'muscle') {
    m = new Mesh(merged.geometry, [materials.muscleLit, materials.muscleFaded]);
    m.name = 'muscles';
    m.renderOrder = 1;
    m.visible = false;
  } else {
    m = new Mesh(merged.geometry, materials.skinOpaque);
    m.name = 'skin';
    m.renderOrder = 2;
  }
  m.frustumCulled = false;
  m.matrixAutoUpdate = false;
  return m;
}

/** Build the drawn body from a loaded glTF scene. */
export function buildAnatomyModel(root: Object3D, options: BuildOptions = {}): AnatomyModel {
  const sources = collectParts(root);
  const materials = createMaterials();
  const group = new Group();
  group.name = 'anatomy';
  const kinds: { -readonly [K in PartKind]?: MergedKind<K> } = {};
  const meshes: Partial<Record<PartKind, Mesh>> = {};
  const deferred = new Set<PartKind>();
  const defer = !!options.deferUnderSkin && !!sources.region;
  const model: AnatomyModel = {
    group,
    kinds,
    meshes,
    materials,
    picker: new Picker(kinds),
    highlight: new Map(),
    study: null,
    partCounts: Object.fromEntries(Object.entries(sources).map(([k, list]) => [k, list.length])),
    deferred,
    finishMerging() {
      for (const kind of [...deferred]) merge(kind);
    },
  };
  const merge = <K extends PartKind>(kind: K) => {
    const list = sources[kind];
    if (!list) return;
    deferred.delete(kind);
    const merged = mergeKind(kind, list);
    const mesh = meshOf(kind, merged, materials);
    Object.defineProperty(kinds, kind, { value: merged, enumerable: true, configurable: true, writable: false });
    Object.defineProperty(meshes, kind, { value: mesh, enumerable: true, configurable: true, writable: false });
    group.add(mesh);
    // Merged late: show it as the highlight already painted would have (the study view repaints
    // everything it shows itself).
    if (kind !== 'region' && !model.study) {
      mesh.visible = model.highlight.size > 0 || !meshes.region;
      if (kind === 'muscle' && kinds.muscle) paintMuscleColours(kinds.muscle, model.highlight);
    }
  };
  for (const kind of KINDS) {
    if (!sources[kind]) continue;
    if (defer && kind !== 'region') {
      deferred.add(kind);
      const get = () => {
        merge(kind);
        return kinds[kind];
      };
      Object.defineProperty(kinds, kind, { get, enumerable: true, configurable: true });
      Object.defineProperty(meshes, kind, {
        get: () => {
          merge(kind);
          return meshes[kind];
        },
        enumerable: true,
        configurable: true,
      });
    } else merge(kind);
  }
  return model;
}

/** Each muscle part's key in a highlight map (`muscleKey`), made once per merged kind. */
const partKeys = new WeakMap<MergedKind<'muscle'>, string[]>();

/** The highlight of each muscle part, in part order (as `roleOf` gives it). */
function partRoles(muscles: MergedKind<'muscle'>, highlight: ReadonlyMap<string, MeshHighlight>): MeshHighlight[] {
  let keys = partKeys.get(muscles);
  if (!keys) {
    keys = muscles.parts.map((p) => muscleKey(p.id, p.side));
    partKeys.set(muscles, keys);
  }
  const rest = unlistedRole(highlight);
  return keys.map((k) => highlight.get(k) ?? rest);
}

/** Colour the muscles and order their triangles for a highlight; returns the colour ranges to upload. */
function paintMuscleColours(muscles: MergedKind<'muscle'>, highlight: ReadonlyMap<string, MeshHighlight>): number {
  const roles = partRoles(muscles, highlight);
  const uploads = paintParts(muscles, (p) => muscleColour(roles[p.index]!));
  orderTriangles(muscles, (p) => isOpaqueRole(roles[p.index]!.role));
  return uploads;
}

/**
 * Paint the muscles for a highlight (and show or hide what lies under the skin). Returns the
 * number of colour ranges to upload.
 */
export function paintMuscles(model: AnatomyModel, highlight: ReadonlyMap<string, MeshHighlight>): number {
  model.highlight = highlight;
  model.study = null;
  // A model without skin (one opened from the device) shows its muscles and bones at rest too.
  const on = highlight.size > 0 || !model.meshes.region;
  if (model.meshes.region) model.meshes.region.visible = true;
  // Nothing under the skin is shown: muscles and bones not merged yet are painted when merged.
  if (!on && model.deferred.size > 0) {
    for (const kind of ['muscle', 'bone'] as const) {
      const mesh = model.deferred.has(kind) ? undefined : model.meshes[kind];
      if (mesh) mesh.visible = false;
      if (mesh && kind === 'muscle') mesh.material = [model.materials.muscleLit, model.materials.muscleFaded];
    }
    const muscles = model.deferred.has('muscle') ? undefined : model.kinds.muscle;
    return muscles ? paintMuscleColours(muscles, highlight) : 0;
  }
  const muscles = model.kinds.muscle;
  if (model.meshes.muscle) {
    model.meshes.muscle.visible = on;
    model.meshes.muscle.material = [model.materials.muscleLit, model.materials.muscleFaded];
  }
  if (model.meshes.bone) model.meshes.bone.visible = on;
  if (!muscles) return 0;
  return paintMuscleColours(muscles, highlight);
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
