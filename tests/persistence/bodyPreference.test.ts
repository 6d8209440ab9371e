import { describe, expect, it } from 'vitest';
import { BODY_KEY, loadBodyPreference, saveBodyPreference } from '../../src/persistence/bodyPreference';
import { memoryStorage } from './memoryStorage';

const now = new Date('2026-12-04T07:00:00.000Z');

describe('the body remembered on the device', () => {
  it('is none on a first visit, with nothing to report', () => {
    expect(loadBodyPreference(memoryStorage(), now)).toEqual({ body: null, problem: null });
  });

  it('reads back what was saved', () => {
    const storage = memoryStorage();
    expect(saveBodyPreference(storage, 'female')).toBe(true);
    expect(storage.getItem(BODY_KEY)).toBe('female');
    expect(loadBodyPreference(storage, now)).toEqual({ body: 'female', problem: null });
    saveBodyPreference(storage, 'male');
    expect(loadBodyPreference(storage, now).body).toBe('male');
  });

  it('keeps a value that is not a body aside and says so plainly', () => {
    for (const raw of ['robot', '', '"female"', 'FEMALE', '{}']) {
      const storage = memoryStorage({ [BODY_KEY]: raw });
      const r = loadBodyPreference(storage, now);
      expect(r.body).toBeNull();
      expect(r.problem).toMatch(/could not be read, so the default body is shown/);
      expect(storage.getItem(BODY_KEY)).toBeNull();
      const kept = Object.entries(storage.dump()).filter(([k]) => k.startsWith('myotrace.quarantine.body.'));
      expect(kept.map(([, v]) => v)).toEqual([raw]);
      expect(r.problem).toContain(kept[0]![0]);
    }
  });

  it('survives storage that refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(loadBodyPreference(refusing, now)).toEqual({ body: null, problem: null });
    expect(saveBodyPreference(refusing, 'female')).toBe(false);
  });
});
