import { BoxGeometry, Group, Mesh, MeshBasicMaterial, Ray, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { muscleKey } from '../../src/domain/explain';
import { buildAnatomyModel, paintedRoles, paintMuscles, paintSkin } from '../../src/scene/anatomyModel';
import { muscleColour, orderTriangles } from '../../src/scene/paint';

/** A deltoid and a humerus under a skin box. */
function root() {
  const r = new Group();
  const add = (extras: Record<string, string>, x: number, size: number) => {
    const node = new Group();
    node.userData = extras;
    node.position.set(x, 0, 0);
    node.add(new Mesh(new BoxGeometry(size, size, size), new MeshBasicMaterial()));
    r.add(node);
  };
  add({ kind: 'muscle', muscleId: 'deltoid', side: 'left' }, 0.3, 0.1);
  add({ kind: 'bone', boneId: 'humerus', side: 'left' }, 0.3, 0.05);
  add({ kind: 'region', regionId: 'breastbone', side: 'midline' }, 0, 1.5);
  return r;
}

/** Whether a kind is merged, found without reading it (reading a deferred kind merges it). */
const merged = (m: ReturnType<typeof buildAnatomyModel>) =>
  (['region', 'muscle', 'bone'] as const).filter((k) => !m.deferred.has(k));

describe('deferred merge (the first frame draws the skin alone)', () => {
  it('merges only the skin at build, and the muscles and bones when asked', () => {
    const m = buildAnatomyModel(root(), { deferUnderSkin: true });
    expect(merged(m)).toEqual(['region']);
    expect(m.group.children.map((c) => c.name)).toEqual(['skin']);
    // The load's first paint (nothing highlighted) and a hover on the skin merge nothing.
    paintMuscles(m, new Map());
    paintSkin(m, () => 'hover');
    expect(merged(m)).toEqual(['region']);
    m.finishMerging();
    expect(merged(m)).toEqual(['region', 'muscle', 'bone']);
    expect(m.meshes.muscle?.visible).toBe(false);
    expect(m.meshes.bone?.visible).toBe(false);
    // Painted at rest as soon as merged.
    const none = muscleColour({ role: 'none', strength: 0 });
    expect([...m.kinds.muscle!.colors.slice(0, 4)]).toEqual([...none]);
  });

  it('merges on the spot when the muscles are read before the deferred merge (a click right after load)', () => {
    const m = buildAnatomyModel(root(), { deferUnderSkin: true });
    const ray = new Ray(new Vector3(0.3, 0, 5), new Vector3(0, 0, -1));
    expect(m.picker.first(ray, 'muscle')?.part.id).toBe('deltoid');
    expect(merged(m)).toContain('muscle');
    expect(m.group.children.map((c) => c.name)).toContain('muscles');
  });

  it('a highlight painted before the merge shows the muscles and bones, painted', () => {
    const m = buildAnatomyModel(root(), { deferUnderSkin: true });
    paintMuscles(m, new Map([[muscleKey('deltoid', 'left'), { role: 'primary', strength: 1 }]]));
    expect(m.meshes.muscle?.visible).toBe(true);
    expect(m.meshes.bone?.visible).toBe(true);
    expect(paintedRoles(m).map((r) => r.role)).toEqual(['primary']);
    const primary = muscleColour({ role: 'primary', strength: 1 });
    expect([...m.kinds.muscle!.colors.slice(0, 4)]).toEqual([...primary]);
  });

  it('a model built without deferring merges everything at once', () => {
    const m = buildAnatomyModel(root());
    expect(merged(m)).toEqual(['region', 'muscle', 'bone']);
    expect(m.group.children).toHaveLength(3);
  });

  it('rewrites and uploads the drawn index only when the draw order changes', () => {
    const m = buildAnatomyModel(root());
    const muscles = m.kinds.muscle!;
    const index = muscles.geometry.index!;
    orderTriangles(muscles, () => true);
    const version = index.version;
    orderTriangles(muscles, () => true);
    expect(index.version).toBe(version);
    orderTriangles(muscles, () => false);
    expect(index.version).toBeGreaterThan(version);
  });
});

describe('what is known before the deferred merge', () => {
  it('counts the parts of each kind without merging them', () => {
    const m = buildAnatomyModel(root(), { deferUnderSkin: true });
    expect(m.partCounts).toEqual({ region: 1, muscle: 1, bone: 1 });
    expect(m.deferred.size).toBe(2);
  });
});
