import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testHookTraces } from '../../scripts/checkBundle';

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
});
