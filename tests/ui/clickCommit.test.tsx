// @vitest-environment happy-dom
/**
 * What a click commits first (docs/budgets.md, issue 13): the safety alerts and the primary
 * muscles in the store update's own commit; the site chips, the screen-reader announcement, the
 * colour legend and the region list's pressed toggles in a deferred render after it, so they never
 * hold up that first commit.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExplorer } from '../../src/store/explorerStore';
import { Legend } from '../../src/ui/Legend';
import { PainPanel } from '../../src/ui/PainPanel';
import { freshStores } from './render';

freshStores();

// Outside act(), React schedules as in the browser: a store update commits in a microtask, a
// deferred render in a later task.
const flag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let before: boolean | undefined;
beforeAll(() => {
  before = flag.IS_REACT_ACT_ENVIRONMENT;
  flag.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  flag.IS_REACT_ACT_ENVIRONMENT = before;
});

/** Let the microtasks run (the store update's synchronous commit), not the next task. */
async function microtasks() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('a click on the body', () => {
  it('commits the primary muscles first, and the chips, announcement, legend and region list after', async () => {
    const { container } = render(
      <>
        <PainPanel />
        <Legend />
      </>,
    );
    const chips = () => screen.queryByRole('list', { name: 'Selected pain sites' });
    const legend = () => screen.queryByRole('region', { name: 'Colour legend' });
    const status = () => container.querySelector('[role="status"]')?.textContent;
    const pressedInList = () => container.querySelectorAll('.region-picker [aria-pressed="true"]').length;
    expect(chips()).toBeNull();
    useExplorer.getState().addSite({ region: 'front_of_thigh', side: 'right' });
    await microtasks();
    // The first commit: the primary muscles are there, the rest not yet.
    expect(container.querySelector('#primary-h')).not.toBeNull();
    expect(chips()).toBeNull();
    expect(legend()).toBeNull();
    expect(status()).toBe('No pain site selected.');
    expect(pressedInList()).toBe(0);
    // Then the deferred render.
    await waitFor(() => expect(chips()).not.toBeNull());
    expect(legend()).not.toBeNull();
    expect(status()).toMatch(/selected: \d+ muscles likely involved/);
    await waitFor(() => expect(pressedInList()).toBe(1));
  });
});
