import { describe, expect, it } from 'vitest';
import { explain, explainFindings } from '../../src/domain/explain';
import { highlightRoles, meshKey, meshSidesOf, roleOf } from '../../src/domain/highlight';

describe('highlight roles', () => {
  const e = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] });
  const map = highlightRoles(e, undefined, 'pain');

  it('paints every primary muscle on its side, strongest first', () => {
    for (const p of e.primary) {
      for (const side of meshSidesOf(p.id, p.side)) expect(map.get(meshKey(p.id, side))?.role).toBe('primary');
    }
    const first = e.primary[0]!;
    const last = e.primary[e.primary.length - 1]!;
    expect(map.get(meshKey(first.id, 'right'))?.strength).toBe(1);
    expect(roleOf(map, last.id, 'right').strength).toBeLessThan(1);
    expect(roleOf(map, last.id, 'right').strength).toBeGreaterThanOrEqual(0.35);
  });

  it('paints the compensating muscles that are not primary', () => {
    for (const c of e.compensating) {
      const sides = meshSidesOf(c.id, c.side);
      for (const side of sides) expect(['compensating', 'primary']).toContain(map.get(meshKey(c.id, side))?.role);
    }
    expect([...map.values()].some((h) => h.role === 'compensating')).toBe(true);
  });

  it('fades the rest when something is highlighted, and nothing otherwise', () => {
    expect(roleOf(map, 'soleus', 'left').role).toBe('faded');
    const none = highlightRoles(explain({ sites: [] }), undefined, 'pain');
    expect(none.size).toBe(0);
    expect(roleOf(none, 'soleus', 'left').role).toBe('none');
  });

  it('expands "both sides" to the left and right meshes and keeps midline muscles midline', () => {
    expect(meshSidesOf('frontalis', 'both')).toEqual(['left', 'right']);
    expect(meshSidesOf('frontalis', 'midline')).toEqual(['left', 'right']);
    expect(meshSidesOf('diaphragm', 'left')).toEqual(['midline']);
  });

  it('paints the focused muscle on top of its role', () => {
    const focused = highlightRoles(e, undefined, 'pain', { id: 'supinator', side: 'right' });
    expect(focused.get('supinator|right')).toEqual({ role: 'focus', strength: 1 });
    const outside = highlightRoles(e, undefined, 'pain', { id: 'soleus', side: 'left' });
    expect(outside.get('soleus|left')?.role).toBe('focus');
  });

  it('paints findings as overactive and underactive', () => {
    const f = explainFindings([{ id: 'elevated_shoulder', side: 'right' }]);
    const m = highlightRoles(e, f, 'findings');
    expect(m.get('trapezius_upper|right')?.role).toBe('overactive');
    expect(m.has('trapezius_upper|left')).toBe(false);
    expect([...m.values()].some((h) => h.role === 'primary')).toBe(false);
  });
});
