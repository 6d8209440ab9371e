import { describe, expect, it } from 'vitest';
import { drawLabels, LABEL_FONT, labelShapes, labelsSvg } from '../../src/scene/labelDrawing';
import type { DrawnLabel } from '../../src/scene/sceneBridge';
import { ROLE_COLOURS } from '../../src/theme/palette';

const label: DrawnLabel = {
  key: 'supinator.right',
  column: 'left',
  x: 10,
  y: 100,
  width: 120,
  height: 40,
  anchorX: 300,
  anchorY: 180,
  lineX: 130,
  lineY: 120,
  lines: ['Supinator <b>', '(right)'],
  role: 'primary',
};

/** A 2D context that records what is drawn. */
function recorder() {
  const calls: string[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get: (t, k: string) =>
      k in t ? t[k] : (...args: unknown[]) => calls.push(`${k}(${args.map((a) => String(a)).join(',')})`),
    set: (t, k: string, v) => {
      t[k] = v;
      calls.push(`${k}=${String(v)}`);
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}

describe('label drawing', () => {
  it('makes the shapes of a label once: line to the anchor, dot, box and a line of text per line', () => {
    const s = labelShapes(label);
    expect(s.colour).toBe(ROLE_COLOURS.primary.strong);
    expect(s.line).toEqual({ x1: 130, y1: 120, x2: 300, y2: 180 });
    expect(s.texts.map((t) => [t.text, t.x, t.y])).toEqual([
      ['Supinator <b>', 19, 112],
      ['(right)', 19, 128],
    ]);
  });

  it('writes SVG with the text escaped', () => {
    const svg = labelsSvg([label]);
    expect(svg).toContain('Supinator &lt;b&gt;');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain(`stroke="${ROLE_COLOURS.primary.strong}"`);
    expect(svg).toContain('<tspan x="19" y="112">');
  });

  it('draws the same shapes on a canvas, in the same font', () => {
    const { ctx, calls } = recorder();
    drawLabels(ctx, [label]);
    expect(calls).toContain(`font=${LABEL_FONT}`);
    expect(calls).toContain('moveTo(130,120)');
    expect(calls).toContain('lineTo(300,180)');
    expect(calls).toContain('roundRect(10,100,120,40,5)');
    expect(calls).toContain('fillText(Supinator <b>,19,112)');
    expect(calls).toContain('fillText((right),19,128)');
  });
});
