import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSizes, testHookTraces } from '../../scripts/checkBundle';

const dirs: string[] = [];
function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'myotrace-bundle-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the production bundle check', () => {
  it('passes a build without the test hook', () => {
    const dir = build({ 'index.html': '<script src="assets/index.js"></script>', 'assets/index.js': 'console.log(1)' });
    expect(testHookTraces(dir)).toEqual([]);
  });

  it('names every file that carries the test hook (a planted one fails)', () => {
    const dir = build({
      'index.html': '<p>ok</p>',
      'assets/a.js': 'window.__myotrace={}',
      'assets/b.js': 'import("./testHook-x.js")',
      'sw.js': 'const files=["assets/testHook-x.js"]',
    });
    expect(testHookTraces(dir)).toEqual([
      { file: 'assets/a.js', traces: ['__myotrace'] },
      { file: 'assets/b.js', traces: ['testHook'] },
      { file: 'sw.js', traces: ['testHook'] },
    ]);
  });

  it('sizes the first chunk with its static imports, the 3D chunk with what it adds, all JS and the content JSON', () => {
    const files = {
      'index.html': '<script type="module" crossorigin src="./assets/index-a.js"></script>',
      'assets/index-a.js': 'import{x}from"./shared-b.js";import("./BodyCanvas-c.js");'.repeat(50),
      'assets/shared-b.js': 'export const x=1;'.repeat(80),
      'assets/BodyCanvas-c.js': 'import"./shared-b.js";import{y}from"./three-d.js";'.repeat(60),
      'assets/three-d.js': 'export const y=2;'.repeat(90),
      'assets/content-e.json': '{"a":[1,2,3]}'.repeat(70),
    };
    const dir = build(files);
    const kb = (name: keyof typeof files) => gzipSync(files[name], { level: 9 }).length / 1024;
    const r = (x: number) => Math.round(x * 10) / 10;
    expect(bundleSizes(dir)).toEqual({
      firstKB: r(kb('assets/index-a.js') + kb('assets/shared-b.js')),
      sceneKB: r(kb('assets/BodyCanvas-c.js') + kb('assets/three-d.js')),
      totalKB: r(
        kb('assets/index-a.js') + kb('assets/shared-b.js') + kb('assets/BodyCanvas-c.js') + kb('assets/three-d.js'),
      ),
      contentKB: r(kb('assets/content-e.json')),
    });
  });
});
