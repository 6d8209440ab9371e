import { BoxGeometry, Group, Mesh, MeshBasicMaterial, Ray, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { muscleKey } from '../../src/domain/explain';
import type { Show, StudyView } from '../../src/domain/studyView';
import { buildAnatomyModel, paintMuscles } from '../../src/scene/anatomyModel';
import { orderBuckets } from '../../src/scene/paint';
import { paintStudy, plainMuscleColour, showOf } from '../../src/scene/studyPaint';
import { pickStudy, studyClick } from '../../src/scene/studyPick';
import type { StudyPaint } from '../../src/store/studySelectors';

/** Two deltoids side by side, a supraspinatus behind the left one, a skin box around all (and a bone). */
function model(withBone = false) {
  const root = new Group();
  const add = (extras: Record<string, string>, x: number, z: number, size: number) => {
    const node = new Group();
    node.userData = extras;
    node.position.set(x, 0, z);
    node.add(new Mesh(new BoxGeometry(size, size, size), new MeshBasicMaterial()));
    root.add(node);
  };
  add({ kind: 'muscle', muscleId: 'deltoid', side: 'left' }, 0.3, 0, 0.1);
  add({ kind: 'muscle', muscleId: 'deltoid', side: 'right' }, -0.3, 0, 0.1);
  add({ kind: 'muscle', muscleId: 'supraspinatus', side: 'left' }, 0.3, -0.3, 0.1);
  add({ kind: 'region', regionId: 'breastbone', side: 'midline' }, 0, 0, 1.5);
  if (withBone) add({ kind: 'bone', boneId: 'sternum', side: 'midline' }, 0, -0.5, 0.1);
  return buildAnatomyModel(root);
}

function paint(muscles: Record<string, Show>, skin: Show = 'hidden'): StudyPaint {
  const view: StudyView = { skin, bones: 'solid', muscles: new Map(Object.entries(muscles)) };
  return { view, roles: new Map(), tintSelected: true };
}

const L = muscleKey('deltoid', 'left');
const R = muscleKey('deltoid', 'right');
const S = muscleKey('supraspinatus', 'left');
const fromFront = (x: number) => new Ray(new Vector3(x, 0, 5), new Vector3(0, 0, -1));

describe('study paint', () => {
  it('leaves hidden parts out of the drawn index: groups for lit, solid and see-through parts', () => {
    const m = model();
    paintStudy(m, paint({ [L]: 'solid', [R]: 'hidden', [S]: 'ghost' }));
    const muscles = m.kinds.muscle!;
    const [left, right, supra] = muscles.parts;
    const counts = Object.fromEntries(m.kinds.muscle!.geometry.groups.map((g) => [g.materialIndex, g.count]));
    expect(counts).toEqual({ 0: 0, 2: left!.indexCount, 1: supra!.indexCount });
    const drawn = m.kinds.muscle!.geometry.groups.reduce((n, g) => n + g.count, 0);
    expect(drawn).toBe(muscles.sourceIndex.length - right!.indexCount);
    expect(m.meshes.region!.visible).toBe(false);
    expect(m.study).not.toBeNull();
  });

  it('draws nothing under a solid skin, and the muscles and bones again once it is see-through or off', () => {
    const m = model(true);
    const muscles = { [L]: 'solid', [R]: 'solid', [S]: 'solid' } as const;
    paintStudy(m, paint(muscles, 'solid'));
    expect(m.meshes.region!.visible).toBe(true);
    expect(m.meshes.muscle!.visible).toBe(false);
    expect(m.meshes.bone!.visible).toBe(false);
    for (const skin of ['ghost', 'hidden'] as const) {
      paintStudy(m, paint(muscles, skin));
      expect(m.meshes.muscle!.visible).toBe(true);
      expect(m.meshes.bone!.visible).toBe(true);
    }
  });

  it('orders buckets as asked, one group each, even when empty', () => {
    const m = model().kinds.muscle!;
    orderBuckets(m, (p) => (p.side === 'right' ? null : 1), [0, 1]);
    expect(m.geometry.groups.map((g) => [g.materialIndex, g.count])).toEqual([
      [0, 0],
      [1, m.parts[0]!.indexCount + m.parts[2]!.indexCount],
    ]);
  });

  it('goes back to the explorer’s paint when the study view is left', () => {
    const m = model();
    paintStudy(m, paint({ [L]: 'solid', [R]: 'solid', [S]: 'solid' }));
    paintMuscles(m, new Map());
    expect(m.study).toBeNull();
    expect(m.meshes.region!.visible).toBe(true);
    expect((m.meshes.muscle!.material as unknown[]).length).toBe(2);
  });

  it('gives neighbouring muscles slightly different, stable tones', () => {
    expect(plainMuscleColour('deltoid')).toEqual(plainMuscleColour('deltoid'));
    expect(plainMuscleColour('deltoid')).not.toEqual(plainMuscleColour('supraspinatus'));
  });
});

describe('study picking', () => {
  it('ignores hidden muscles and looks through see-through ones to a solid one', () => {
    const m = model();
    const p1 = paint({ [L]: 'hidden', [R]: 'solid', [S]: 'solid' });
    expect(pickStudy(m.picker, p1, fromFront(0.3)).muscle?.part.id).toBe('supraspinatus');
    const p2 = paint({ [L]: 'ghost', [R]: 'solid', [S]: 'solid' });
    expect(pickStudy(m.picker, p2, fromFront(0.3)).muscle?.part.id).toBe('supraspinatus');
    const p3 = paint({ [L]: 'ghost', [R]: 'solid', [S]: 'hidden' });
    expect(pickStudy(m.picker, p3, fromFront(0.3)).muscle?.part.name).toBe('deltoid.left');
    expect(showOf(p3, m.kinds.muscle!.parts[2]!)).toBe('hidden');
  });

  it('stops at the opaque skin', () => {
    const m = model();
    const hit = pickStudy(m.picker, paint({ [L]: 'solid', [R]: 'solid', [S]: 'solid' }, 'solid'), fromFront(0.3));
    expect(hit.muscle).toBeNull();
    expect(hit.region?.part.id).toBe('breastbone');
  });

  it('a click answers an open "find it" question, else opens the card, or selects with Shift', () => {
    const m = model();
    const hit = pickStudy(m.picker, paint({ [L]: 'solid', [R]: 'solid', [S]: 'solid' }), fromFront(-0.3)).muscle;
    const calls: string[] = [];
    const target = {
      quiz: null,
      quizStage: 'asking' as const,
      selection: [],
      answerQuiz: (g: string) => calls.push(`answer ${g}`),
      focusMuscle: (r: { id: string; side: string }) => calls.push(`focus ${r.id}:${r.side}`),
      addToSelection: (r: { id: string; side: string }) => calls.push(`add ${r.id}:${r.side}`),
      removeFromSelection: (r: { id: string; side: string }) => calls.push(`remove ${r.id}:${r.side}`),
    };
    studyClick(target, hit, false);
    studyClick(target, hit, true);
    studyClick({ ...target, selection: [{ id: 'deltoid', side: 'right' }] }, hit, true);
    const quiz = {
      kind: 'find' as const,
      area: 'shoulder' as const,
      seed: 1,
      questions: [
        {
          kind: 'find' as const,
          muscleId: 'deltoid' as const,
          side: 'left' as const,
          prompt: '',
          options: [],
          answer: 'deltoid:left',
        },
      ],
      answers: [],
    };
    studyClick({ ...target, quiz }, hit, false);
    // Another kind of question open: the click opens nothing that would tell the answer.
    const named = { ...quiz, kind: 'name' as const, questions: [{ ...quiz.questions[0]!, kind: 'name' as const }] };
    studyClick({ ...target, quiz: named }, hit, false);
    studyClick(target, null, false);
    expect(calls).toEqual(['focus deltoid:right', 'add deltoid:right', 'remove deltoid:right', 'answer deltoid:right']);
  });
});
