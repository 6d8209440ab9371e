/**
 * `npm run bench`: builds the app, serves it on loopback, and measures it in headless Chromium
 * (SwiftShader) against the budgets in docs/budgets.md: first model frame (and a bare three.js page loading the same
 * file, measured in the same run, as the baseline), pick time per ray, click-to-commit time, draw
 * calls and shader programs, JS chunk sizes gzipped, and requests to other origins. Writes
 * .bench/results.json, prints a table, and exits 1 when a budget is exceeded.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from './browser/chromium';
import { serveStatic } from './browser/staticServer';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BASELINE_DIST = join(ROOT, '.bench/baseline');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEWPORT = { width: 1280, height: 800 };
/** Regions clicked for the click-to-commit figure (visible from the front). */
const CLICKS: readonly [string, string][] = [
  ['front_of_thigh', 'right'],
  ['chest', 'left'],
  ['shin', 'left'],
  ['forehead', 'midline'],
  ['front_of_forearm', 'right'],
  ['lower_abdomen', 'midline'],
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? Number.NaN : n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

function chunkSizes() {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length / 1024;
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const k of manifest[key]?.imports ?? []) closure(k, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const sceneKey = Object.keys(manifest).find((k) => k.endsWith('src/scene/BodyCanvas.tsx'))!;
  const first = closure(entryKey);
  const scene = [...closure(sceneKey)].filter((k) => !first.has(k));
  const sum = (keys: Iterable<string>) => [...keys].reduce((n, k) => n + gz(manifest[k]!.file), 0);
  const allJs = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  const total = allJs.reduce((n, f) => n + gz(`assets/${f}`), 0);
  return {
    firstKB: round(sum(first), 1),
    sceneOwnKB: round(gz(manifest[sceneKey]!.file), 1),
    sceneWithSharedKB: round(sum(scene), 1),
    totalKB: round(total, 1),
    files: Object.fromEntries(allJs.map((f) => [f, round(gz(`assets/${f}`), 1)])),
  };
}

async function firstFrame(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('myotrace:first-model-frame').length > 0, null, {
    timeout: 60_000,
  });
  const t = await page.evaluate(() => performance.getEntriesByName('myotrace:first-model-frame')[0]!.startTime);
  await context.close();
  return t;
}

async function ready(page: Page) {
  await page.waitForFunction(() => window.__myotrace !== undefined, null, { timeout: 60_000 });
  await page.waitForSelector('[role="progressbar"]', { state: 'detached', timeout: 60_000 });
  await page.waitForTimeout(500);
}

async function clickToCommit(page: Page, region: string, side: string): Promise<number | null> {
  // Start from nothing selected: with a highlight, the front view frames the glowing muscles and
  // the next region may lie outside it.
  const clear = page.getByRole('button', { name: 'Clear all', exact: true });
  if (await clear.count()) await clear.click();
  // On a loaded machine the camera may still be moving: look again until the point is on the canvas.
  const canvas = await page.locator('.body-canvas canvas').boundingBox();
  let xy: { x: number; y: number } | null = null;
  for (let attempt = 0; attempt < 4 && !xy; attempt++) {
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await page.waitForTimeout(700 * (attempt + 1));
    const p = await page.evaluate(([r, s]) => window.__myotrace!.surfacePoint('region', r!, s!), [region, side]);
    const q = p && (await page.evaluate((v) => window.__myotrace!.project(v), p));
    const inside =
      q &&
      canvas &&
      q.x > canvas.x &&
      q.x < canvas.x + canvas.width &&
      q.y > canvas.y &&
      q.y < canvas.y + canvas.height;
    if (inside) xy = q;
  }
  if (!xy) return null;
  await page.evaluate(() => performance.clearMarks());
  await page.mouse.click(xy.x, xy.y);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('myotrace:highlight-applied').length > 0 &&
      performance.getEntriesByName('myotrace:panel-committed').length > 0,
    null,
    { timeout: 10_000 },
  );
  // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
  return page.evaluate(
    () =>
      Math.max(
        performance.getEntriesByName('myotrace:highlight-applied')[0]!.startTime,
        performance.getEntriesByName('myotrace:panel-committed')[0]!.startTime,
      ) - performance.getEntriesByName('myotrace:click')[0]!.startTime,
  );
}

