// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { explainFindings } from '../../src/domain/explain';
import { getFinding } from '../../src/domain/knowledgeBase';
import { useExplorer } from '../../src/store/explorerStore';
import { FindingsPanel } from '../../src/ui/FindingsPanel';
import { muscleText } from '../../src/ui/useVocabulary';
import { freshStores } from './render';

freshStores(() => ({ source: 'findings' }));

describe('the findings panel', () => {
  it('ticks a finding and lists its overactive and underactive muscles', () => {
    render(<FindingsPanel />);
    const f = getFinding('forward_head');
    act(() => screen.getByRole('checkbox', { name: f.plainName }).click());
    expect(useExplorer.getState().findings).toEqual([{ id: 'forward_head' }]);
    const explained = explainFindings([{ id: 'forward_head' }]);
    expect(explained.overactive.length + explained.underactive.length).toBeGreaterThan(0);
    const text = document.body.textContent ?? '';
    for (const m of [...explained.overactive, ...explained.underactive])
      expect(text, m.id).toContain(muscleText(m.id, m.side, 'plain'));
  });

  it('asks the side of a one-sided finding and keeps it', () => {
    render(<FindingsPanel />);
    const f = getFinding('elevated_shoulder');
    act(() => screen.getByRole('checkbox', { name: f.plainName }).click());
    const side = screen.getByRole('combobox', { name: `Side of: ${f.plainName}` });
    act(() => {
      fireEvent.change(side, { target: { value: 'left' } });
    });
    expect(useExplorer.getState().findings).toEqual([{ id: 'elevated_shoulder', side: 'left' }]);
  });
});
