/**
 * Labels with leader lines on the highlighted muscles: an SVG layer over the canvas, redrawn
 * with the camera. Labels are laid out in two columns beside the body (see `labelLayout.ts`).
 * Decorative for assistive technology: the panel lists the same muscles.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import { type MeshHighlight, roleOf } from '../domain/highlight';
import type { MuscleId } from '../domain/ids';
import { getMuscle } from '../domain/knowledgeBase';
import { muscleLabel, type Vocabulary } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { selectHighlight } from '../store/selectors';
import { ROLE_COLOURS } from '../theme/palette';
import type { AnatomyModel } from './anatomyModel';
import type { Part } from './anatomyParts';
import { cameraState } from './cameraState';
import { type LabelInput, layoutLabels } from './labelLayout';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_H = 24;
const PAD_X = 9;

/** How many labels of each role to show at most (the highest ranked). */
const MAX_PER_ROLE = { primary: 6, overactive: 6, compensating: 4, underactive: 4, focus: 1 } as const;
/** On a phone-sized view, fewer labels. */
const MAX_PER_ROLE_SMALL = { primary: 3, overactive: 3, compensating: 2, underactive: 2, focus: 1 } as const;

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
  const muscles = model.kinds.muscle;
  if (!muscles || highlight.size === 0) return out;
  const byRole = new Map<string, Candidate[]>();
  for (const p of muscles.parts) {
    const h = roleOf(highlight, p.id as MuscleId, p.side);
    if (!(h.role in MAX_PER_ROLE)) continue;
    const role = h.role as keyof typeof MAX_PER_ROLE;
    const text = muscleLabel(getMuscle(p.id as MuscleId), p.side, vocabulary);
    const rank = role === 'focus' ? 3 : role === 'primary' || role === 'overactive' ? 2 : 1;
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

function escapeText(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

export function LabelOverlay({ model }: { model: AnatomyModel }) {
  const gl = useThree((s) => s.gl);
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
    if (ctx) ctx.font = FONT;
    return (text: string) => (ctx ? ctx.measureText(text).width : text.length * 7) + PAD_X * 2;
  }, []);
  const list = useRef<Candidate[]>([]);
  const last = useRef('');

  useEffect(() => {
    const host = gl.domElement.parentElement;
    host?.appendChild(svg);
    const refresh = () => {
      const s = useExplorer.getState();
      list.current = candidates(model, selectHighlight(s), s.vocabulary, size.width < 520);
      last.current = '';
    };
    refresh();
    const unsubscribe = useExplorer.subscribe((s, prev) => {
      if (
        s.vocabulary !== prev.vocabulary ||
        s.sites !== prev.sites ||
        s.findings !== prev.findings ||
        s.source !== prev.source ||
        s.focus !== prev.focus
      ) {
        refresh();
      }
    });
    return () => {
      unsubscribe();
      svg.remove();
    };
  }, [gl, svg, model, size.width]);

  useFrame(() => {
    const w = size.width;
    const h = size.height;
    const v = new Vector3();
    const centre = new Vector3();
    const inputs: (LabelInput & { text: string; role: string })[] = [];
    for (const c of list.current) {
      v.copy(c.part.centroid).project(camera);
      if (v.z > 1) continue;
      inputs.push({
        key: c.part.name,
        anchorX: ((v.x + 1) / 2) * w,
        anchorY: ((1 - v.y) / 2) * h,
        width: measure(c.text),
        priority: c.priority,
        text: c.text,
        role: c.role,
      });
    }
    centre.copy(cameraState.controls?.target ?? centre).project(camera);
    const placed = layoutLabels(inputs, {
      viewportWidth: w,
      viewportHeight: h,
      splitX: ((centre.x + 1) / 2) * w,
      labelHeight: LABEL_H,
      gap: 6,
      margin: 10,
      insetTop: w < 520 ? 64 : 58,
      insetBottom: w < 520 ? 56 : 66,
      reach: w < 520 ? 16 : 56,
    });
    const byKey = new Map(inputs.map((i) => [i.key, i]));
    const labels = placed.map((p) => ({ ...p, text: byKey.get(p.key)!.text, role: byKey.get(p.key)!.role }));
    const signature = `${w}x${h}:${labels.map((l) => `${l.key}${Math.round(l.x)},${Math.round(l.y)},${Math.round(l.anchorX)},${Math.round(l.anchorY)}`).join(';')}`;
    if (signature === last.current) return;
    last.current = signature;
    cameraState.labels = labels;
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.innerHTML = labels
      .map((l) => {
        const colour = ROLE_COLOURS[l.role as keyof typeof ROLE_COLOURS]?.strong ?? '#333';
        return (
          `<g class="label label-${l.role}">` +
          `<line x1="${l.lineX}" y1="${l.lineY}" x2="${l.anchorX}" y2="${l.anchorY}" stroke="${colour}" />` +
          `<circle cx="${l.anchorX}" cy="${l.anchorY}" r="3.5" fill="${colour}" />` +
          `<rect x="${l.x}" y="${l.y}" width="${l.width}" height="${l.height}" rx="5" style="stroke:${colour}" />` +
          `<text x="${l.x + PAD_X}" y="${l.y + l.height / 2}" dominant-baseline="central">${escapeText(l.text)}</text>` +
          '</g>'
        );
      })
      .join('');
  });

  return null;
}
