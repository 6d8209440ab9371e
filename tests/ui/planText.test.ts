import { describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { inflamedNotes, inflamedSuggestions, selfCareGroups } from '../../src/ui/planText';

describe('inflamedNotes', () => {
  it('words an inflamed right calf: no deep work on the calf muscles, the hamstrings treated gently', () => {
    const e = explain({ sites: [{ region: 'calf', side: 'right', inflamed: true }] });
    const notes = inflamedNotes(e, 'plain');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.key).toBe('calf|right');
    expect(notes[0]!.text).toMatch(/^The right calf is inflamed: no deep work on the calf muscles/);
    expect(notes[0]!.text).toMatch(/hamstrings.* may be treated gently\.$/);
    // A group that gets no deep work is never also one to treat gently.
    const [avoided, gentle] = notes[0]!.text.split(';');
    expect(gentle).not.toMatch(/calf muscles/);
    expect(avoided).toContain('calf muscles');
  });

  it('gives nothing without an inflamed site, and one sentence per inflamed site', () => {
    expect(inflamedNotes(explain({ sites: [{ region: 'calf', side: 'right' }] }), 'plain')).toEqual([]);
    const two = explain({
      sites: [
        { region: 'calf', side: 'right', inflamed: true },
        { region: 'calf', side: 'left' },
        { region: 'outer_elbow', side: 'left', inflamed: true },
      ],
    });
    expect(inflamedNotes(two, 'medical').map((n) => n.key)).toEqual(['calf|right', 'outer_elbow|left']);
  });
});

describe('inflamedSuggestions', () => {
  it('suggests the mark for a site where an inflammatory condition is felt, not for a marked one', () => {
    const e = explain({ sites: [{ region: 'calf', side: 'right' }] });
    const inflammatory = e.conditions.filter((c) => c.inflammatory);
    expect(inflammatory.length).toBeGreaterThan(0);
    const s = inflamedSuggestions(e, 'plain');
    expect(s.map((x) => x.key)).toEqual(['calf|right']);
    expect(inflammatory.map((c) => c.plainName)).toContain(s[0]!.condition);
    expect(
      inflamedSuggestions(explain({ sites: [{ region: 'calf', side: 'right', inflamed: true }] }), 'plain'),
    ).toEqual([]);
  });
});

describe('selfCareGroups', () => {
  it('groups by kind in a fixed order and drops repeated texts', () => {
    const groups = selfCareGroups([
      { kind: 'posture', text: 'Stand tall.', sources: [] },
      { kind: 'stretch', muscleId: 'soleus', text: 'Calf stretch.', sources: [] },
      { kind: 'stretch', muscleId: 'soleus', text: 'Calf stretch.', sources: [] },
      { kind: 'strengthen', text: 'Side-lying leg lifts.', sources: [] },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['stretch', 'strengthen', 'posture']);
    expect(groups[0]!.items).toHaveLength(1);
  });
});
