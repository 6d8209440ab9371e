/**
 * `npm run bench`: builds the app, serves it on loopback, and measures it in headless Chromium
 * (SwiftShader) against the budgets in docs/budgets.md (issue 13): first model frame against a bare three.js page
 * loading the same file, pick time per ray, click-to-commit time, colour uploads and frames drawn
 * while the pointer moves, frame times while orbiting and during the camera's fly-to (against the
 * bare page orbiting), draw calls and shader programs, JS chunk sizes gzipped, and requests to
 * other origins.
 *
 * It is built to hold on a busy machine: one discarded warm-up of each page, the app and the
 * baseline measured in turn (ABAB) so that load hits both, medians with their spread, the load
 * average printed beside the figures, and budgets that depend on the machine's speed judged as
 * ratios to the baseline. Writes .bench/results.json, prints a table, and exits 1 only when a
 * budget is exceeded.
 *
 * `BENCH_BODY=female` measures the female body (default: male): the app opens with the device
 * remembering the female body (`myotrace.body`) and the bare page loads `models/anatomy-female.glb`, so the ratio compares like with
 * like. `.bench/results.json` keeps the figures per body (`{ "male": …, "female": … }`); a run
 * replaces only its own body's.
 *
 * The measured app is a test build (`--mode test`, with the test hook); the chunk sizes are those
 * of the production build, which is also checked to carry no test hook.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build, type InlineConfig } from 'vite';
import { BODY_IDS, type BodyId, isBodyId } from '../src/domain/body/bodyId';
import { CLICK_TRACE_CATEGORIES, type ClickTrace, clickCpuMs } from './bench/clickCpu';
import { launchChromium } from './browser/chromium';
import { serveStatic } from './browser/staticServer';
import { testHookTraces } from './checkBundle';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const TEST_DIST = join(ROOT, '.bench/app');
const BASELINE_DIST = join(ROOT, '.bench/baseline');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const BODY_ENV = process.env.BENCH_BODY ?? 'male';
if (!isBodyId(BODY_ENV)) {
  console.error(`BENCH_BODY must be one of ${BODY_IDS.join(', ')} (got ${JSON.stringify(BODY_ENV)})`);
  process.exit(2);
}
/** The body measured. */
const BODY: BodyId = BODY_ENV;
/** Each body's model file, as the app imports it. */
const MODEL_FILES: Readonly<Record<BodyId, string>> = {
  male: join(ROOT, 'models/anatomy.glb'),
  female: join(ROOT, 'models/anatomy-female.glb'),
};
/**
 * A page for the app on the measured body: the device remembers that body (as after a pick on an
 * earlier visit), so the page opens on it without a link. (The bare page ignores the key.)
 */
async function bodyContext(browser: Browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript((body) => localStorage.setItem('myotrace.body', body), BODY);
  return context;
}
const VIEWPORT = { width: 1280, height: 800 };
/** Regions clicked for the click-to-commit figure (visible from the front), each clicked twice. */
const CLICKS: readonly [string, string][] = [
  ['front_of_thigh', 'right'],
  ['chest', 'left'],
  ['shin', 'left'],
  ['forehead', 'midline'],
  ['front_of_forearm', 'right'],
  ['lower_abdomen', 'midline'],
];
/** Ten regions the pointer crosses, seen from the front. */
const CROSSED: readonly [string, string][] = [
  ['chest', 'left'],
  ['chest', 'right'],
  ['upper_abdomen', 'midline'],
  ['lower_abdomen', 'midline'],
  ['front_of_thigh', 'left'],
  ['front_of_thigh', 'right'],
  ['shin', 'left'],
  ['shin', 'right'],
  ['forehead', 'midline'],
  ['front_of_forearm', 'right'],
];

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
/** The q-quantile (0..1) by linear interpolation. */
const quantile = (xs: readonly number[], q: number) => {
  const s = sorted(xs);
  if (s.length === 0) return Number.NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
};
const median = (xs: readonly number[]) => quantile(xs, 0.5);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
/** A figure's median with its spread (interquartile range, min and max) and the runs. */
const summary = (xs: readonly number[], d = 2) => ({
  median: round(median(xs), d),
  p25: round(quantile(xs, 0.25), d),
  p75: round(quantile(xs, 0.75), d),
  min: round(Math.min(...xs), d),
  max: round(Math.max(...xs), d),
  runs: xs.map((x) => round(x, d)),
});
const load = () => loadavg().map((x) => round(x, 2));

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
    contentKB: round(
      readdirSync(join(DIST, 'assets'))
        .filter((f) => /^content-.*\.json$/.test(f))
        .reduce((n, f) => n + gz(`assets/${f}`), 0),
      1,
    ),
    files: Object.fromEntries(allJs.map((f) => [f, round(gz(`assets/${f}`), 1)])),
  };
}

