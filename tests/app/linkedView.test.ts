import { beforeEach, describe, expect, it } from 'vitest';
import { linkedView, startLinkedView } from '../../src/app/linkedView';
import { INITIAL_STATE, useExplorer } from '../../src/store/explorerStore';

describe('the view the page starts with', () => {
  beforeEach(() => useExplorer.setState(INITIAL_STATE));

  it("is a link's view when it names a preset", () => {
    expect(linkedView('#v=1&s=calf:left&view=back')).toBe('back');
    expect(linkedView('view=left')).toBe('left');
  });

  it('is nothing without a link, without a view, or with an unknown one', () => {
    expect(linkedView('')).toBeNull();
    expect(linkedView('#')).toBeNull();
    expect(linkedView('#v=1&s=calf:left')).toBeNull();
    expect(linkedView('#view=top')).toBeNull();
    expect(linkedView('#view=%E0%A4%A')).toBeNull();
  });

  it('goes in the store before the link is applied, so the first frame is drawn from that side', () => {
    startLinkedView('#v=1&view=right');
    expect(useExplorer.getState().view).toBe('right');
    startLinkedView('#v=1&view=sideways');
    expect(useExplorer.getState().view).toBe('right');
  });
});
