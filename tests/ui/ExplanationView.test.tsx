// @vitest-environment happy-dom
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { getMuscle } from '../../src/domain/knowledgeBase';
import { useExplorer } from '../../src/store/explorerStore';
import { ExplanationView } from '../../src/ui/ExplanationView';
import { freshStores } from './render';

freshStores(() => ({ sites: [{ region: 'outer_elbow', side: 'right' }] }));

describe('the explanation panel', () => {
  it('lists the primary muscles of the pain site in rank order, each with its side', () => {
    render(<ExplanationView />);
    const expected = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] }).primary;
    const list = within(screen.getByRole('heading', { name: /muscles most likely involved/i }).closest('section')!);
    const items = list.getAllByRole('listitem');
    expect(items).toHaveLength(expected.length);
    expected.forEach((m, i) => {
      expect(items[i]!.textContent).toContain(m.why);
      expect(items[i]!.textContent?.toLowerCase()).toContain('right');
    });
  });

  it('shows cautions, and switches to medical terms with the vocabulary', () => {
    render(<ExplanationView />);
    expect(screen.getByRole('heading', { name: /good to know/i })).toBeTruthy();
    act(() => useExplorer.getState().setVocabulary('medical'));
    expect(screen.getByRole('heading', { name: /primary muscles/i })).toBeTruthy();
    const first = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] }).primary[0]!;
    expect(screen.getAllByText(new RegExp(getMuscle(first.id).name, 'i')).length).toBeGreaterThan(0);
  });

  it('opens a muscle card when a muscle is chosen', () => {
    render(<ExplanationView />);
    const first = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] }).primary[0]!;
    const section = screen.getByRole('heading', { name: /muscles most likely involved/i }).closest('section')!;
    act(() => within(section).getAllByRole('button')[0]!.click());
    expect(useExplorer.getState().focus).toEqual({ id: first.id, side: first.side });
  });

  it('fills the compensating, conditions and cautions lists for the current sites once rendered (none left busy)', () => {
    const { container } = render(<ExplanationView />);
    act(() => useExplorer.setState({ sites: [{ region: 'front_of_thigh', side: 'right' }] }));
    const expected = explain({ sites: [{ region: 'front_of_thigh', side: 'right' }] });
    expect(container.querySelectorAll('[aria-busy]')).toHaveLength(0);
    const primary = within(screen.getByRole('heading', { name: /muscles most likely involved/i }).closest('section')!);
    expect(primary.getAllByRole('listitem')).toHaveLength(expected.primary.length);
    expect(container.querySelectorAll('section[aria-labelledby="conditions-h"] li.condition')).toHaveLength(
      expected.conditions.length,
    );
    const overworking = expected.compensating.filter((m) => m.state === 'overworking');
    expect(overworking.length).toBeGreaterThan(0);
    expect(container.querySelectorAll('section[aria-labelledby="comp-h"] li.entry')).toHaveLength(overworking.length);
    expect(screen.getByRole('heading', { name: /good to know/i })).toBeTruthy();
  });
});
