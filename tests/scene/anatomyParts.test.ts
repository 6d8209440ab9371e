import { BoxGeometry, Group, Mesh, MeshBasicMaterial, Ray, SphereGeometry, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { mergeAnatomy } from '../../src/scene/anatomyParts';
import { isOpaqueRole, muscleColour, orderTriangles, skinColour } from '../../src/scene/paint';
import { Picker } from '../../src/scene/picker';

function model() {
  const root = new Group();
  const add = (geometry: BoxGeometry | SphereGeometry, extras: Record<string, string>, x: number, name: string) => {
    const node = new Group();
    node.name = name;
    node.userData = extras;
    node.position.x = x;
    node.add(new Mesh(geometry, new MeshBasicMaterial()));
    root.add(node);
  };
  add(
    new BoxGeometry(0.1, 0.1, 0.1),
    { kind: 'muscle', muscleId: 'supinator', side: 'right' },
    -0.3,
    'supinator.right',
  );
  add(new BoxGeometry(0.1, 0.1, 0.1), { kind: 'muscle', muscleId: 'supinator', side: 'left' }, 0.3, 'supinator.left');
  add(new SphereGeometry(0.05), { kind: 'muscle', muscleId: 'diaphragm', side: 'midline' }, 0, 'diaphragm');
  add(new BoxGeometry(0.5, 0.5, 0.5), { kind: 'region', regionId: 'chest', side: 'left' }, 0, 'skin_chest.left');
  add(new BoxGeometry(0.5, 0.5, 0.5), { kind: 'region', regionId: 'breastbone' }, 0, 'skin_breastbone');
  // Not parts: an id the knowledge base does not know, and a paired region without a side.
  add(new BoxGeometry(0.1, 0.1, 0.1), { kind: 'muscle', muscleId: 'musculus_imaginarius', side: 'left' }, 0, 'x');
  add(new BoxGeometry(0.1, 0.1, 0.1), { kind: 'region', regionId: 'calf' }, 0, 'skin_calf');
  root.add(new Mesh(new BoxGeometry(1, 1, 1), new MeshBasicMaterial())); // no extras: ignored
  return mergeAnatomy(root);
}

describe('merged anatomy', () => {
  it('merges the parts of each kind, named and sided from the node extras', () => {
    const kinds = model();
    expect(kinds.bone).toBeUndefined();
    expect(Object.keys(kinds)).toEqual(['region', 'muscle']);
    expect(kinds.muscle?.parts.map((p) => [p.name, p.id, p.side])).toEqual([
      ['supinator.right', 'supinator', 'right'],
      ['supinator.left', 'supinator', 'left'],
      ['diaphragm', 'diaphragm', 'midline'],
    ]);
    expect(kinds.region?.parts.map((p) => [p.name, p.site])).toEqual([
      ['skin_chest.left', { region: 'chest', side: 'left' }],
      ['skin_breastbone', { region: 'breastbone', side: 'midline' }],
    ]);
  });

  it('bakes node transforms into world positions and knows each vertex’s part', () => {
    const m = model().muscle!;
    const right = m.parts[0]!;
    expect(right.centroid.x).toBeCloseTo(-0.3);
    expect(right.box.max.x).toBeCloseTo(-0.25);
    for (const p of m.parts) {
      for (let v = p.vertexStart; v < p.vertexStart + p.vertexCount; v++) expect(m.vertexPart[v]).toBe(p.index);
    }
  });

  it('draws opaque parts first: the index is reordered into two groups', () => {
    const m = model().muscle!;
    const diaphragm = m.parts[2]!;
    const split = orderTriangles(m, (p) => p.id === 'diaphragm');
    expect(split).toBe(diaphragm.indexCount);
    expect(m.geometry.groups).toEqual([
      { start: 0, count: split, materialIndex: 0 },
      { start: split, count: m.sourceIndex.length - split, materialIndex: 1 },
    ]);
    const first = (m.geometry.index!.array as Uint32Array)[0]!;
    expect(first).toBeGreaterThanOrEqual(diaphragm.vertexStart);
  });

  it('picks the part a ray hits', () => {
    const kinds = model();
    const picker = new Picker(kinds);
    const hit = picker.first(new Ray(new Vector3(-0.3, 0, 5), new Vector3(0, 0, -1)), 'muscle');
    expect(hit?.part.name).toBe('supinator.right');
    const lit = picker.firstWhere(
      new Ray(new Vector3(0, 0, 5), new Vector3(0, 0, -1)),
      'muscle',
      (p) => p.side === 'left',
    );
    expect(lit).toBeNull();
  });
});

describe('paint', () => {
  it('draws primary muscles opaque, compensating ones see-through and the rest faded', () => {
    expect(muscleColour({ role: 'primary', strength: 1 })[3]).toBe(255);
    const comp = muscleColour({ role: 'compensating', strength: 1 })[3];
    expect(comp).toBeLessThan(255);
    expect(comp).toBeGreaterThan(muscleColour({ role: 'faded', strength: 0 })[3]);
    expect(isOpaqueRole('primary')).toBe(true);
    expect(isOpaqueRole('compensating')).toBe(false);
  });

  it('grades a role by rank: stronger is darker', () => {
    const strong = muscleColour({ role: 'primary', strength: 1 });
    const weak = muscleColour({ role: 'primary', strength: 0.35 });
    expect(strong[0] + strong[1] + strong[2]).toBeLessThan(weak[0] + weak[1] + weak[2]);
  });

  it('keeps the skin opaque until muscles glow, then see-through with pain sites tinted', () => {
    expect(skinColour('rest', false)[3]).toBe(255);
    expect(skinColour('rest', true)[3]).toBeLessThan(40);
    expect(skinColour('site', true)[3]).toBeGreaterThan(skinColour('rest', true)[3]);
  });
});