/**
 * A page's first model frame, ms from navigation; and the time from the model file's arrival to its
 * parts being read (`model-fetched` → `model-parsed`: parsing and meshopt decoding), which the app
 * does with its own reader and the bare page with three's GLTFLoader.
 */
async function firstFrame(browser: Browser, url: string): Promise<{ frame: number; read: number | null }> {
  const context = await bodyContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('myotrace:first-model-frame').length > 0, null, {
    timeout: 60_000,
  });
  // No function is declared inside: tsx would name it with a helper the page does not have.
  const [frame, fetched, parsed] = await page.evaluate(() =>
    ['first-model-frame', 'model-fetched', 'model-parsed'].map(
      (name) => performance.getEntriesByName(`myotrace:${name}`)[0]?.startTime,
    ),
  );
  const t = { frame: frame!, read: fetched === undefined || parsed === undefined ? null : parsed - fetched };
  await context.close();
  return t;
}

/** Wait until the app is drawn and at rest (the test hook's idle). */
async function idle(page: Page) {
  await page.waitForFunction(() => window.__myotrace !== undefined, null, { timeout: 60_000 });
  await page.waitForSelector('[role="progressbar"]', { state: 'detached', timeout: 60_000 });
  const ok = await page.evaluate(() => window.__myotrace!.idle(3, 20_000));
  if (!ok) throw new Error('the 3D view did not come to rest');
}

/** Client pixels of a visible point of a region, or null. */
async function regionPoint(page: Page, region: string, side: string) {
  const p = await page.evaluate(([r, s]) => window.__myotrace!.surfacePoint('region', r!, s!), [region, side]);
  return p && page.evaluate((v) => window.__myotrace!.project(v), p);
}

/**
 * Click to commit: from the click to the highlight and the panel's first commit (safety alerts and
 * primary muscles), and to the panel's deferred lists (compensating, conditions, cautions); and,
 * from a trace of the click, the main thread's CPU time for it (null when the trace cannot tell).
 */
async function clickToCommit(
  page: Page,
  region: string,
  side: string,
  browser: Browser,
): Promise<{ commit: number; complete: number; cpu: number | null } | null> {
  // Start from nothing selected, in the front view: the whole body is framed.
  const clear = page.getByRole('button', { name: 'Clear all', exact: true });
  if (await clear.count()) await clear.click();
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  await idle(page);
  const xy = await regionPoint(page, region, side);
  if (!xy) return null;
  await page.evaluate(() => performance.clearMarks());
  await browser.startTracing(page, { categories: CLICK_TRACE_CATEGORIES });
  await page.mouse.click(xy.x, xy.y);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('myotrace:highlight-applied').length > 0 &&
      performance.getEntriesByName('myotrace:panel-committed').length > 0 &&
      performance.getEntriesByName('myotrace:panel-complete').length > 0,
    null,
    { timeout: 10_000 },
  );
  const cpu = clickCpuMs(JSON.parse((await browser.stopTracing()).toString()) as ClickTrace);
  // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
  const wall = await page.evaluate(() => {
    const click = performance.getEntriesByName('myotrace:click')[0]!.startTime;
    const commit = Math.max(
      performance.getEntriesByName('myotrace:highlight-applied')[0]!.startTime,
      performance.getEntriesByName('myotrace:panel-committed')[0]!.startTime,
    );
    return {
      commit: commit - click,
      complete: performance.getEntriesByName('myotrace:panel-complete')[0]!.startTime - click,
    };
  });
  return { ...wall, cpu };
}

