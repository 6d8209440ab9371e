import { describe, expect, it } from 'vitest';
import { muscleKey } from '../../src/domain/explain';
import { getMuscle, MUSCLES } from '../../src/domain/knowledgeBase';
import {
  layerShown,
  MUSCLE_MESHES,
  meshKeysOf,
  PEEL_LEVELS,
  peelFor,
  type StudyViewInput,
  studyView,
} from '../../src/domain/studyView';

const ALL = { skin: true, muscles: true, bones: true };
const base: StudyViewInput = { peel: 1, tissues: ALL, mode: 'all', selection: [] };
const shown = (v: ReturnType<typeof studyView>, show: string) =>
  [...v.muscles].filter(([, s]) => s === show).map(([k]) => k);

describe('study view: layers', () => {
  it('lists every muscle mesh once, both sides of paired muscles', () => {
    const expected = MUSCLES.reduce((n, m) => n + (m.bilateral ? 2 : 1), 0);
    expect(MUSCLE_MESHES).toHaveLength(expected);
    expect(new Set(MUSCLE_MESHES.map((m) => m.key)).size).toBe(expected);
    expect(studyView(base).muscles.size).toBe(expected);
  });

  it('has six peel levels, skin to bone', () => {
    expect(PEEL_LEVELS.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(PEEL_LEVELS[0]!.name).toBe('Skin');
    expect(PEEL_LEVELS[5]!.name).toBe('Bones');
  });

  it('shows the skin only at the skin level, with every muscle under it', () => {
    const v = studyView({ ...base, peel: 0 });
    expect(v.skin).toBe('solid');
    expect(shown(v, 'hidden')).toEqual([]);
    expect(studyView(base).skin).toBe('hidden');
  });

  it('peels the superficial muscles off, then the deeper ones, down to the bones', () => {
    for (const peel of [1, 2, 3, 4] as const) {
      const v = studyView({ ...base, peel });
      for (const m of MUSCLE_MESHES) {
        expect(v.muscles.get(m.key), `${m.key} at ${peel}`).toBe(m.layer >= peel ? 'solid' : 'hidden');
      }
    }
    const bones = studyView({ ...base, peel: 5 });
    expect(shown(bones, 'solid')).toEqual([]);
    expect(bones.bones).toBe('solid');
  });

  it('switches skin, muscles and skeleton on their own', () => {
    expect(studyView({ ...base, peel: 0, tissues: { ...ALL, skin: false } }).skin).toBe('hidden');
    expect(shown(studyView({ ...base, tissues: { ...ALL, muscles: false } }), 'solid')).toEqual([]);
    const noBones = studyView({ ...base, tissues: { ...ALL, bones: false } });
    expect(noBones.bones).toBe('hidden');
    expect(shown(noBones, 'hidden')).toEqual([]);
  });

  it('uncovers a muscle at its own layer', () => {
    const sub = getMuscle('subscapularis');
    expect(layerShown(peelFor(sub.layer), ALL, sub.layer)).toBe(true);
    expect(layerShown(1, ALL, 4)).toBe(true);
    expect(layerShown(2, ALL, 1)).toBe(false);
  });
});

describe('study view: isolate, hide and x-ray', () => {
  const selection = [
    { id: 'deltoid', side: 'left' },
    { id: 'subscapularis', side: 'both' },
  ] as const;
  const keys = [muscleKey('deltoid', 'left'), muscleKey('subscapularis', 'left'), muscleKey('subscapularis', 'right')];

  it('reads `both` as the two sides', () => {
    expect([...meshKeysOf(selection)].sort()).toEqual([...keys].sort());
    expect([...meshKeysOf([{ id: 'diaphragm', side: 'both' }])]).toEqual([muscleKey('diaphragm', 'midline')]);
  });

  it('isolates: the selected muscles alone, whatever the layer, skin off, bones kept', () => {
    const v = studyView({ ...base, peel: 0, mode: 'isolate', selection });
    expect(shown(v, 'solid').sort()).toEqual([...keys].sort());
    expect(v.skin).toBe('hidden');
    expect(v.bones).toBe('solid');
    // Left and right apart: the right deltoid stays hidden.
    expect(v.muscles.get(muscleKey('deltoid', 'right'))).toBe('hidden');
  });

  it('hides the selected muscles and keeps the rest as the layers say', () => {
    const v = studyView({ ...base, mode: 'hide', selection });
    for (const k of keys) expect(v.muscles.get(k)).toBe('hidden');
    expect(v.muscles.get(muscleKey('deltoid', 'right'))).toBe('solid');
  });

  it('x-ray: the selected muscles solid, the rest in view see-through, the skin too', () => {
    const v = studyView({ ...base, peel: 0, mode: 'xray', selection });
    expect(shown(v, 'solid').sort()).toEqual([...keys].sort());
    expect(v.muscles.get(muscleKey('deltoid', 'right'))).toBe('ghost');
    expect(v.skin).toBe('ghost');
    // What the peel took away stays away.
    const peeled = studyView({ ...base, peel: 3, mode: 'xray', selection });
    expect(peeled.muscles.get(muscleKey('deltoid', 'right'))).toBe('hidden');
    expect(peeled.muscles.get(muscleKey('deltoid', 'left'))).toBe('solid');
  });

  it('"show all" (mode all) and an empty selection undo it', () => {
    expect(studyView({ ...base, selection })).toEqual(studyView(base));
    expect(studyView({ ...base, mode: 'isolate', selection: [] })).toEqual(studyView(base));
  });

  it('always draws marked muscles, unless they are hidden on purpose', () => {
    const marked = new Set([muscleKey('subscapularis', 'right')]);
    expect(studyView({ ...base, marked }).muscles.get(muscleKey('subscapularis', 'right'))).toBe('solid');
    expect(studyView({ ...base, peel: 5, marked }).muscles.get(muscleKey('subscapularis', 'right'))).toBe('solid');
    const hidden = studyView({ ...base, mode: 'hide', selection, marked });
    expect(hidden.muscles.get(muscleKey('subscapularis', 'right'))).toBe('hidden');
  });
});
