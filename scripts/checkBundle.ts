/**
 * `npm run check:bundle`: the production build (dist/, or the folder given) carries no trace of the
 * test hook (`window.__myotrace`, `src/scene/testHook.ts`), which only test builds
 * (`vite build --mode test`) include. Exits 1 naming each file with the hook. It also prints the
 * gzipped JavaScript and clinical-content sizes beside the budgets of docs/budgets.md; those are
 * judged by `npm run bench` (with the rest of the performance budgets), not here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped budgets in KB (docs/budgets.md). */
export const BUDGETS_KB = { first: 80, scene: 320, total: 400, content: 130 } as const;

/** The files a chunk imports statically (`import … from"./x.js"`, `import"./x.js"`), by name. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/** Gzipped sizes in KB: the first chunk with what it imports, the 3D chunk with what it adds, all JS, the content JSON. */
export function bundleSizes(dist: string): { firstKB: number; sceneKB: number; totalKB: number; contentKB: number } {
  const assets = join(dist, 'assets');
  const names = readdirSync(assets);
  const gz = (name: string) => gzipSync(readFileSync(join(assets, name)), { level: 9 }).length / 1024;
  const closure = (name: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(name)) return seen;
    seen.add(name);
    for (const dep of staticImports(readFileSync(join(assets, name), 'utf8'))) closure(dep, seen);
    return seen;
  };
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="[^"]*assets\/([^"]+\.js)"/.exec(html)?.[1];
  const scene = names.find((n) => /^BodyCanvas-.*\.js$/.test(n));
  if (!entry || !scene) throw new Error('the entry or the 3D chunk is missing from the build');
  const first = closure(entry);
  const sum = (list: Iterable<string>) => [...list].reduce((n, f) => n + gz(f), 0);
  const round = (x: number) => Math.round(x * 10) / 10;
  const content = names.filter((n) => /^content-.*\.json$/.test(n));
  return {
    firstKB: round(sum(first)),
    sceneKB: round(sum([...closure(scene)].filter((f) => !first.has(f)))),
    totalKB: round(sum(names.filter((n) => n.endsWith('.js')))),
    contentKB: round(sum(content)),
  };
}

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
  const sizes = bundleSizes(dist);
  const rows: [string, number, number][] = [
    ['JS gzip, first chunk (KB)', sizes.firstKB, BUDGETS_KB.first],
    ['JS gzip, 3D chunk (KB)', sizes.sceneKB, BUDGETS_KB.scene],
    ['JS gzip, total (KB)', sizes.totalKB, BUDGETS_KB.total],
    ['content JSON gzip (KB)', sizes.contentKB, BUDGETS_KB.content],
  ];
  for (const [name, value, budget] of rows) {
    console.log(`${value <= budget ? 'ok  ' : 'over'}  ${name.padEnd(26)} ${String(value).padStart(6)}  ≤ ${budget}`);
  }
}
