/**
 * Label layout for the 3D view: labels sit in two columns beside the body, each joined to its
 * muscle by a leader line, spread vertically so none overlap, and never leave the viewport.
 * Pure: screen positions in, label positions out.
 */

/** One label to place: its anchor on screen (CSS pixels) and its size. */
export interface LabelInput {
  readonly key: string;
  readonly anchorX: number;
  readonly anchorY: number;
  readonly width: number;
  /** Height, if not the default `labelHeight` (e.g. a label on two lines). */
  readonly height?: number;
  /** Higher keeps its place when there is no room for all labels. */
  readonly priority: number;
}

/** A placed label: its box (top-left corner) and the point its leader line ends at. */
export interface PlacedLabel {
  readonly key: string;
  readonly column: 'left' | 'right';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly anchorX: number;
  readonly anchorY: number;
  /** Where the leader line leaves the label (the middle of its inner edge). */
  readonly lineX: number;
  readonly lineY: number;
}

export interface LayoutOptions {
  readonly viewportWidth: number;
  readonly viewportHeight: number;
  /** Screen x of the body's middle: anchors left of it go to the left column. */
  readonly splitX: number;
  /** Height of a one-line label. */
  readonly labelHeight: number;
  /** Vertical space between labels. */
  readonly gap: number;
  /** Space kept clear at the viewport's left and right edges. */
  readonly margin: number;
  /** Space kept clear at the top (e.g. for the legend) and at the bottom (view buttons). */
  readonly insetTop: number;
  readonly insetBottom: number;
  /** Horizontal space between a column and the nearest anchor of that column. */
  readonly reach: number;
  /**
   * Screen x the left column keeps left of, and the right column right of (e.g. the edges of
   * the highlighted muscles), so labels sit beside the body rather than on it.
   */
  readonly leftLimit?: number;
  readonly rightLimit?: number;
  /**
   * Screen y each column's labels end above, where something drawn over the view sits in that
   * column's way (e.g. the body switch in a corner); the inset at the bottom still applies.
   */
  readonly columnBottom?: { readonly left?: number; readonly right?: number };
}

/** The widest a label may be in each column so it stays inside the view and off the other column. */
export function columnWidths(o: LayoutOptions): { left: number; right: number } {
  const leftEdge = Math.min(o.splitX - o.reach, o.leftLimit ?? Number.POSITIVE_INFINITY);
  const rightEdge = Math.max(o.splitX + o.reach, o.rightLimit ?? Number.NEGATIVE_INFINITY);
  return {
    left: Math.max(0, leftEdge - o.margin),
    right: Math.max(0, o.viewportWidth - o.margin - rightEdge),
  };
}

/**
 * Spread boxes (sorted by wanted top) so none overlap: box i starts at least `gap` below the end of
 * box i-1, all stay within [lo, hi] (tops ≥ lo, bottoms ≤ hi), each moving as little as possible
 * overall (push down, pull back up, then centre each touching cluster on where it wanted to be).
 */
export function spread(
  wanted: readonly number[],
  heights: readonly number[],
  gap: number,
  lo: number,
  hi: number,
): number[] {
  const h = (i: number) => heights[i] ?? 0;
  const out = wanted.map((w, i) => Math.min(Math.max(w, lo), hi - h(i)));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + h(i - 1) + gap);
  const last = out.length - 1;
  if (last >= 0 && out[last]! + h(last) > hi) {
    out[last] = hi - h(last);
    for (let i = last - 1; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - h(i) - gap);
  }
  const touching = (i: number) => Math.abs(out[i + 1]! - out[i]! - h(i) - gap) < 1e-6;
  let start = 0;
  while (start < out.length) {
    let end = start;
    while (end + 1 < out.length && touching(end)) end++;
    if (end > start) {
      let shift = 0;
      for (let i = start; i <= end; i++) shift += wanted[i]! - out[i]!;
      shift /= end - start + 1;
      const before = start > 0 ? out[start - 1]! + h(start - 1) + gap : lo;
      const after = end + 1 < out.length ? out[end + 1]! - gap : hi;
      shift = Math.min(Math.max(shift, before - out[start]!), after - (out[end]! + h(end)));
      for (let i = start; i <= end; i++) out[i] = out[i]! + shift;
    }
    start = end + 1;
  }
  return out;
}

/**
 * Place labels in a left and a right column. When a column has more labels than fit, the ones
 * of lowest priority are left out. Within a column the order top → bottom follows the anchors,
 * so leader lines never cross.
 */
export function layoutLabels(labels: readonly LabelInput[], o: LayoutOptions): PlacedLabel[] {
  const lo = o.insetTop;
  const heightOf = (l: LabelInput) => l.height ?? o.labelHeight;
  const placed: PlacedLabel[] = [];
  for (const column of ['left', 'right'] as const) {
    const hi = Math.min(o.viewportHeight - o.insetBottom, o.columnBottom?.[column] ?? Number.POSITIVE_INFINITY);
    let list = labels.filter((l) => (column === 'left' ? l.anchorX < o.splitX : l.anchorX >= o.splitX));
    // Keep the highest-priority labels that fit in the column's height.
    const byPriority = [...list].sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));
    const kept: LabelInput[] = [];
    let used = 0;
    for (const l of byPriority) {
      const need = heightOf(l) + (kept.length ? o.gap : 0);
      if (used + need > hi - lo) continue;
      kept.push(l);
      used += need;
    }
    list = kept.sort((a, b) => a.anchorY - b.anchorY || a.key.localeCompare(b.key));
    if (list.length === 0) continue;
    const tops = spread(
      list.map((l) => l.anchorY - heightOf(l) / 2),
      list.map(heightOf),
      o.gap,
      lo,
      hi,
    );
    const nearest =
      column === 'left' ? Math.min(...list.map((l) => l.anchorX)) : Math.max(...list.map((l) => l.anchorX));
    list.forEach((l, i) => {
      const y = tops[i]!;
      const height = heightOf(l);
      let x: number;
      if (column === 'left') {
        const edge = Math.min(nearest - o.reach, o.splitX - o.reach, o.leftLimit ?? Number.POSITIVE_INFINITY);
        x = Math.max(o.margin + l.width, edge) - l.width;
      } else {
        const edge = Math.max(nearest + o.reach, o.splitX + o.reach, o.rightLimit ?? Number.NEGATIVE_INFINITY);
        x = Math.min(o.viewportWidth - o.margin - l.width, edge);
      }
      placed.push({
        key: l.key,
        column,
        x,
        y,
        width: l.width,
        height,
        anchorX: l.anchorX,
        anchorY: l.anchorY,
        lineX: column === 'left' ? x + l.width : x,
        lineY: y + height / 2,
      });
    });
  }
  return placed;
}
