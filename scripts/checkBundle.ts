/**
 * `npm run check:bundle`: the production build (dist/, or the folder given) carries no trace of the
 * test hook (`window.__myotrace`, `src/scene/testHook.ts`), which only test builds
 * (`vite build --mode test`) include. Exits 1 naming each file that does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Strings only the test hook has. */
export const TEST_HOOK_TRACES = ['__myotrace', 'installTestHook', 'seedQuizzes', 'testHook'] as const;

/** Every file under a folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files of a build that mention the test hook, with what they mention. */
export function testHookTraces(dist: string): { file: string; traces: string[] }[] {
  const found: { file: string; traces: string[] }[] = [];
  for (const file of filesUnder(dist)) {
    if (!/\.(js|mjs|html|json|webmanifest|map)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const traces = TEST_HOOK_TRACES.filter((t) => text.includes(t));
    if (traces.length) found.push({ file: relative(dist, file), traces });
  }
  return found;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dist = resolve(process.argv[2] ?? join(import.meta.dirname, '../dist'));
  const found = testHookTraces(dist);
  if (found.length) {
    for (const f of found) console.error(`test hook in the production build: ${f.file} (${f.traces.join(', ')})`);
    process.exit(1);
  }
  console.log(`no test hook in ${relative(process.cwd(), dist) || dist}`);
}
