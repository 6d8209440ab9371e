/**
 * The share link never carries health data: the intake answers (and the pain scores, notes and
 * goal) stay on the device, whatever the state holds.
 */
import { describe, expect, it } from 'vitest';
import { INTAKE_IDS } from '../../src/domain/ids';
import { createExplorerStore, sharedPart } from '../../src/store/explorerStore';
import { decodeShareLink, encodeShareLink } from '../../src/store/shareLink';

describe('share link and the health intake', () => {
  const store = createExplorerStore();
  store.getState().addSite({ region: 'low_back', side: 'left' });
  for (const id of INTAKE_IDS) store.getState().setIntake(id, true);
  store.getState().setNotes('private note');
  store.getState().setGoal('walk the dog');
  const hash = encodeShareLink(sharedPart(store.getState()));

  it('holds every intake answer in the store (the case is a real one)', () => {
    expect(store.getState().intake).toEqual([...INTAKE_IDS]);
  });

  it('writes no intake id, note or goal into the link', () => {
    for (const id of INTAKE_IDS) expect(hash).not.toContain(id);
    expect(hash).not.toMatch(/intake|private|dog/);
    expect(hash).toContain('low_back:left');
  });

  it('reads back a state without intake answers', () => {
    const { state } = decodeShareLink(hash);
    expect(state).not.toHaveProperty('intake');
    const opened = createExplorerStore();
    opened.getState().restore(state);
    expect(opened.getState().intake).toEqual([]);
    expect(opened.getState().sites).toEqual([{ region: 'low_back', side: 'left' }]);
  });

  it('ignores an intake parameter put into a link by hand', () => {
    const { state } = decodeShareLink(`${hash}&i=saddle_numbness&intake=pregnancy`);
    expect(state).not.toHaveProperty('intake');
  });
});
