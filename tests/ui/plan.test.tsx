// @vitest-environment happy-dom
/**
 * The plan tab and the site chips rendered in a DOM: the sections from the domain's plan, the
 * empty state, the goal field, the inflamed toggle, the pain slider and the "mark as inflamed?" hint.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { getMuscle } from '../../src/domain/knowledgeBase';
import { muscleLabel } from '../../src/domain/labels';
import { INITIAL_STATE, useExplorer } from '../../src/store/explorerStore';
import { PlanPanel } from '../../src/ui/PlanPanel';
import { SiteChips } from '../../src/ui/SiteChips';

const fresh = { ...INITIAL_STATE, sites: [], findings: [], pain: {}, goal: '', intake: [] };

beforeEach(() => {
  useExplorer.setState(fresh);
});

afterEach(() => {
  cleanup();
  useExplorer.setState(fresh);
});

const names = (section: string) =>
  [...document.querySelectorAll(`[data-plan="${section}"] .entry-name`)].map((e) => e.textContent);

describe('PlanPanel', () => {
  it('says what to do when nothing is selected, and keeps the goal', () => {
    render(<PlanPanel />);
    expect(screen.getByText(/Nothing is selected yet/)).toBeTruthy();
    expect(document.querySelector('[data-plan]')).toBeNull();
    const goal = screen.getByLabelText('Goal of the programme') as HTMLInputElement;
    fireEvent.change(goal, { target: { value: 'Sleep without shoulder pain' } });
    expect(useExplorer.getState().goal).toBe('Sleep without shoulder pain');
    expect(goal.value).toBe('Sleep without shoulder pain');
  });

  it('lists the inflamed calf under avoid and the rest to release, in the domain order', () => {
    const sites = [{ region: 'calf', side: 'right', inflamed: true }] as const;
    useExplorer.setState({ sites: [...sites], vocabulary: 'medical' });
    render(<PlanPanel />);
    const plan = explain({ sites: [...sites] }, 'medical').plan;
    const label = (m: { id: Parameters<typeof getMuscle>[0]; side: Parameters<typeof muscleLabel>[1] }) =>
      muscleLabel(getMuscle(m.id), m.side, 'medical');
    expect(names('plan-avoid')).toEqual(plan.avoid.map(label));
    expect(names('plan-release')).toEqual(plan.release.map(label));
    expect(names('plan-avoid')).toContain('Soleus (right)');
    expect(screen.getByText(/is inflamed: no deep work on the calf muscles/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: /reassess after 3 sessions/ })).toBeTruthy();
  });

  it('merges the findings into the plan: Trendelenburg on the right activates the right gluteus medius', () => {
    useExplorer.setState({ findings: [{ id: 'trendelenburg_gait', side: 'right' }], vocabulary: 'medical' });
    render(<PlanPanel />);
    expect(names('plan-activate')).toContain('Gluteus medius (right)');
    expect(names('plan-activate')).not.toContain('Gluteus medius (left)');
    // No inflamed site: no avoid section at all.
    expect(document.querySelector('[data-plan="plan-avoid"]')).toBeNull();
  });
});

describe('SiteChips', () => {
  it('marks a site inflamed with its toggle and scores the pain with a labelled slider', () => {
    useExplorer.setState({ sites: [{ region: 'calf', side: 'right' }] });
    render(<SiteChips />);
    const list = screen.getByRole('list', { name: 'Selected pain sites' });
    const toggle = within(list).getByRole('button', { name: 'Acute / inflamed: Right calf' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    act(() => toggle.click());
    expect(useExplorer.getState().sites[0]!.inflamed).toBe(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(within(list).getByText('No deep work')).toBeTruthy();

    const slider = within(list).getByRole('slider', { name: 'Pain score, Right calf' }) as HTMLInputElement;
    expect(slider.getAttribute('aria-valuetext')).toBe('Pain not scored');
    fireEvent.change(slider, { target: { value: '6' } });
    expect(useExplorer.getState().pain['calf|right']).toBe(6);
    expect(slider.getAttribute('aria-valuetext')).toBe('Pain 6 of 10');
    expect(slider.min).toBe('0');
    expect(slider.max).toBe('10');
  });

  it('suggests the mark where an inflammatory condition is likely, and hides it once marked', () => {
    useExplorer.setState({ sites: [{ region: 'calf', side: 'right' }] });
    render(<SiteChips />);
    const hint = screen.getByRole('button', { name: 'Mark as inflamed? Right calf' });
    act(() => hint.click());
    expect(useExplorer.getState().sites[0]!.inflamed).toBe(true);
    expect(screen.queryByRole('button', { name: 'Mark as inflamed? Right calf' })).toBeNull();
  });

  it('removing a site drops its score', () => {
    useExplorer.setState({ sites: [{ region: 'calf', side: 'right' }], pain: { 'calf|right': 4 } });
    render(<SiteChips />);
    act(() => screen.getByRole('button', { name: 'Remove Right calf' }).click());
    expect(useExplorer.getState().sites).toEqual([]);
    expect(useExplorer.getState().pain).toEqual({});
  });
});
