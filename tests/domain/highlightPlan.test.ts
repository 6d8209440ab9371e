import { describe, expect, it } from 'vitest';
import { explain, muscleKey } from '../../src/domain/explain';
import { highlightRoles } from '../../src/domain/highlight';

describe('highlight: the "no deep work" role and the plan source', () => {
  const sites = [{ region: 'calf', side: 'right', inflamed: true }] as const;
  const e = explain({ sites: [...sites] });

  it('paints every muscle of an inflamed site as avoid, over primary, in the pain tab', () => {
    const map = highlightRoles(e, undefined, 'pain');
    expect(e.plan.avoid.length).toBeGreaterThan(0);
    for (const m of e.plan.avoid) expect(map.get(muscleKey(m.id, 'right'))?.role).toBe('avoid');
    // The other primary muscles keep their role.
    const others = e.primary.filter((p) => !e.plan.avoid.some((a) => a.id === p.id));
    for (const p of others) expect(map.get(muscleKey(p.id, 'right'))?.role).not.toBe('avoid');
    // Without the mark: no avoid anywhere.
    const plain = highlightRoles(explain({ sites: [{ region: 'calf', side: 'right' }] }), undefined, 'pain');
    expect([...plain.values()].some((h) => h.role === 'avoid')).toBe(false);
  });

  it('paints the plan in the plan tab: avoid, release as overactive, activate as underactive', () => {
    const both = explain({ sites: [...sites], findings: [{ id: 'reduced_arm_swing', side: 'left' }] });
    const map = highlightRoles(both, undefined, 'plan');
    const roleOf = (m: { id: Parameters<typeof muscleKey>[0]; side: string }) =>
      map.get(muscleKey(m.id, m.side === 'left' ? 'left' : 'right'))?.role;
    for (const m of both.plan.avoid) expect(roleOf(m)).toBe('avoid');
    for (const m of both.plan.release) expect(roleOf(m)).toBe('overactive');
    expect(both.plan.activate.length).toBeGreaterThan(0);
    for (const m of both.plan.activate) expect(roleOf(m)).toBe('underactive');
    expect(both.plan.activate.some((m) => m.id === 'trapezius_lower' && m.side === 'left')).toBe(true);
  });
});
