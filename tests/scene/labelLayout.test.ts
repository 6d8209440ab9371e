import { describe, expect, it } from 'vitest';
import { type LabelInput, type LayoutOptions, layoutLabels, spread } from '../../src/scene/labelLayout';

const opts: LayoutOptions = {
  viewportWidth: 1000,
  viewportHeight: 600,
  splitX: 500,
  labelHeight: 24,
  gap: 6,
  margin: 10,
  insetTop: 50,
  insetBottom: 60,
  reach: 50,
};

function label(key: string, x: number, y: number, priority = 1, width = 120): LabelInput {
  return { key, anchorX: x, anchorY: y, width, priority };
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('spread', () => {
  it('leaves well-separated positions alone', () => {
    expect(spread([0, 100, 200], [24, 24, 24], 6, 0, 500)).toEqual([0, 100, 200]);
  });

  it('pushes crowded positions apart by at least the step', () => {
    const out = spread([100, 100, 100, 100], [24, 24, 24, 24], 6, 0, 500);
    for (let i = 1; i < out.length; i++) expect(out[i]! - out[i - 1]!).toBeGreaterThanOrEqual(30 - 1e-9);
    // Centred on where they wanted to be.
    expect((out[0]! + out[3]!) / 2).toBeCloseTo(100);
  });

  it('spaces boxes of different heights by their own heights', () => {
    const out = spread([100, 100, 100], [40, 24, 40], 6, 0, 500);
    expect(out[1]! - out[0]!).toBeGreaterThanOrEqual(46 - 1e-9);
    expect(out[2]! - out[1]!).toBeGreaterThanOrEqual(30 - 1e-9);
  });

  it('stays within its bounds', () => {
    const out = spread([490, 495, 500], [24, 24, 24], 6, 0, 500);
    expect(Math.max(...out) + 24).toBeLessThanOrEqual(500);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    const low = spread([-50, -40], [24, 24], 6, 0, 500);
    expect(low[0]).toBeGreaterThanOrEqual(0);
  });
});

describe('layoutLabels', () => {
  it('puts anchors left of the split in the left column and the others right', () => {
    const out = layoutLabels([label('a', 400, 200), label('b', 600, 200)], opts);
    expect(out.find((l) => l.key === 'a')?.column).toBe('left');
    expect(out.find((l) => l.key === 'b')?.column).toBe('right');
    const a = out.find((l) => l.key === 'a')!;
    expect(a.x + a.width).toBeLessThanOrEqual(400 - opts.reach + 1e-9);
    expect(a.lineX).toBe(a.x + a.width);
  });

  it('never piles labels up, and keeps them inside the view', () => {
    const many = Array.from({ length: 12 }, (_, i) => label(`m${i}`, 450 + (i % 3) * 5, 300 + (i % 4), i));
    const out = layoutLabels(many, opts);
    for (let i = 0; i < out.length; i++) {
      const l = out[i]!;
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(opts.viewportWidth);
      expect(l.y).toBeGreaterThanOrEqual(opts.insetTop);
      expect(l.y + l.height).toBeLessThanOrEqual(opts.viewportHeight - opts.insetBottom + 1e-9);
      for (let j = i + 1; j < out.length; j++) expect(overlaps(l, out[j]!)).toBe(false);
    }
  });

  it("ends a column above a control drawn over its half of the view, and leaves the other column's room", () => {
    // Right-hand anchors low down, as beside a calf, with the body switch's corner below y = 400.
    const right = Array.from({ length: 5 }, (_, i) => label(`r${i}`, 560, 420 + i * 10, 5 - i));
    const left = Array.from({ length: 5 }, (_, i) => label(`l${i}`, 440, 420 + i * 10, 5 - i));
    const out = layoutLabels([...right, ...left], { ...opts, columnBottom: { right: 400 } });
    const placedRight = out.filter((l) => l.column === 'right');
    expect(placedRight.length).toBeGreaterThan(0);
    for (const l of placedRight) expect(l.y + l.height).toBeLessThanOrEqual(400 + 1e-9);
    // The left column still reaches down to the view's own bottom inset.
    const lowestLeft = Math.max(...out.filter((l) => l.column === 'left').map((l) => l.y + l.height));
    expect(lowestLeft).toBeGreaterThan(400);
    // With room for only a few, the right column keeps its highest-priority labels.
    const tight = layoutLabels(right, { ...opts, columnBottom: { right: opts.insetTop + 60 } });
    expect(tight.map((l) => l.key).sort()).toEqual(['r0', 'r1']);
  });

  it('keeps the top-to-bottom order of the anchors, so leader lines do not cross', () => {
    const out = layoutLabels([label('low', 420, 400), label('high', 430, 100), label('mid', 410, 250)], opts);
    expect(out.map((l) => l.key)).toEqual(['high', 'mid', 'low']);
  });

  it('drops the lowest-priority labels when a column is full', () => {
    const small = { ...opts, viewportHeight: 200 };
    // Room for 3 labels of 24 px with 6 px gaps in the 90 px between the insets.
    const many = Array.from({ length: 6 }, (_, i) => label(`p${i}`, 300, 100 + i, i));
    const out = layoutLabels(many, small);
    expect(out.map((l) => l.key).sort()).toEqual(['p3', 'p4', 'p5']);
  });

  it('keeps two-line labels apart too', () => {
    const out = layoutLabels(
      [
        { ...label('a', 300, 200), height: 40 },
        { ...label('b', 300, 205), height: 24 },
        { ...label('c', 300, 210), height: 40 },
      ],
      opts,
    );
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) expect(overlaps(out[i]!, out[j]!)).toBe(false);
  });

  it('places nothing for no labels', () => {
    expect(layoutLabels([], opts)).toEqual([]);
  });
});
