import { describe, expect, it } from 'vitest';
import { modelRequestFrom } from '../../src/ui/modelFiles';

const file = (name: string, content: string | Uint8Array<ArrayBuffer>) => new File([content], name);

describe('files chosen for the 3D view', () => {
  it('pairs a model with its mapping file', async () => {
    const r = await modelRequestFrom([file('arm.json', '{}'), file('arm.glb', new Uint8Array([1, 2, 3]))], null);
    if (!('file' in r)) throw new Error(r.error);
    expect(r.file.name).toBe('arm.glb');
    expect(new Uint8Array(r.file.bytes)).toEqual(new Uint8Array([1, 2, 3]));
    expect(r.file.mapping).toEqual({ name: 'arm.json', text: '{}' });
  });

  it('re-opens the last model with a mapping file chosen alone', async () => {
    const previous = { name: 'arm.glb', bytes: new ArrayBuffer(2) };
    const r = await modelRequestFrom([file('map.json', '{"a":1}')], previous);
    expect(r).toEqual({ file: { ...previous, mapping: { name: 'map.json', text: '{"a":1}' } } });
  });

  it('explains what it cannot do', async () => {
    expect(await modelRequestFrom([], null)).toEqual({ error: 'No file was chosen.' });
    expect(await modelRequestFrom([file('map.json', '{}')], null)).toMatchObject({ error: /goes with a model/ });
    expect(await modelRequestFrom([file('a.glb', 'x'), file('b.glb', 'y')], null)).toMatchObject({
      error: /one model at a time/,
    });
    expect(
      await modelRequestFrom([file('a.json', '{}'), file('b.json', '{}'), file('c.glb', 'y')], null),
    ).toMatchObject({
      error: /one mapping file/,
    });
  });
});