/** Colour uploads, their ranges and frames drawn while the pointer moves 100 times inside one region, then crosses ten. */
async function hover(page: Page) {
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  await idle(page);
  const counters = () => page.evaluate(() => window.__myotrace!.counters());
  const p = await regionPoint(page, 'chest', 'left');
  if (!p) throw new Error('no visible point of the chest');
  await page.mouse.move(p.x, p.y);
  await idle(page);
  const c0 = await counters();
  for (let i = 0; i < 100; i++) await page.mouse.move(p.x + ((i % 5) - 2), p.y + ((i % 3) - 1));
  await idle(page);
  const c1 = await counters();
  for (const [region, side] of CROSSED) {
    const q = await regionPoint(page, region, side);
    if (!q) throw new Error(`no visible point of ${region} ${side}`);
    await page.mouse.move(q.x, q.y);
    await idle(page);
  }
  const c2 = await counters();
  await page.mouse.move(1, 1);
  return {
    insideOneRegion: { moves: 100, colourUploads: c1.colourUploads - c0.colourUploads, frames: c1.frames - c0.frames },
    acrossTenRegions: {
      regions: CROSSED.length,
      colourUploads: c2.colourUploads - c1.colourUploads,
      colourRanges: c2.colourRanges - c1.colourRanges,
      frames: c2.frames - c1.frames,
    },
  };
}

const buildQuiet = (config: InlineConfig) => build({ logLevel: 'warn', ...config });

