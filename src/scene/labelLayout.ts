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
}

/**
 * Spread positions (sorted, wanted tops) so consecutive ones are at least `step` apart, staying
 * within [lo, hi] and moving each as little as possible overall (push down, then pull back up).
 */
export function spread(wanted: readonly number[], step: number, lo: number, hi: number): number[] {
  const out = wanted.map((w) => Math.min(Math.max(w, lo), hi));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + step);
  const last = out.length - 1;
  if (last >= 0 && out[last]! > hi) {
    out[last] = hi;
    for (let i = last - 1; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - step);
  }
  // Centre each cluster of touching labels on the mean of its wanted positions.
  let start = 0;
  while (start < out.length) {
    let end = start;
    while (end + 1 < out.length && Math.abs(out[end + 1]! - out[end]! - step) < 1e-6) end++;
    if (end > start) {
      let meanWanted = 0;
      let meanNow = 0;
      for (let i = start; i <= end; i++) {
        meanWanted += wanted[i]!;
        meanNow += out[i]!;
      }
      const n = end - start + 1;
      let shift = (meanWanted - meanNow) / n;
      const before = start > 0 ? out[start - 1]! + step : lo;
      const after = end + 1 < out.length ? out[end + 1]! - step : hi;
      shift = Math.min(Math.max(shift, before - out[start]!), after - out[end]!);
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
  const step = o.labelHeight + o.gap;
  const lo = o.insetTop;
  const hi = o.viewportHeight - o.insetBottom - o.labelHeight;
  const capacity = Math.max(0, Math.floor((hi - lo) / step) + 1);
  const placed: PlacedLabel[] = [];
  for (const column of ['left', 'right'] as const) {
    let list = labels.filter((l) => (column === 'left' ? l.anchorX < o.splitX : l.anchorX >= o.splitX));
    if (list.length > capacity) {
      list = [...list].sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key)).slice(0, capacity);
    }
    list = [...list].sort((a, b) => a.anchorY - b.anchorY || a.key.localeCompare(b.key));
    if (list.length === 0) continue;
    const tops = spread(
      list.map((l) => l.anchorY - o.labelHeight / 2),
      step,
      lo,
      hi,
    );
    const nearest =
      column === 'left' ? Math.min(...list.map((l) => l.anchorX)) : Math.max(...list.map((l) => l.anchorX));
    list.forEach((l, i) => {
      const y = tops[i]!;
      let x: number;
      if (column === 'left') {
        const right = Math.max(o.margin + l.width, Math.min(nearest - o.reach, o.splitX - o.reach));
        x = right - l.width;
      } else {
        const left = Math.min(o.viewportWidth - o.margin - l.width, Math.max(nearest + o.reach, o.splitX + o.reach));
        x = left;
      }
      placed.push({
        key: l.key,
        column,
        x,
        y,
        width: l.width,
        height: o.labelHeight,
        anchorX: l.anchorX,
        anchorY: l.anchorY,
        lineX: column === 'left' ? x + l.width : x,
        lineY: y + o.labelHeight / 2,
      });
    });
  }
  return placed;
}
