import { describe, expect, it } from 'vitest';
import { createModelStore, isMissingFromModel, type ModelInfo } from '../../src/store/modelStore';

const info: ModelInfo = {
  fileName: 'arm.glb',
  body: null,
  muscleCount: 1,
  missing: [
    { id: 'deltoid', sides: ['right'] },
    { id: 'temporalis', sides: ['left', 'right'] },
  ],
  unknown: [],
  mappingProblems: [],
};

describe('the model store', () => {
  it('asks for a file, then reports what is shown or why not', () => {
    const store = createModelStore();
    store.getState().openFile({ name: 'arm.glb', bytes: new ArrayBuffer(4) });
    expect(store.getState()).toMatchObject({ status: 'opening', requestId: 1, failure: null });
    store.getState().failed('not a model');
    expect(store.getState()).toMatchObject({ status: 'idle', failure: 'not a model', info: null });
    store.getState().openBuiltIn();
    expect(store.getState()).toMatchObject({ request: null, requestId: 2, failure: null });
    store.getState().shown(info);
    expect(store.getState().info).toBe(info);
  });

  it('tells which muscles the shown model lacks', () => {
    expect(isMissingFromModel(info, 'deltoid', 'right')).toBe(true);
    expect(isMissingFromModel(info, 'deltoid', 'left')).toBe(false);
    expect(isMissingFromModel(info, 'deltoid', 'both')).toBe(true);
    expect(isMissingFromModel(info, 'supinator', 'left')).toBe(false);
    expect(isMissingFromModel(null, 'deltoid', 'right')).toBe(false);
  });
});

describe('the model download', () => {
  it('keeps how much of the file has arrived, within 0..1', () => {
    const store = createModelStore();
    expect(store.getState().download).toBe(0);
    store.getState().setDownload(0.4);
    expect(store.getState().download).toBe(0.4);
    store.getState().setDownload(3);
    expect(store.getState().download).toBe(1);
  });
});
