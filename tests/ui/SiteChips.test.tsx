// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useExplorer } from '../../src/store/explorerStore';
import { SiteChips } from '../../src/ui/SiteChips';
import { freshStores } from './render';

freshStores(() => ({
  sites: [
    { region: 'calf', side: 'right' },
    { region: 'forehead', side: 'midline' },
  ],
}));

describe('the site chips', () => {
  it('give each site a 0–10 pain slider, named for its site and side', () => {
    render(<SiteChips />);
    const sliders = screen.getAllByRole('slider');
    expect(sliders).toHaveLength(2);
    const calf = screen.getByRole('slider', { name: /pain score, .*right.*calf|pain score, .*calf.*right/i });
    expect(calf.getAttribute('min')).toBe('0');
    expect(calf.getAttribute('max')).toBe('10');
    expect(calf.getAttribute('aria-valuetext')).toBe('Pain not scored');
    act(() => {
      fireEvent.change(calf, { target: { value: '7' } });
    });
    expect(useExplorer.getState().pain).toEqual({ 'calf|right': 7 });
    expect(calf.getAttribute('aria-valuetext')).toBe('Pain 7 of 10');
  });

  it('forget a site’s score when the site is removed', () => {
    useExplorer.getState().setPain('calf|right', 4);
    render(<SiteChips />);
    act(() => screen.getByRole('button', { name: /remove .*calf/i }).click());
    expect(useExplorer.getState().pain).toEqual({});
  });
});
