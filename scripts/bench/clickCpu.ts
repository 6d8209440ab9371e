/**
 * The bench's click figure in CPU time: a click traced through Chrome's tracing, the main thread's
 * own time for the work from the pointer's release to the commit, read from the trace.
 */
/** Trace categories for a click: the input event's dispatch and the page's user-timing marks. */
export const CLICK_TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { type?: string } };
}
export type ClickTrace = { traceEvents: TraceEvent[] };

/**
 * The main thread's CPU time (ms) spent on a click from the pointer's release to the commit: the
 * thread duration of the `pointerup` dispatch, provided it holds the click's mark and both commit
 * marks (the highlight and the panel's first commit); null when it does not, or when the trace
 * has no thread times. Unlike the wall-clock figure, it does not grow while other processes take
 * the cores.
 */
export function clickCpuMs(trace: ClickTrace): number | null {
  const events = trace.traceEvents;
  const markAt = (name: string) => events.find((e) => e.name === name)?.ts;
  const marks = ['myotrace:click', 'myotrace:highlight-applied', 'myotrace:panel-committed'].map(markAt);
  const up = events.find(
    (e) =>
      e.name === 'EventDispatch' &&
      e.args?.data?.type === 'pointerup' &&
      e.dur !== undefined &&
      marks.every((t) => t !== undefined && t >= e.ts && t <= e.ts + (e.dur ?? 0)),
  );
  return up?.tdur === undefined ? null : up.tdur / 1000;
}
