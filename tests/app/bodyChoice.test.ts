import { beforeEach, describe, expect, it } from 'vitest';
import { linkedBody, startBodyChoice } from '../../src/app/bodyChoice';
import { BODY_KEY } from '../../src/persistence/bodyPreference';
import { INITIAL_STATE, useExplorer } from '../../src/store/explorerStore';
import { memoryStorage } from '../persistence/memoryStorage';

beforeEach(() => {
  useExplorer.setState({ ...INITIAL_STATE });
});

describe('the body a page starts with', () => {
  it('is the default, not yet chosen, on a first visit', () => {
    const storage = memoryStorage();
    expect(startBodyChoice('', storage)).toBe('male');
    expect(useExplorer.getState()).toMatchObject({ body: 'male', bodyChosen: false, notices: [] });
    expect(storage.getItem(BODY_KEY)).toBeNull();
  });

  it('is the one remembered on the device, and a pick is remembered', () => {
    const storage = memoryStorage({ [BODY_KEY]: 'female' });
    expect(startBodyChoice('', storage)).toBe('female');
    expect(useExplorer.getState()).toMatchObject({ body: 'female', bodyChosen: true });
    useExplorer.getState().setBody('male');
    expect(storage.getItem(BODY_KEY)).toBe('male');
  });

  it('is the link’s when a link is open (a link without one: male, as old links were)', () => {
    const storage = memoryStorage({ [BODY_KEY]: 'male' });
    expect(startBodyChoice('#v=1&body=female&w=plain', storage)).toBe('female');
    expect(storage.getItem(BODY_KEY)).toBe('female');
    useExplorer.setState({ ...INITIAL_STATE });
    expect(startBodyChoice('#v=1&s=calf:left', memoryStorage({ [BODY_KEY]: 'female' }))).toBe('male');
  });

  it('falls back to the default for a damaged remembered value, with a notice', () => {
    const storage = memoryStorage({ [BODY_KEY]: 'robot' });
    expect(startBodyChoice('', storage)).toBe('male');
    expect(useExplorer.getState().bodyChosen).toBe(false);
    expect(useExplorer.getState().notices.join(' ')).toMatch(/body chosen on this device could not be read/);
  });

  it('reads a link’s body: none without a link, the default for an unknown one', () => {
    expect(linkedBody('')).toBeNull();
    expect(linkedBody('#')).toBeNull();
    expect(linkedBody('#body=female')).toBe('female');
    expect(linkedBody('#v=1&body=robot')).toBe('male');
    expect(linkedBody('#v=1')).toBe('male');
  });
});
