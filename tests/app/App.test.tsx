// @vitest-environment happy-dom
/**
 * The composition root renders the panels only once the page's work is restored: a link's pain
 * sites are in the store at the workspace's first render, whichever chunk arrives first. (The
 * region list is open at mount when nothing is selected; mounted before a link's sites arrived, it
 * stayed open, and a click meant to open it closed it: the saved-work e2e test failed under load.)
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useExplorer } from '../../src/store/explorerStore';

const seen: number[] = [];
let releaseLink: () => void = () => undefined;

vi.mock('../../src/ui/Workspace', () => ({
  default: function Workspace() {
    seen.push(useExplorer.getState().sites.length);
    return <p>workspace</p>;
  },
}));
vi.mock('../../src/scene/BodyCanvas', () => ({ default: () => null }));
vi.mock('../../src/app/shareLinkSync', async () => {
  await new Promise<void>((resolve) => {
    releaseLink = resolve;
  });
  return {
    startShareLinkSync: () => {
      useExplorer.getState().restore({ sites: [{ region: 'temple', side: 'left' }] });
      return () => undefined;
    },
  };
});
vi.mock('../../src/app/savedWorkSync', () => ({ startSavedWorkSync: () => () => undefined }));
vi.mock('../../src/app/quizProgressSync', () => ({ startQuizProgressSync: () => () => undefined }));

const { App } = await import('../../src/app/App');

/** Let pending imports and effects run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

beforeEach(() => {
  seen.length = 0;
  useExplorer.getState().restore({ sites: [] });
  // The body's first frame is drawn: the workspace may load at once.
  useExplorer.getState().setLoad({ phase: 'ready', progress: 1 });
});
afterEach(() => releaseLink());

describe('the app’s first render of the panels', () => {
  it('waits for the link to be applied, so the panels never show an empty selection first', async () => {
    render(<App />);
    await settle();
    // The workspace's chunk is there and the first frame is drawn, but the link is not applied yet.
    expect(screen.queryByText('workspace')).toBeNull();
    releaseLink();
    await settle();
    expect(screen.getByText('workspace')).toBeTruthy();
    expect(seen[0]).toBe(1);
  });
});
