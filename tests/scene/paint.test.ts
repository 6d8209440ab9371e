import { BoxGeometry, type BufferAttribute, Group, Mesh, MeshBasicMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { buildAnatomyModel, paintSkin } from '../../src/scene/anatomyModel';
import { paintParts, type Rgba } from '../../src/scene/paint';

/** Four skin regions in a row (merged in this order). */
function skin() {
  const root = new Group();
  for (const [i, id] of ['breastbone', 'upper_abdomen', 'lower_abdomen', 'forehead'].entries()) {
    const node = new Group();
    node.userData = { kind: 'region', regionId: id, side: 'midline' };
    node.position.set(i, 0, 0);
    node.add(new Mesh(new BoxGeometry(0.5, 0.5, 0.5), new MeshBasicMaterial()));
    root.add(node);
  }
  const model = buildAnatomyModel(root);
  return { model, kind: model.kinds.region!, colour: model.kinds.region!.geometry.attributes.color as BufferAttribute };
}

const RED: Rgba = [255, 0, 0, 255];
const BLUE: Rgba = [0, 0, 255, 255];

describe('painting parts', () => {
  it('uploads only the changed parts, one range per run of neighbours', () => {
    const { kind, colour } = skin();
    expect(paintParts(kind, () => RED)).toBe(1);
    colour.clearUpdateRanges();
    const [a, b, c, d] = kind.parts;
    // Parts 0 and 1 change (one run), 2 stays, 3 changes: two ranges.
    expect(paintParts(kind, (p) => (p === c ? RED : BLUE))).toBe(2);
    expect(colour.updateRanges).toEqual([
      { start: a!.vertexStart * 4, count: (a!.vertexCount + b!.vertexCount) * 4 },
      { start: d!.vertexStart * 4, count: d!.vertexCount * 4 },
    ]);
    expect([...kind.colors.subarray(c!.vertexStart * 4, c!.vertexStart * 4 + 4)]).toEqual([...RED]);
  });

  it('changes nothing and asks for no upload when every part already has its colour', () => {
    const { kind, colour } = skin();
    paintParts(kind, () => BLUE);
    colour.clearUpdateRanges();
    const version = colour.version;
    expect(paintParts(kind, () => BLUE)).toBe(0);
    expect(colour.updateRanges).toEqual([]);
    expect(colour.version).toBe(version);
  });

  it('leaves a part whose colour is null as it is', () => {
    const { kind } = skin();
    paintParts(kind, () => RED);
    expect(paintParts(kind, (p) => (p.index === 1 ? null : RED))).toBe(0);
  });

  it('repaints the skin for a hover only where the hovered region changed', () => {
    const { model } = skin();
    paintSkin(model, () => 'rest');
    // Hovering the breastbone: one range; the same hover again: none; moving to the forehead: two.
    expect(paintSkin(model, (p) => (p.id === 'breastbone' ? 'hover' : 'rest'))).toBe(1);
    expect(paintSkin(model, (p) => (p.id === 'breastbone' ? 'hover' : 'rest'))).toBe(0);
    expect(paintSkin(model, (p) => (p.id === 'forehead' ? 'hover' : 'rest'))).toBe(2);
  });
});
