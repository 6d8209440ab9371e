import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/explorerStore';

describe('the explorer store: hover, shown view and quiz seed', () => {
  it('keeps the hover object while the pointer stays over the same part', () => {
    const store = createExplorerStore();
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().setHover({ kind: 'region', id: 'calf', side: 'left' });
    const first = store.getState().hover;
    store.getState().setHover({ kind: 'region', id: 'calf', side: 'left' });
    expect(store.getState().hover).toBe(first);
    expect(changes).toBe(1);
    store.getState().setHover({ kind: 'region', id: 'calf', side: 'right' });
    store.getState().setHover(null);
    store.getState().setHover(null);
    expect(changes).toBe(3);
  });

  it('a view button shows its view pressed at once; the 3D view reports when it turns away', () => {
    const store = createExplorerStore();
    store.getState().setShownView(null);
    store.getState().setView('back');
    expect(store.getState().shownView).toBe('back');
    store.getState().setShownView(null);
    expect(store.getState().shownView).toBeNull();
    expect(store.getState().view).toBe('back');
  });

  it('gives quizzes the seed a test set, then the next ones; random seeds otherwise', () => {
    const store = createExplorerStore();
    store.getState().setQuizSeed(41);
    expect([store.getState().takeQuizSeed(), store.getState().takeQuizSeed()]).toEqual([41, 42]);
    store.getState().setQuizSeed(null);
    const seed = store.getState().takeQuizSeed();
    expect(Number.isInteger(seed) && seed >= 0).toBe(true);
    expect(store.getState().quizSeed).toBeNull();
  });
});
