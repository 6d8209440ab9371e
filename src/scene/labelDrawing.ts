/**
 * How a laid-out label is drawn — leader line, anchor dot, box and text lines, with the role's
 * colour — written once and rendered two ways: as SVG over the live canvas (`labelsSvg`) and
 * onto a 2D canvas for the report's picture (`drawLabels`). Both read the same shapes, so the
 * printed picture shows the labels exactly as the screen does.
 */
import { ROLE_COLOURS } from '../theme/palette';
import type { DrawnLabel } from './sceneBridge';

const FONT_WEIGHT = 600;
const FONT_SIZE = 13;
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** The labels' font (the same in the overlay, the report picture and text measurement). */
export const LABEL_FONT = `${FONT_WEIGHT} ${FONT_SIZE}px ${FONT_FAMILY}`;
/** Height of a one-line label, and of each further line. */
export const LABEL_H = 24;
export const LINE_H = 16;
/** Space between the box and its text, left and right. */
export const PAD_X = 9;

const STROKE = 1.5;
const DOT_R = 3.5;
const CORNER = 5;
const BOX_FILL = 'rgba(255, 255, 255, 0.95)';
const INK = '#1f2529';

/** What one label is made of, in view pixels. */
export interface LabelShapes {
  readonly role: string;
  readonly colour: string;
  readonly line: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  readonly dot: { readonly cx: number; readonly cy: number; readonly r: number };
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** Each text line with its start and the middle of its line box. */
  readonly texts: readonly { readonly text: string; readonly x: number; readonly y: number }[];
}

/** The shapes of a laid-out label. */
export function labelShapes(l: DrawnLabel): LabelShapes {
  return {
    role: l.role,
    colour: ROLE_COLOURS[l.role as keyof typeof ROLE_COLOURS]?.strong ?? '#333',
    line: { x1: l.lineX, y1: l.lineY, x2: l.anchorX, y2: l.anchorY },
    dot: { cx: l.anchorX, cy: l.anchorY, r: DOT_R },
    box: { x: l.x, y: l.y, width: l.width, height: l.height },
    texts: l.lines.map((text, i) => ({ text, x: l.x + PAD_X, y: l.y + LABEL_H / 2 + i * LINE_H })),
  };
}

function escapeText(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** The labels as SVG markup (the content of the overlay's `<svg>`); label text is escaped. */
export function labelsSvg(labels: readonly DrawnLabel[]): string {
  return labels
    .map((l) => {
      const s = labelShapes(l);
      const c = s.colour;
      return (
        `<g class="label label-${s.role}">` +
        `<line x1="${s.line.x1}" y1="${s.line.y1}" x2="${s.line.x2}" y2="${s.line.y2}" stroke="${c}" stroke-width="${STROKE}" />` +
        `<circle cx="${s.dot.cx}" cy="${s.dot.cy}" r="${s.dot.r}" fill="${c}" />` +
        `<rect x="${s.box.x}" y="${s.box.y}" width="${s.box.width}" height="${s.box.height}" rx="${CORNER}" fill="${BOX_FILL}" stroke="${c}" stroke-width="${STROKE}" />` +
        `<text dominant-baseline="central" fill="${INK}" font-weight="${FONT_WEIGHT}" font-size="${FONT_SIZE}" font-family="${FONT_FAMILY}">${s.texts
          .map((t) => `<tspan x="${t.x}" y="${t.y}">${escapeText(t.text)}</tspan>`)
          .join('')}</text>` +
        '</g>'
      );
    })
    .join('');
}

/** Draw the labels onto a 2D canvas whose units are view pixels. */
export function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly DrawnLabel[]): void {
  ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.lineWidth = STROKE;
  for (const l of labels) {
    const s = labelShapes(l);
    ctx.strokeStyle = s.colour;
    ctx.beginPath();
    ctx.moveTo(s.line.x1, s.line.y1);
    ctx.lineTo(s.line.x2, s.line.y2);
    ctx.stroke();
    ctx.fillStyle = s.colour;
    ctx.beginPath();
    ctx.arc(s.dot.cx, s.dot.cy, s.dot.r, 0, Math.PI * 2);
    ctx.fill();
    ctx.beginPath();
    ctx.roundRect(s.box.x, s.box.y, s.box.width, s.box.height, CORNER);
    ctx.fillStyle = BOX_FILL;
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = INK;
    for (const t of s.texts) ctx.fillText(t.text, t.x, t.y);
  }
}
