import { describe, expect, it } from 'vitest';
import { explain, safetyLine } from '../../src/domain/explain';
import { cautionsBesideAlerts, compensatingGroups, compensationWhy } from '../../src/ui/explanationParts';

describe('compensating groups', () => {
  const e = explain({ sites: [{ region: 'temple', side: 'right' }] });

  it('split the list by state, every muscle in exactly one group, the engine order kept', () => {
    const g = compensatingGroups(e.compensating);
    expect(g.overworking.length).toBeGreaterThan(0);
    expect(g.inhibited.length).toBeGreaterThan(0);
    expect(g.overworking.every((m) => m.state === 'overworking')).toBe(true);
    expect(g.inhibited.every((m) => m.state === 'inhibited')).toBe(true);
    expect([...g.overworking, ...g.inhibited]).toEqual(e.compensating);
  });

  it('word the reason for the group: "makes up for" when working harder, "goes with" when switched off', () => {
    const g = compensatingGroups(e.compensating);
    expect(compensationWhy(g.overworking[0]!, 'plain')).toMatch(/^Makes up for /);
    expect(compensationWhy(g.inhibited[0]!, 'plain')).toMatch(/^Goes with /);
    expect(compensationWhy(g.inhibited[0]!, 'medical')).toMatch(/^Inhibited with /);
    expect(compensationWhy(g.overworking[0]!, 'medical')).toContain(g.overworking[0]!.why);
  });
});

describe('cautions beside the alerts', () => {
  const sites = [
    { region: 'chest', side: 'left' },
    { region: 'inner_elbow', side: 'left' },
    { region: 'jaw', side: 'left' },
  ] as const;

  it('leave out exactly the lines that repeat an alert, in either vocabulary', () => {
    for (const v of ['plain', 'medical'] as const) {
      const e = explain({ sites }, v);
      const rest = cautionsBesideAlerts(e.cautions, e.safety, v);
      expect(rest).toHaveLength(e.cautions.length - e.safety.length);
      for (const a of e.safety) expect(rest).not.toContain(safetyLine(a, v));
      expect(rest).toEqual(e.cautions.slice(e.safety.length));
    }
  });
});
