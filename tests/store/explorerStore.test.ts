import { describe, expect, it } from 'vitest';
import { createExplorerStore, INITIAL_STATE, sharedPart } from '../../src/store/explorerStore';

describe('explorer store', () => {
  it('starts empty, in plain words, on the front view', () => {
    const s = createExplorerStore().getState();
    expect(s.sites).toEqual([]);
    expect(s.findings).toEqual([]);
    expect(s.vocabulary).toBe('plain');
    expect(s.view).toBe('front');
    expect(s.source).toBe('pain');
    expect(s.focus).toBeNull();
  });

  it('adds pain sites once each, in order, and switches to the pain explanation', () => {
    const store = createExplorerStore({ source: 'findings' });
    store.getState().addSite({ region: 'outer_elbow', side: 'right' });
    store.getState().addSite({ region: 'temple', side: 'left' });
    store.getState().addSite({ region: 'outer_elbow', side: 'right' });
    expect(store.getState().sites).toEqual([
      { region: 'outer_elbow', side: 'right' },
      { region: 'temple', side: 'left' },
    ]);
    expect(store.getState().source).toBe('pain');
  });

  it('keeps the two sides of a region apart', () => {
    const store = createExplorerStore();
    store.getState().addSite({ region: 'outer_elbow', side: 'right' });
    store.getState().addSite({ region: 'outer_elbow', side: 'left' });
    expect(store.getState().sites).toHaveLength(2);
    store.getState().removeSite({ region: 'outer_elbow', side: 'right' });
    expect(store.getState().sites).toEqual([{ region: 'outer_elbow', side: 'left' }]);
  });

  it('toggles a site, clears all, and closes the muscle card when the sites change', () => {
    const store = createExplorerStore();
    const { toggleSite, focusMuscle, clearSites } = store.getState();
    toggleSite({ region: 'forehead', side: 'midline' });
    focusMuscle({ id: 'frontalis', side: 'both' });
    expect(store.getState().focus).not.toBeNull();
    toggleSite({ region: 'forehead', side: 'midline' });
    expect(store.getState().sites).toEqual([]);
    expect(store.getState().focus).toBeNull();
    toggleSite({ region: 'forehead', side: 'midline' });
    toggleSite({ region: 'calf', side: 'left' });
    clearSites();
    expect(store.getState().sites).toEqual([]);
  });

  it('toggles findings, sets their side, and shows the findings explanation', () => {
    const store = createExplorerStore();
    const s = () => store.getState();
    s().toggleFinding({ id: 'elevated_shoulder' });
    expect(s().source).toBe('findings');
    s().setFindingSide('elevated_shoulder', 'right');
    expect(s().findings).toEqual([{ id: 'elevated_shoulder', side: 'right' }]);
    s().setFindingSide('elevated_shoulder', undefined);
    expect(s().findings).toEqual([{ id: 'elevated_shoulder' }]);
    s().toggleFinding({ id: 'elevated_shoulder' });
    expect(s().findings).toEqual([]);
    s().toggleFinding({ id: 'knees_cave_in' });
    s().clearFindings();
    expect(s().findings).toEqual([]);
  });

  it('bumps the view counter on every view choice, even the same view', () => {
    const store = createExplorerStore();
    store.getState().setView('front');
    store.getState().setView('front');
    expect(store.getState().viewNonce).toBe(2);
    store.getState().setView('back');
    expect(store.getState().view).toBe('back');
  });

  it('restores a shared state, keeps what it lacks, and adds each notice once', () => {
    const store = createExplorerStore({ notes: 'kept' });
    store.getState().restore({ sites: [{ region: 'calf', side: 'left' }], vocabulary: 'medical' }, ['Notice A']);
    store.getState().restore({}, ['Notice A', 'Notice B']);
    const s = store.getState();
    expect(s.sites).toEqual([{ region: 'calf', side: 'left' }]);
    expect(s.vocabulary).toBe('medical');
    expect(s.view).toBe('front');
    expect(s.notes).toBe('kept');
    expect(s.notices).toEqual(['Notice A', 'Notice B']);
    store.getState().dismissNotice(0);
    expect(store.getState().notices).toEqual(['Notice B']);
  });

  it('gives the shared part of the state for the share link (no notes)', () => {
    const shared = sharedPart({ ...INITIAL_STATE, notes: 'private' });
    expect(Object.keys(shared).sort()).toEqual(['findings', 'focus', 'sites', 'source', 'view', 'vocabulary']);
  });

  it('asks the scene for a picture and keeps its answer', () => {
    const store = createExplorerStore();
    store.getState().requestSnapshot();
    expect(store.getState().snapshotRequest).toBe(1);
    store.getState().setSnapshot('data:image/png;base64,AAAA');
    expect(store.getState().snapshot).toMatch(/^data:image\/png/);
  });
});
