import { describe, expect, it } from 'vitest';
import { type ClickTrace, clickCpuMs, type TraceEvent } from '../../scripts/bench/clickCpu';

const mark = (name: string, ts: number): TraceEvent => ({ name, ph: 'R', ts });
const dispatch = (type: string, ts: number, dur: number, tdur?: number): TraceEvent => ({
  name: 'EventDispatch',
  ph: 'X',
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
  args: { data: { type } },
});
const marks = (click: number, highlight: number, panel: number) => [
  mark('myotrace:click', click),
  mark('myotrace:highlight-applied', highlight),
  mark('myotrace:panel-committed', panel),
];
const trace = (...traceEvents: TraceEvent[]): ClickTrace => ({ traceEvents });

describe('the click CPU time read from a trace', () => {
  it('is the thread duration of the pointerup dispatch that holds the click and both commits', () => {
    const t = trace(
      dispatch('pointerdown', 1000, 300, 250),
      dispatch('pointerup', 5000, 9000, 4200),
      dispatch('click', 14500, 200, 150),
      ...marks(5300, 7100, 13800),
    );
    expect(clickCpuMs(t)).toBe(4.2);
  });

  it('has no figure when the panel committed in a later task than the pointer release', () => {
    const t = trace(dispatch('pointerup', 5000, 3000, 2900), ...marks(5300, 7100, 9500));
    expect(clickCpuMs(t)).toBeNull();
  });

  it('has no figure when a mark is missing or the trace carries no thread times', () => {
    expect(
      clickCpuMs(trace(dispatch('pointerup', 5000, 9000, 4200), ...marks(5300, 7100, 8000).slice(0, 2))),
    ).toBeNull();
    expect(clickCpuMs(trace(dispatch('pointerup', 5000, 9000), ...marks(5300, 7100, 8000)))).toBeNull();
  });
});