async function main() {
  console.log('building the app…');
  // BENCH_VITE_CONFIG lets a developer measure against another config (e.g. another model file).
  await build({
    root: ROOT,
    logLevel: 'warn',
    ...(process.env.BENCH_VITE_CONFIG ? { configFile: resolve(process.env.BENCH_VITE_CONFIG) } : {}),
    build: { manifest: true, outDir: DIST, emptyOutDir: true },
  });
  console.log('building the baseline page…');
  await build({
    root: join(ROOT, 'scripts/bench/baseline'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: BASELINE_DIST, emptyOutDir: true, target: 'es2022' },
    ...(process.env.BENCH_MODEL
      ? {
          resolve: {
            alias: [
              { find: /^.*\/models\/anatomy\.glb\?url$/, replacement: `${resolve(process.env.BENCH_MODEL)}?url` },
            ],
          },
        }
      : {}),
  });
  const chunks = chunkSizes();

  const app = await serveStatic(DIST);
  const baseline = await serveStatic(BASELINE_DIST);
  const browser = await launchChromium();
  try {
    const appFrames: number[] = [];
    const baseFrames: number[] = [];
    // Interleaved, so both see the same machine load.
    await firstFrame(browser, baseline.url);
    await firstFrame(browser, app.url);
    for (let i = 0; i < RUNS; i++) {
      baseFrames.push(await firstFrame(browser, baseline.url));
      appFrames.push(await firstFrame(browser, app.url));
    }

    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const origin = new URL(app.url).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) foreign.push(u);
    });
    await page.goto(app.url);
    await ready(page);
    const defaultStats = await page.evaluate(() => window.__myotrace!.stats());
    const picks: number[] = [];
    let hitRate = 0;
    for (let i = 0; i < 5; i++) {
      const r = await page.evaluate(() => window.__myotrace!.timePicks(2000));
      picks.push(r.msPerRay);
      hitRate = r.hitRate;
    }

    const commits: number[] = [];
    const programsAfter: number[] = [];
    let statsAfterFirst: { calls: number; triangles: number; programs: number } | null = null;
    for (const [region, side] of CLICKS) {
      await page
        .getByRole('button', { name: 'Clear all' })
        .click()
        .catch(() => undefined);
      const ms = await clickToCommit(page, region, side);
      if (ms === null) {
        console.warn(`  (no visible point for ${region} ${side}: skipped)`);
        continue;
      }
      commits.push(ms);
      await page.waitForTimeout(600);
      const s = await page.evaluate(() => window.__myotrace!.stats());
      statsAfterFirst ??= s;
      programsAfter.push(s.programs);
    }

    const results = {
      date: new Date().toISOString(),
      runs: RUNS,
      viewport: VIEWPORT,
      renderer: await page.evaluate(() => window.__myotrace!.renderer()),
      firstModelFrameMs: {
        app: round(median(appFrames), 0),
        baseline: round(median(baseFrames), 0),
        appRuns: appFrames.map((x) => round(x, 0)),
        baselineRuns: baseFrames.map((x) => round(x, 0)),
      },
      firstFrameRatio: round(median(appFrames) / median(baseFrames), 3),
      pickMsPerRay: round(median(picks), 4),
      pickHitRate: round(hitRate, 3),
      clickToCommitMs: {
        median: round(median(commits), 2),
        max: round(Math.max(...commits), 2),
        runs: commits.map((x) => round(x, 2)),
      },
      defaultView: defaultStats,
      afterHighlight: statsAfterFirst,
      programsAfterEachHighlight: programsAfter,
      chunksGzipKB: chunks,
      foreignRequests: foreign,
    };
    await context.close();

    const checks: [string, number | string, string, boolean][] = [
      ['first model frame (ms)', results.firstModelFrameMs.app, '≤ 2000', results.firstModelFrameMs.app <= 2000],
      ['baseline first frame (ms)', results.firstModelFrameMs.baseline, '—', true],
      ['first frame / baseline', results.firstFrameRatio, '≤ 1.3', results.firstFrameRatio <= 1.3],
      ['pick, ms per ray', results.pickMsPerRay, '≤ 1', results.pickMsPerRay <= 1],
      ['pick rays that hit the body', results.pickHitRate, '—', true],
      [
        'click → commit, ms (median)',
        results.clickToCommitMs.median,
        '≤ 8',
        commits.length > 0 && results.clickToCommitMs.median <= 8,
      ],
      ['click → commit, ms (max)', results.clickToCommitMs.max, '—', true],
      ['draw calls, default view', defaultStats.calls, '≤ 300', defaultStats.calls <= 300],
      ['shader programs, default view', defaultStats.programs, '≤ 6', defaultStats.programs <= 6],
      [
        'draw calls after a highlight',
        statsAfterFirst?.calls ?? 'n/a',
        '≤ 300',
        !!statsAfterFirst && statsAfterFirst.calls <= 300,
      ],
      [
        'programs after a highlight',
        statsAfterFirst?.programs ?? 'n/a',
        '≤ 6, no new',
        !!statsAfterFirst && statsAfterFirst.programs <= 6 && programsAfter.every((p) => p === programsAfter[0]),
      ],
      ['JS gzip, first chunk (KB)', chunks.firstKB, '≤ 80', chunks.firstKB <= 80],
      ['JS gzip, 3D chunk (KB)', chunks.sceneWithSharedKB, '≤ 320', chunks.sceneWithSharedKB <= 320],
      ['JS gzip, total (KB)', chunks.totalKB, '≤ 400', chunks.totalKB <= 400],
      ['requests to other origins', foreign.length, '0', foreign.length === 0],
    ];
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    writeFileSync(join(ROOT, '.bench/results.json'), `${JSON.stringify({ ...results, checks }, null, 2)}\n`);
    console.log(`\nMyoTrace benchmark (${results.renderer})\n`);
    const w = Math.max(...checks.map((c) => c[0].length));
    for (const [name, value, budget, ok] of checks) {
      console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(w)}  ${String(value).padStart(9)}  ${budget}`);
    }
    console.log('\nwritten to .bench/results.json');
    if (checks.some((c) => !c[3])) process.exitCode = 1;
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
}

await main();
