// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getCondition } from '../../src/domain/knowledgeBase';
import { useExplorer } from '../../src/store/explorerStore';
import { ConditionCard } from '../../src/ui/ConditionCard';
import { freshStores } from './render';

freshStores();

describe('the condition card', () => {
  const id = 'tennis_elbow' as const;

  it('names the condition, where it is felt and the muscles involved', () => {
    render(<ConditionCard id={id} />);
    const c = getCondition(id);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(c.plainName);
    expect(screen.getByRole('heading', { name: /where it is felt/i })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /muscles involved/i })).toBeTruthy();
    expect(document.body.textContent).toContain(c.caution);
  });

  it('adds one of its regions as a pain site, with its side', () => {
    render(<ConditionCard id={id} />);
    const add = screen.getAllByRole('button', { name: /^add .* as a pain site$/i })[0]!;
    const label = add.getAttribute('aria-label') ?? '';
    act(() => add.click());
    const sites = useExplorer.getState().sites;
    expect(sites).toHaveLength(1);
    if (/left|right/i.test(label)) expect(label.toLowerCase()).toContain(sites[0]!.side!);
  });
});
