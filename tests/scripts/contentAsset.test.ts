import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_MODULES, replacementModule, serialiseContent } from '../../scripts/vite/contentAsset';

describe('the clinical content shipped as JSON', () => {
  it('serialises every data module exactly (the real modules round-trip)', async () => {
    const modules: Record<string, Record<string, unknown>> = {};
    for (const file of CONTENT_MODULES) {
      const mod = (await import(/* @vite-ignore */ `../../${file}`)) as Record<string, unknown>;
      modules[file] = { ...mod };
    }
    const back = JSON.parse(serialiseContent(modules)) as typeof modules;
    for (const file of CONTENT_MODULES) {
      expect(Object.keys(back[file]!).length).toBeGreaterThan(0);
      expect(back[file]).toEqual(modules[file]);
    }
  });

  it('ships every module of src/domain/data as data (none of them holds code)', () => {
    const files = readdirSync('src/domain/data')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/domain/data/${f}`)
      .sort();
    expect([...CONTENT_MODULES].sort()).toEqual(files);
  });

  it('fails the build with a clear message on anything that is not plain JSON data', () => {
    const bad: [unknown, RegExp][] = [
      [() => 1, /m\.ts: X is a function/],
      [new Map(), /m\.ts: X is a Map/],
      [[new Set()], /m\.ts: X\[0\] is a Set/],
      [{ a: undefined }, /m\.ts: X\.a is undefined/],
      [{ n: Number.NaN }, /m\.ts: X\.n is NaN/],
      [new Date(0), /m\.ts: X is a Date/],
    ];
    for (const [value, message] of bad) {
      expect(() => serialiseContent({ 'm.ts': { X: value } })).toThrow(message);
    }
  });

  it('replaces a data module with re-exports from the fetched JSON', () => {
    const code = replacementModule('src/domain/data/regions.ts', ['REGIONS']);
    expect(code).toContain('content["src/domain/data/regions.ts"]');
    expect(code).toContain('export const REGIONS = m["REGIONS"];');
  });
});
