import { describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { type ExplorerState, INITIAL_STATE } from '../../src/store/explorerStore';
import { selectExplanation, selectFindings, selectHasHighlight, selectHighlight } from '../../src/store/selectors';

describe('selectors', () => {
  const sites = [{ region: 'outer_elbow', side: 'right' }] as const;
  const state = { ...INITIAL_STATE, sites };

  it('derive the explanation from the sites with the domain engine', () => {
    expect(selectExplanation(state)).toEqual(explain({ sites }));
  });

  it('return the same object while the inputs are the same (a hover never recomputes)', () => {
    const a = selectExplanation(state);
    const hovered: ExplorerState = { ...state, hover: { kind: 'region', id: 'calf', side: 'left' } };
    const b = selectExplanation(hovered);
    expect(b).toBe(a);
    const h1 = selectHighlight(state);
    const noted: ExplorerState = { ...state, notes: 'x' };
    const h2 = selectHighlight(noted);
    expect(h2).toBe(h1);
  });

  it('highlight nothing when nothing is selected', () => {
    expect(selectHasHighlight(INITIAL_STATE)).toBe(false);
    expect(selectFindings(INITIAL_STATE)).toBeUndefined();
  });

  it('highlight the pain explanation or the findings, as the tab says', () => {
    const findings = [{ id: 'forward_head' }] as const;
    const both = { ...state, findings };
    const pain = selectHighlight({ ...both, source: 'pain' });
    expect([...pain.values()].every((h) => h.role === 'primary' || h.role === 'compensating')).toBe(true);
    const posture = selectHighlight({ ...both, source: 'findings' });
    expect([...posture.values()].every((h) => h.role === 'overactive' || h.role === 'underactive')).toBe(true);
    expect(posture.get('sternocleidomastoid|left')?.role).toBe('overactive');
  });
});
