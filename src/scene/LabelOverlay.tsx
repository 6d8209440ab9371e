/**
 * Labels with leader lines on the highlighted muscles: an SVG layer over the canvas, redrawn
 * with the camera. Labels are laid out in two columns beside the body (see `labelLayout.ts`).
 * Decorative for assistive technology: the panel lists the same muscles.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import { type MeshHighlight, roleOf } from '../domain/highlight';
import { getMuscle } from '../domain/knowledgeBase';
import { muscleLabel, type Vocabulary } from '../domain/labels';
import { changedIn, LABEL_KEYS, useExplorer } from '../store/explorerStore';
import { LABELS_KEEP_CLEAR } from '../store/labelKeepClear';
import { selectHighlight } from '../store/selectors';
import type { AnatomyModel } from './anatomyModel';
import type { Part } from './anatomyParts';
import { LABEL_FONT, LABEL_H, LINE_H, labelsSvg, PAD_X } from './labelDrawing';
import { columnWidths, type LabelInput, layoutLabels } from './labelLayout';
import type { SceneBridge } from './sceneBridge';
import { showOf } from './studyPaint';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** How many labels of each role to show at most (the highest ranked). */
const MAX_PER_ROLE = {
  primary: 6,
  overactive: 6,
  compensating: 4,
  inhibited: 3,
  underactive: 4,
  focus: 1,
  selected: 8,
  avoid: 4,
} as const;
/** On a phone-sized view, fewer labels. */
const MAX_PER_ROLE_SMALL = {
  primary: 3,
  overactive: 3,
  compensating: 2,
  inhibited: 1,
  underactive: 2,
  focus: 1,
  selected: 3,
  avoid: 2,
} as const;

interface Candidate {
  part: Part;
  text: string;
  role: keyof typeof MAX_PER_ROLE;
  priority: number;
}

function candidates(
  model: AnatomyModel,
  highlight: ReadonlyMap<string, MeshHighlight>,
  vocabulary: Vocabulary,
  small: boolean,
) {
  const limits = small ? MAX_PER_ROLE_SMALL : MAX_PER_ROLE;
  const out: Candidate[] = [];
  if (highlight.size === 0) return out;
  const muscles = model.kinds.muscle;
  if (!muscles) return out;
  const byRole = new Map<string, Candidate[]>();
  for (const p of muscles.parts) {
    const h = roleOf(highlight, p.id, p.side);
    if (!(h.role in MAX_PER_ROLE)) continue;
    // In study mode, a muscle that is not drawn gets no label.
    if (model.study && showOf(model.study, p) === 'hidden') continue;
    const role = h.role as keyof typeof MAX_PER_ROLE;
    const name = muscleLabel(getMuscle(p.id), p.side, vocabulary);
    const text = role === 'avoid' ? `No deep work: ${name}` : name;
    const rank = role === 'focus' || role === 'avoid' ? 3 : role === 'primary' || role === 'overactive' ? 2 : 1;
    const list = byRole.get(role) ?? [];
    list.push({ part: p, text, role, priority: rank + h.strength });
    byRole.set(role, list);
  }
  for (const [role, list] of byRole) {
    list.sort((a, b) => b.priority - a.priority || a.text.localeCompare(b.text));
    out.push(...list.slice(0, limits[role as keyof typeof MAX_PER_ROLE]));
  }
  return out;
}

const cornerCache = new WeakMap<Part, Vector3[]>();

/** The eight corners of a part's bounding box. */
function corners(part: Part): Vector3[] {
  let list = cornerCache.get(part);
  if (!list) {
    const { min, max } = part.box;
    list = [];
    for (const x of [min.x, max.x])
      for (const y of [min.y, max.y]) for (const z of [min.z, max.z]) list.push(new Vector3(x, y, z));
    cornerCache.set(part, list);
  }
  return list;
}

/** Shorten a text with an ellipsis until `fits`. */
function shorten(text: string, suffix: string, fits: (t: string) => boolean): string {
  if (fits(`${text}${suffix}`)) return `${text}${suffix}`;
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${text.slice(0, mid).trimEnd()}…${suffix}`)) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…${suffix}`;
}

/**
 * The label's lines: one if it fits in `max` pixels, else two broken at a word, the second
 * shortened with an ellipsis if need be. The side in parentheses at the end is always kept.
 */
function fitLines(text: string, max: number, measure: (t: string) => number): string[] {
  const fits = (t: string) => measure(t) <= max;
  if (fits(text)) return [text];
  const m = /^(.*?)( \((?:left|right|both sides)\))$/.exec(text);
  const name = m ? m[1]! : text;
  const suffix = m ? m[2]! : '';
  const words = name.split(' ');
  let first = '';
  let i = 0;
  while (i < words.length && fits(first ? `${first} ${words[i]}` : words[i]!)) {
    first = first ? `${first} ${words[i]}` : words[i]!;
    i++;
  }
  if (!first) return [shorten(name, suffix, fits)];
  const rest = words.slice(i).join(' ');
  return [first, rest ? shorten(rest, suffix, fits) : suffix.trim()];
}

/**
 * For each label column, the canvas y its labels must end above: the top of the highest marked
 * control over that half of the view, less a small gap (none when nothing is marked there).
 */
