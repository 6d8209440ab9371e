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

  it('pass the vocabulary and the health intake to the engine (the alerts are worded and complete)', () => {
    const chest = [
      { region: 'chest', side: 'left' },
      { region: 'inner_elbow', side: 'left' },
      { region: 'jaw', side: 'left' },
    ] as const;
    const medical = selectExplanation({ ...INITIAL_STATE, sites: chest, vocabulary: 'medical' });
    expect(medical).toEqual(explain({ sites: chest, intake: [] }, 'medical'));
    const heart = medical.safety[0]!;
    expect(heart.urgency).toBe('emergency');
    expect(heart.text).toBe(heart.therapistText);
    const plain = selectExplanation({ ...INITIAL_STATE, sites: chest, vocabulary: 'plain' });
    expect(plain.safety[0]!.text).toBe(plain.safety[0]!.clientText);

    const intake = ['saddle_numbness', 'blood_thinners'] as const;
    const withIntake = selectExplanation({ ...INITIAL_STATE, sites: [{ region: 'low_back', side: 'left' }], intake });
    expect(withIntake).toEqual(explain({ sites: [{ region: 'low_back', side: 'left' }], intake }, 'plain'));
    expect(withIntake.safety[0]!.urgency).toBe('emergency');
    expect(withIntake.safety.some((a) => a.sites.length === 0)).toBe(true);
    expect(selectExplanation({ ...INITIAL_STATE, sites: [{ region: 'low_back', side: 'left' }] }).safety).not.toEqual(
      withIntake.safety,
    );

    const findings = selectFindings({
      ...INITIAL_STATE,
      findings: [{ id: 'forward_head' }],
      intake,
      vocabulary: 'medical',
    });
    expect(findings?.safety.map((a) => a.text)).toEqual(
      explain({ sites: [], intake }, 'medical').safety.map((a) => a.therapistText),
    );
  });

  it('highlight nothing when nothing is selected', () => {
    expect(selectHasHighlight(INITIAL_STATE)).toBe(false);
    expect(selectFindings(INITIAL_STATE)).toBeUndefined();
  });

  it('highlight the pain explanation or the findings, as the tab says', () => {
    const findings = [{ id: 'forward_head' }] as const;
    const both = { ...state, findings };
    const pain = selectHighlight({ ...both, source: 'pain' });
    expect([...pain.values()].every((h) => ['primary', 'compensating', 'inhibited'].includes(h.role))).toBe(true);
    const posture = selectHighlight({ ...both, source: 'findings' });
    expect([...posture.values()].every((h) => h.role === 'overactive' || h.role === 'underactive')).toBe(true);
    expect(posture.get('sternocleidomastoid|left')?.role).toBe('overactive');
  });
});
