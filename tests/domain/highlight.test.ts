import { describe, expect, it } from 'vitest';
import { explain, explainFindings, muscleKey } from '../../src/domain/explain';
import { highlightRoles, meshSidesOf, roleOf } from '../../src/domain/highlight';

describe('highlight roles', () => {
  const e = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] });
  const map = highlightRoles(e, undefined, 'pain');

  it('paints every primary muscle on its side, strongest first', () => {
    for (const p of e.primary) {
      for (const side of meshSidesOf(p.id, p.side)) expect(map.get(muscleKey(p.id, side))?.role).toBe('primary');
    }
    const first = e.primary[0]!;
    const last = e.primary[e.primary.length - 1]!;
    expect(map.get(muscleKey(first.id, 'right'))?.strength).toBe(1);
    expect(roleOf(map, last.id, 'right').strength).toBeLessThan(1);
    expect(roleOf(map, last.id, 'right').strength).toBeGreaterThanOrEqual(0.35);
  });

  it('paints the compensating muscles that are not primary', () => {
    for (const c of e.compensating) {
      const sides = meshSidesOf(c.id, c.side);
      const own = c.state === 'inhibited' ? 'inhibited' : 'compensating';
      for (const side of sides)
        expect(['primary', 'compensating', own]).toContain(map.get(muscleKey(c.id, side))?.role);
    }
    expect([...map.values()].some((h) => h.role === 'compensating')).toBe(true);
  });

  describe('the two compensating groups', () => {
    // At the temple the upper trapezius switches off the deep neck flexors and the lower trapezius.
    const temple = explain({ sites: [{ region: 'temple', side: 'right' }] });
    const roles = highlightRoles(temple, undefined, 'pain');
    const overworking = temple.compensating.filter((c) => c.state === 'overworking');
    const inhibited = temple.compensating.filter((c) => c.state === 'inhibited');
    const primaryKeys = new Set(
      temple.primary.flatMap((p) => meshSidesOf(p.id, p.side).map((s) => muscleKey(p.id, s))),
    );
    const firstOwn = (list: typeof inhibited) =>
      list.flatMap((c) => meshSidesOf(c.id, c.side).map((s) => muscleKey(c.id, s))).find((k) => !primaryKeys.has(k))!;

    it('has both groups to paint (the case is a real one)', () => {
      expect(overworking.length).toBeGreaterThan(0);
      expect(inhibited.length).toBeGreaterThan(0);
    });

    it('paints switched-off muscles as inhibited and overworking ones as compensating', () => {
      for (const c of inhibited) {
        for (const side of meshSidesOf(c.id, c.side)) {
          const k = muscleKey(c.id, side);
          if (!primaryKeys.has(k)) expect(roles.get(k)?.role).toBe('inhibited');
        }
      }
      for (const c of overworking) {
        for (const side of meshSidesOf(c.id, c.side)) {
          const k = muscleKey(c.id, side);
          if (!primaryKeys.has(k)) expect(roles.get(k)?.role).toBe('compensating');
        }
      }
      expect(roles.get('trapezius_lower|right')?.role).toBe('inhibited');
    });

    it('ranks each group on its own: the first of each group glows at full strength', () => {
      expect(roles.get(firstOwn(overworking))?.strength).toBe(1);
      expect(roles.get(firstOwn(inhibited))?.strength).toBe(1);
    });

    it('keeps a muscle in one role only, primary first', () => {
      for (const k of primaryKeys) expect(roles.get(k)?.role).toBe('primary');
    });
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
