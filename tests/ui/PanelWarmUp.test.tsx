// @vitest-environment happy-dom
/**
 * The panel warm-up (issue 13): while nothing is chosen, what a first click shows (the safety
 * alerts and primary muscles of a site) is rendered once into a detached element, so the first
 * click's commit does not compile it, and nothing of it reaches the page or the store.
 */
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useExplorer } from '../../src/store/explorerStore';
import { PanelWarmUp, renderPanelSample } from '../../src/ui/PanelWarmUp';
import { freshStores } from './render';

freshStores();

describe('the panel warm-up', () => {
  it('renders a real answer (safety alerts and primary muscles) into the element it is given', () => {
    const element = document.createElement('div');
    const root = renderPanelSample(element);
    expect(root).not.toBeNull();
    // The left chest's answer: its heart red flag and its muscles.
    expect(element.querySelector('.safety-cause')?.textContent).toBeTruthy();
    expect(element.querySelectorAll('li').length).toBeGreaterThan(3);
    // Plain words (the default vocabulary): the pectoralis major first.
    expect(element.textContent).toMatch(/Large chest muscle \(left\)/);
    root?.unmount();
    expect(element.childElementCount).toBe(0);
  });

  it('leaves the page and the store as they were', async () => {
    // The idle callback runs in a task of its own, as in the browser.
    const idle = vi.fn((cb: () => void) => setTimeout(cb, 0));
    vi.stubGlobal('requestIdleCallback', idle);
    const state = useExplorer.getState();
    const { container } = render(<PanelWarmUp />);
    await waitFor(() => expect(idle).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 10));
    expect(container.innerHTML).toBe('');
    expect(document.body.textContent).not.toMatch(/chest muscle/i);
    expect(useExplorer.getState()).toBe(state);
    vi.unstubAllGlobals();
  });
});
