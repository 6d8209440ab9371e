// @vitest-environment happy-dom
/**
 * The colour legend names the roles on the body now: the two compensating groups apart, and the
 * "no deep work" look once a site is marked inflamed; therapists read the medical names.
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { INITIAL_STATE, useExplorer } from '../../src/store/explorerStore';
import { Legend } from '../../src/ui/Legend';

const fresh = { ...INITIAL_STATE, sites: [], findings: [], intake: [] };

beforeEach(() => {
  useExplorer.setState(fresh);
});

afterEach(() => {
  cleanup();
  useExplorer.setState(fresh);
});

const rows = () => [...document.querySelectorAll('.legend .label-long')].map((e) => e.textContent);

describe('Legend', () => {
  it('shows nothing while nothing is highlighted', () => {
    render(<Legend />);
    expect(document.querySelector('.legend')).toBeNull();
  });

  it('names the working-harder and the switched-off groups apart, in both vocabularies', () => {
    useExplorer.setState({ sites: [{ region: 'temple', side: 'right' }] });
    render(<Legend />);
    expect(rows()).toContain('Working harder to make up for them — release');
    expect(rows()).toContain('Switched off — activate, don’t massage');
    expect(rows()).not.toContain('Inflamed: no deep work here');
    act(() => useExplorer.getState().setVocabulary('medical'));
    expect(rows()).toContain('Compensating — overworking');
    expect(rows()).toContain('Compensating — inhibited');
  });

  it('leaves out a group the body does not show', () => {
    // The palm side of the wrist has compensating muscles that overwork but none switched off.
    const site = { region: 'front_of_wrist', side: 'right' } as const;
    expect(explain({ sites: [site] }).compensating.some((c) => c.state === 'inhibited')).toBe(false);
    useExplorer.setState({ sites: [site] });
    render(<Legend />);
    expect(rows()).toContain('Likely causing the pain (stronger = more likely)');
    expect(rows()).not.toContain('Switched off — activate, don’t massage');
  });

  it('adds the no-deep-work row when a site is marked inflamed', () => {
    useExplorer.setState({ sites: [{ region: 'calf', side: 'right', inflamed: true }] });
    render(<Legend />);
    expect(rows()).toContain('Inflamed: no deep work here');
  });
});