async function main() {
  // BENCH_VITE_CONFIG lets a developer measure against another config (e.g. another model file).
  const appConfig = {
    root: ROOT,
    ...(process.env.BENCH_VITE_CONFIG ? { configFile: resolve(process.env.BENCH_VITE_CONFIG) } : {}),
  };
  console.log('building the app (production, for the sizes; test mode, to measure)…');
  await buildQuiet({ ...appConfig, build: { manifest: true, outDir: DIST, emptyOutDir: true } });
  await buildQuiet({ ...appConfig, mode: 'test', build: { outDir: TEST_DIST, emptyOutDir: true } });
  console.log('building the baseline page…');
  await buildQuiet({
    root: join(ROOT, 'scripts/bench/baseline'),
    configFile: false,
    base: './',
    build: { outDir: BASELINE_DIST, emptyOutDir: true, target: 'es2022' },
    // The same file as the app shows: BENCH_MODEL if given, else the measured body's.
    resolve: {
      alias: [
        {
          find: /^.*\/models\/anatomy\.glb\?url$/,
          replacement: `${resolve(process.env.BENCH_MODEL ?? MODEL_FILES[BODY])}?url`,
        },
      ],
    },
  });
  const chunks = chunkSizes();
  const hookInProduction = testHookTraces(DIST);

  const app = await serveStatic(TEST_DIST);
  const baseline = await serveStatic(BASELINE_DIST);
  const browser = await launchChromium();
  const loadBefore = load();
  try {
    console.log(`measuring (load average ${loadBefore.join(' ')})…`);
    const appFrames: number[] = [];
    const baseFrames: number[] = [];
    const modelReads: number[] = [];
    const baseReads: number[] = [];
    // A discarded warm-up of each, then the two in turn (ABAB), so that both see the same load.
    await firstFrame(browser, baseline.url);
    await firstFrame(browser, app.url);
    for (let i = 0; i < RUNS; i++) {
      const base = await firstFrame(browser, baseline.url);
      baseFrames.push(base.frame);
      if (base.read !== null) baseReads.push(base.read);
      const run = await firstFrame(browser, app.url);
      appFrames.push(run.frame);
      if (run.read !== null) modelReads.push(run.read);
      console.log(
        `  run ${i + 1}/${RUNS}: app ${Math.round(appFrames[i]!)} ms, bare page ${Math.round(baseFrames[i]!)} ms (${round(appFrames[i]! / baseFrames[i]!, 3)})`,
      );
    }
    const ratios = appFrames.map((a, i) => a / baseFrames[i]!);
    const perRun = summary(ratios, 3);
    console.log(`  first frames done (load average ${load().join(' ')}); picks, hover, clicks, frame times…`);

    const context = await bodyContext(browser);
    const page = await context.newPage();
    const origin = new URL(app.url).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin) foreign.push(u);
    });
    await page.goto(app.url);
    await idle(page);
    const shown = await page.evaluate(() => window.__myotrace!.body());
    if (shown !== BODY) throw new Error(`the app shows the ${shown} body, not the ${BODY} one`);
    const defaultStats = await page.evaluate(() => window.__myotrace!.stats());
    const picks: number[] = [];
    let hitRate = 0;
    for (let i = 0; i < 5; i++) {
      const r = await page.evaluate(() => window.__myotrace!.timePicks(2000));
      picks.push(r.msPerRay);
      hitRate = r.hitRate;
    }

    const hovering = await hover(page);
    console.log(`  hover: ${JSON.stringify(hovering)}`);

    const commits: number[] = [];
    const completes: number[] = [];
    // Each click is traced (the first one too, with its one-time compiling): the main thread's
    // CPU time for it, beside the wall-clock time, which grows when other processes take the cores.
    const cpus: (number | null)[] = [];
    const programsAfter: number[] = [];
    let statsAfterFirst: { calls: number; triangles: number; programs: number } | null = null;
    for (const [region, side] of [...CLICKS, ...CLICKS]) {
      const ms = await clickToCommit(page, region, side, browser);
      if (ms === null) {
        console.warn(`  (no visible point for ${region} ${side}: skipped)`);
        continue;
      }
      commits.push(ms.commit);
      completes.push(ms.complete);
      cpus.push(ms.cpu);
      const cpu = ms.cpu === null ? 'no CPU time' : `CPU ${ms.cpu.toFixed(2)} ms`;
      console.log(
        `  click ${region} ${side}: ${ms.commit.toFixed(2)} ms, ${cpu} (whole panel ${ms.complete.toFixed(2)} ms)`,
      );
      await idle(page);
      const s = await page.evaluate(() => window.__myotrace!.stats());
      statsAfterFirst ??= s;
      programsAfter.push(s.programs);
    }

    // Frame times: the app orbiting (with a highlight and its labels) and flying to a view,
    // and the bare page orbiting, in turn.
    const appOrbit: number[] = [];
    const appFly: number[] = [];
    const baseOrbit: number[] = [];
    // (Each page is brought to the front first: a page in the background gets no animation frames.)
    const basePage = await context.newPage();
    for (let i = 0; i < 2; i++) {
      await basePage.bringToFront();
      await basePage.goto(`${baseline.url}?orbit=30`);
      await basePage.waitForFunction(() => (window as unknown as { __orbitFrames?: number[] }).__orbitFrames, null, {
        timeout: 300_000,
      });
      baseOrbit.push(
        ...(await basePage.evaluate(() => (window as unknown as { __orbitFrames: number[] }).__orbitFrames)),
      );
      await page.bringToFront();
      appOrbit.push(...(await page.evaluate(() => window.__myotrace!.orbitFrames(30))));
      await idle(page);
      for (const view of ['back', 'front'] as const) {
        appFly.push(...(await page.evaluate((v) => window.__myotrace!.flyFrames(v), view)));
        await idle(page);
      }
    }
    const frameFigures = (xs: number[]) => ({
      p50: round(median(xs), 1),
      p95: round(quantile(xs, 0.95), 1),
      frames: xs.length,
    });
    const frames = {
      appOrbit: frameFigures(appOrbit),
      appFlyTo: frameFigures(appFly),
      baselineOrbit: frameFigures(baseOrbit),
    };
    const orbitRatio = round(frames.appOrbit.p50 / frames.baselineOrbit.p50, 2);
    const flyRatio = round(frames.appFlyTo.p50 / frames.baselineOrbit.p50, 2);

    const cpuTimes = cpus.filter((c) => c !== null);
    const loadAfter = load();
    const results = {
      body: BODY,
      date: new Date().toISOString(),
      runs: RUNS,
      loadAverage: { before: loadBefore, after: loadAfter },
      viewport: VIEWPORT,
      renderer: await page.evaluate(() => window.__myotrace!.renderer()),
      firstModelFrameMs: { app: summary(appFrames, 0), baseline: summary(baseFrames, 0) },
      // Reading the model file once it has arrived (parsing, meshopt decoding): the app's reader,
      // and three's GLTFLoader on the bare page.
      modelReadMs: {
        app: modelReads.length ? summary(modelReads, 1) : null,
        baseline: baseReads.length ? summary(baseReads, 1) : null,
      },
      // Judged on the runs' own ratios: each app run is paired with the bare page's run just before
      // it, under the same load. (The ratio of the two medians mixes runs taken under different
      // loads; it is kept for comparison with earlier figures.)
      firstFrameRatio: {
        median: perRun.median,
        ofMedians: round(median(appFrames) / median(baseFrames), 3),
        perRun,
      },
      pickMsPerRay: round(median(picks), 4),
      pickHitRate: round(hitRate, 3),
      clickToCommitMs: summary(commits),
      clickToCommitCpuMs: { ...summary(cpuTimes), clicksWithCpuTime: cpuTimes.length, clicks: cpus.length },
      clickToWholePanelMs: summary(completes),
      hover: hovering,
      frameTimesMs: { ...frames, orbitRatio, flyToRatio: flyRatio },
      defaultView: defaultStats,
      afterHighlight: statsAfterFirst,
      programsAfterEachHighlight: programsAfter,
      chunksGzipKB: chunks,
      testHookInProduction: hookInProduction,
      foreignRequests: foreign,
    };
    await context.close();

    const ff = results.firstModelFrameMs;
    const reads = results.modelReadMs;
    const readRatio = reads.app && reads.baseline ? round(reads.app.median / reads.baseline.median, 2) : null;
    const click = results.clickToCommitMs;
    const clickCpu = results.clickToCommitCpuMs;
    const inside = hovering.insideOneRegion;
    const across = hovering.acrossTenRegions;
    // [figure, value, budget, within budget]. Times that depend on the machine are judged as ratios.
    const checks: [string, number | string, string, boolean][] = [
      ['first model frame, ms (median)', `${ff.app.median} (${ff.app.p25}–${ff.app.p75})`, 'by ratio', true],
      ['bare three.js page, ms (median)', `${ff.baseline.median} (${ff.baseline.p25}–${ff.baseline.p75})`, '—', true],
      [
        'first frame / bare page (median of paired runs)',
        results.firstFrameRatio.median,
        '≤ 1.3',
        results.firstFrameRatio.median <= 1.3,
      ],
      ['first frame / bare page (ratio of the medians)', results.firstFrameRatio.ofMedians, '—', true],
      ['first frame / bare page (worst run)', results.firstFrameRatio.perRun.max, '—', true],
      [
        'reading the model file, ms (median)',
        `${results.modelReadMs.app?.median ?? 'not marked'} (bare page ${results.modelReadMs.baseline?.median ?? '?'})`,
        'by ratio',
        true,
      ],
      [
        'reading the model file / bare page (medians)',
        readRatio ?? 'not marked',
        '≤ 1.3',
        readRatio !== null && readRatio <= 1.3,
      ],
      ['pick, ms per ray', results.pickMsPerRay, '≤ 1', results.pickMsPerRay <= 1],
      ['pick rays that hit the body', results.pickHitRate, '—', true],
      // The budget is of the main thread's work, so it is judged on CPU time, measured on every click.
      [
        'click → commit, CPU ms (median)',
        clickCpu.median,
        '≤ 8',
        cpus.length > 0 && cpuTimes.length === cpus.length && clickCpu.median <= 8,
      ],
      ['click → commit, CPU ms (max)', clickCpu.max, '—', true],
      ['click → commit, wall ms (median)', click.median, '—', commits.length > 0],
      ['click → commit, wall ms (max)', click.max, '—', true],
      ['click → whole panel, ms (median)', results.clickToWholePanelMs.median, '—', true],
      ['100 moves in one region: colour uploads', inside.colourUploads, '0', inside.colourUploads === 0],
      ['100 moves in one region: frames drawn', inside.frames, '≤ 1', inside.frames <= 1],
      ['crossing 10 regions: colour uploads', across.colourUploads, '≤ 10', across.colourUploads <= 10],
      ['crossing 10 regions: ranges uploaded', across.colourRanges, '≤ 20 (changed only)', across.colourRanges <= 20],
      ['orbit frame, ms p50 / p95', `${frames.appOrbit.p50} / ${frames.appOrbit.p95}`, '—', true],
      ['fly-to frame, ms p50 / p95', `${frames.appFlyTo.p50} / ${frames.appFlyTo.p95}`, '—', true],
      ['bare page orbit, ms p50 / p95', `${frames.baselineOrbit.p50} / ${frames.baselineOrbit.p95}`, '—', true],
      ['orbit frame / bare page (p50)', orbitRatio, '—', true],
      ['fly-to frame / bare page (p50)', flyRatio, '—', true],
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
      ['content JSON gzip (KB)', chunks.contentKB, '≤ 130', chunks.contentKB <= 130],
      ['test hook in the production build', hookInProduction.length, '0 files', hookInProduction.length === 0],
      ['requests to other origins', foreign.length, '0', foreign.length === 0],
    ];
    // The aims of issue 13, beyond the budgets: shown as met or missed, never failing the run.
    const targets: [string, number, string, boolean][] = [
      [
        'first frame / bare page (median of paired runs)',
        results.firstFrameRatio.median,
        '≤ 1.1',
        results.firstFrameRatio.median <= 1.1,
      ],
      [
        'first frame / bare page (worst run)',
        results.firstFrameRatio.perRun.max,
        '≤ 1.3',
        results.firstFrameRatio.perRun.max <= 1.3,
      ],
      ['click → commit, CPU ms (median)', clickCpu.median, '≤ 5', clickCpu.median <= 5],
      ['click → commit, CPU ms (max)', clickCpu.max, '≤ 10', clickCpu.max <= 10],
      ['click → commit, wall ms (median)', click.median, '≤ 5', click.median <= 5],
      ['click → commit, wall ms (max)', click.max, '≤ 10', click.max <= 10],
      ['JS gzip, total (KB)', chunks.totalKB, '≤ 350', chunks.totalKB <= 350],
    ];
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    // One entry per body: this run replaces its own body's figures and keeps the other's.
    const file = join(ROOT, '.bench/results.json');
    let perBody: Record<string, unknown> = {};
    try {
      const old = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
      perBody = Object.fromEntries(Object.entries(old).filter(([k]) => isBodyId(k)));
    } catch {
      perBody = {};
    }
    perBody[BODY] = { ...results, checks, targets };
    writeFileSync(file, `${JSON.stringify(perBody, null, 2)}\n`);
    console.log(`\nMyoTrace benchmark, ${BODY} body (${results.renderer})`);
    console.log(`load average (1, 5, 15 min): before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}\n`);
    const w = Math.max(...checks.map((c) => c[0].length));
    const vw = Math.max(...checks.map((c) => String(c[1]).length));
    for (const [name, value, budget, ok] of checks) {
      console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(w)}  ${String(value).padStart(vw)}  ${budget}`);
    }
    console.log('\ntargets of issue 13 (shown, not judged):');
    for (const [name, value, target, met] of targets) {
      console.log(`${met ? 'met ' : 'miss'}  ${name.padEnd(w)}  ${String(value).padStart(vw)}  ${target}`);
    }
    console.log('\nwritten to .bench/results.json');
    // Exit 1 on a budget of docs/budgets.md only.
    if (checks.some((c) => !c[3])) process.exitCode = 1;
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
}

await main();