function keepClearBottoms(canvas: HTMLCanvasElement): { left?: number; right?: number } {
  const view = canvas.getBoundingClientRect();
  const out: { left?: number; right?: number } = {};
  for (const el of document.querySelectorAll(`[${LABELS_KEEP_CLEAR}]`)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.bottom <= view.top || r.top >= view.bottom) continue;
    const column = (r.left + r.right) / 2 < view.left + view.width / 2 ? 'left' : 'right';
    const y = r.top - view.top - 8;
    out[column] = Math.min(out[column] ?? Number.POSITIVE_INFINITY, y);
  }
  return out;
}

export function LabelOverlay({ model, bridge }: { model: AnatomyModel; bridge: SceneBridge }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const svg = useMemo(() => {
    const el = document.createElementNS(SVG_NS, 'svg');
    el.setAttribute('class', 'label-layer');
    el.setAttribute('aria-hidden', 'true');
    return el;
  }, []);
  const measure = useMemo(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (ctx) ctx.font = LABEL_FONT;
    return (text: string) => (ctx ? ctx.measureText(text).width : text.length * 7) + PAD_X * 2;
  }, []);
  const list = useRef<Candidate[]>([]);
  const last = useRef('');
  const stale = useRef(false);
  const refreshRef = useRef<(() => void) | null>(null);
  /** Where each column must end above, from what sits over the view (see `keepClearBottoms`). */
  const bottoms = useRef<{ left?: number; right?: number }>({});

  useEffect(() => {
    const host = gl.domElement.parentElement;
    host?.appendChild(svg);
    const refresh = () => {
      const s = useExplorer.getState();
      list.current = candidates(model, selectHighlight(s), s.vocabulary, size.width < 520);
      last.current = '';
    };
    refresh();
    refreshRef.current = refresh;
    // Controls drawn over the view that labels must keep clear of, measured when they or the
    // view change size (not every frame).
    const measureKeepClear = () => {
      bottoms.current = keepClearBottoms(gl.domElement);
      last.current = '';
      invalidate();
    };
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measureKeepClear);
    observer?.observe(gl.domElement);
    for (const el of document.querySelectorAll(`[${LABELS_KEEP_CLEAR}]`)) observer?.observe(el);
    measureKeepClear();
    const unsubscribe = useExplorer.subscribe((s, prev) => {
      if (changedIn(LABEL_KEYS, s, prev)) {
        // Worked out on the next frame, keeping the click itself short.
        stale.current = true;
        invalidate();
      }
    });
    return () => {
      unsubscribe();
      observer?.disconnect();
      svg.remove();
    };
  }, [gl, svg, model, size.width, invalidate]);

  useFrame(() => {
    if (stale.current) {
      stale.current = false;
      refreshRef.current?.();
    }
    const w = size.width;
    const h = size.height;
    const v = new Vector3();
    const small = w < 520;
    // The screen box of the labelled muscles: columns go beside it when there is room.
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    for (const c of list.current) {
      for (const corner of corners(c.part)) {
        v.copy(corner).project(camera);
        const x = ((v.x + 1) / 2) * w;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
      }
    }
    const centre = new Vector3().copy(bridge.target ?? v.set(0, 0.9, 0)).project(camera);
    const base = {
      viewportWidth: w,
      viewportHeight: h,
      splitX: ((centre.x + 1) / 2) * w,
      labelHeight: LABEL_H,
      gap: 6,
      margin: 10,
      insetTop: small ? 70 : 80,
      insetBottom: small ? 56 : 66,
      reach: small ? 16 : 40,
    };
    const room = 150;
    const options = {
      ...base,
      columnBottom: bottoms.current,
      ...(minX - 12 - base.margin >= room ? { leftLimit: minX - 12 } : {}),
      ...(w - base.margin - (maxX + 12) >= room ? { rightLimit: maxX + 12 } : {}),
    };
    const widths = columnWidths(options);
    const inputs: (LabelInput & { lines: string[]; role: string })[] = [];
    for (const c of list.current) {
      v.copy(c.part.centroid).project(camera);
      if (v.z > 1) continue;
      const anchorX = ((v.x + 1) / 2) * w;
      const anchorY = ((1 - v.y) / 2) * h;
      // A muscle out of view gets no label.
      if (anchorX < 0 || anchorX > w || anchorY < base.insetTop || anchorY > h - base.insetBottom) continue;
      const max = Math.max(90, anchorX < options.splitX ? widths.left : widths.right);
      const lines = fitLines(c.text, max, measure);
      inputs.push({
        // Names order the ties; the part's index keeps two parts of one name apart (a person's own file may repeat names).
        key: `${c.part.name}#${c.part.index}`,
        anchorX,
        anchorY,
        width: Math.max(...lines.map(measure)),
        height: LABEL_H + (lines.length - 1) * LINE_H,
        priority: c.priority,
        lines,
        role: c.role,
      });
    }
    const placed = layoutLabels(inputs, options);
    const byKey = new Map(inputs.map((i) => [i.key, i]));
    const labels = placed.map((p) => ({ ...p, lines: byKey.get(p.key)!.lines, role: byKey.get(p.key)!.role }));
    const signature = `${w}x${h}:${labels.map((l) => `${l.key}${Math.round(l.x)},${Math.round(l.y)},${Math.round(l.anchorX)},${Math.round(l.anchorY)}`).join(';')}`;
    if (signature === last.current) return;
    last.current = signature;
    bridge.labels = labels;
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.innerHTML = labelsSvg(labels);
  });

  return null;
}
