import { describe, expect, it } from 'vitest';
import {
  changedIn,
  createExplorerStore,
  INITIAL_STATE,
  SHARED_KEYS,
  sharedPart,
  WORK_KEYS,
  workOf,
} from '../../src/store/explorerStore';
import { registerSnapshotCapture, takeSnapshot } from '../../src/store/snapshotBridge';
import { onViewRequest } from '../../src/store/viewRequests';

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

  it('asks the camera for the view on every view choice, even the same view, and when work is restored', () => {
    const store = createExplorerStore();
    const asked: string[] = [];
    const withdraw = onViewRequest((v) => asked.push(v));
    store.getState().setView('front');
    store.getState().setView('front');
    store.getState().setView('back');
    expect(store.getState().view).toBe('back');
    store.getState().restore({ view: 'left' });
    store
      .getState()
      .openWork({ sites: [], findings: [], vocabulary: 'plain', body: 'male', notes: '', goal: '', intake: [] });
    expect(asked).toEqual(['front', 'front', 'back', 'left', 'left']);
    withdraw();
    store.getState().setView('right');
    expect(asked).toHaveLength(5);
    expect('viewNonce' in store.getState()).toBe(false);
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
    expect(Object.keys(shared).sort()).toEqual(['body', 'findings', 'focus', 'sites', 'source', 'view', 'vocabulary']);
  });

  it('takes a picture through the bridge the 3D view registers, and keeps only the result', () => {
    const store = createExplorerStore();
    expect(takeSnapshot(store)).toBe(false);
    const withdraw = registerSnapshotCapture(() => 'data:image/png;base64,AAAA');
    expect(takeSnapshot(store)).toBe(true);
    expect(store.getState().snapshot).toMatch(/^data:image\/png/);
    expect(Object.keys(store.getState())).not.toContain('snapshotRequest');
    withdraw();
    expect(takeSnapshot(store)).toBe(false);
    const failing = registerSnapshotCapture(() => {
      throw new Error('context lost');
    });
    expect(takeSnapshot(store)).toBe(false);
    failing();
  });
});

describe('pain log, inflamed marks, goal and intake', () => {
  it('marks a selected site inflamed and back, and ignores sites not selected', () => {
    const store = createExplorerStore();
    store.getState().addSite({ region: 'calf', side: 'right' });
    store.getState().toggleInflamed('calf|right');
    expect(store.getState().sites).toEqual([{ region: 'calf', side: 'right', inflamed: true }]);
    store.getState().toggleInflamed('calf|right');
    expect(store.getState().sites).toEqual([{ region: 'calf', side: 'right' }]);
    const before = store.getState().sites;
    store.getState().toggleInflamed('calf|left');
    expect(store.getState().sites).toBe(before);
  });

  it('keeps a 0–10 pain score per selected site, clamped, and forgets it with the site', () => {
    const store = createExplorerStore();
    const s = store.getState();
    s.addSite({ region: 'calf', side: 'right' });
    s.setPain('calf|right', 6);
    s.setPain('calf|left', 4);
    expect(store.getState().pain).toEqual({ 'calf|right': 6 });
    s.setPain('calf|right', 14);
    expect(store.getState().pain).toEqual({ 'calf|right': 10 });
    s.setPain('calf|right', -3.4);
    expect(store.getState().pain).toEqual({ 'calf|right': 0 });
    s.setPain('calf|right', null);
    expect(store.getState().pain).toEqual({});
    s.setPain('calf|right', 5);
    s.removeSite({ region: 'calf', side: 'right' });
    expect(store.getState().pain).toEqual({});
  });

  it('keeps the goal and the intake answers', () => {
    const store = createExplorerStore();
    store.getState().setGoal('Sleep through the night.');
    store.getState().setIntake('diabetes', true);
    store.getState().setIntake('pregnancy', true);
    store.getState().setIntake('diabetes', false);
    expect(store.getState()).toMatchObject({ goal: 'Sleep through the night.', intake: ['pregnancy'] });
  });

  it('opens saved work with its scores and reads it back the same', () => {
    const store = createExplorerStore({ source: 'study', focus: { id: 'supinator', side: 'right' } });
    const work = {
      sites: [{ region: 'calf', side: 'right', inflamed: true, pain: 7 }] as const,
      findings: [],
      vocabulary: 'medical' as const,
      body: 'male' as const,
      notes: 'n',
      goal: 'g',
      intake: ['diabetes'] as const,
    };
    store.getState().openWork({ ...work, sites: [...work.sites], intake: [...work.intake] });
    const s = store.getState();
    expect(s.sites).toEqual([{ region: 'calf', side: 'right', inflamed: true }]);
    expect(s.pain).toEqual({ 'calf|right': 7 });
    expect(s.source).toBe('pain');
    expect(s.focus).toBeNull();
    expect(workOf(s)).toEqual(work);
  });

  it('names every field a session or a link holds, so none is forgotten when saving or sharing', () => {
    const a = createExplorerStore().getState();
    for (const k of WORK_KEYS) expect(changedIn(WORK_KEYS, a, { ...a, [k]: Symbol(k) } as never)).toBe(true);
    expect(changedIn(WORK_KEYS, a, { ...a, hover: null, view: 'back' })).toBe(false);
    expect(changedIn(SHARED_KEYS, a, { ...a, view: 'back' })).toBe(true);
    expect(changedIn(SHARED_KEYS, a, { ...a, notes: 'x', pain: { a: 1 } })).toBe(false);
  });
});
