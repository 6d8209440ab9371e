/**
 * `npm run snapshots`: renders models/anatomy.glb to PNG in headless Chromium (Debian's
 * /usr/bin/chromium, SwiftShader): full body, muscles only and skeleton only from the front,
 * back and side, and close-ups of the shoulder, forearm, hip, foot, the face's muscles, the hand's
 * and foot's tendons, and of the skin's face, hands (palm and back) and feet. Output:
 * snapshots/out/.
 *
 * `--body=female` renders the same views of models/anatomy-female.glb (files named `female-…`);
 * the `bodies-…` views show both bodies side by side (docs/bodies.png is `bodies-front-all`), and
 * `model-overview` is docs/model.png (skin, muscles from the front and the back, skeleton).
 *
 * The page (scripts/snapshot/viewer.ts) draws with the app's own materials; it is built by Vite into
 * a temporary folder on each run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { BODY_IDS, isBodyId } from '../src/domain/body/bodyId';
import { launchChromium } from './browser/chromium';
import { serveStatic } from './browser/staticServer';

interface Shot {
  name: string;
  query: string;
  size?: [number, number];
  /** More views drawn to the right of `query`'s, each in a frame of the same size, in one PNG. */
  beside?: string[];
}

const FULL = 'target=0,0.88,0&dist=4.2';
/** Extra views on request: `npm run snapshots -- view=left&show=muscles&target=0.2,1.0,0&dist=0.6`. */
const SHOTS: Shot[] = [
  // docs/model.png: skin, muscles front and back, skeleton.
  {
    name: 'model-overview',
    query: `view=front&show=all&${FULL}`,
    beside: [`view=front&show=muscles&${FULL}`, `view=back&show=muscles&${FULL}`, `view=front&show=skeleton&${FULL}`],
    size: [258, 576],
  },
  { name: 'full-front', query: `view=front&show=all&${FULL}` },
  { name: 'full-back', query: `view=back&show=all&${FULL}` },
  { name: 'full-left', query: `view=left&show=all&${FULL}` },
  { name: 'muscles-front', query: `view=front&show=muscles&${FULL}` },
  { name: 'muscles-back', query: `view=back&show=muscles&${FULL}` },
  { name: 'muscles-left', query: `view=left&show=muscles&${FULL}` },
  { name: 'skeleton-front', query: `view=front&show=skeleton&${FULL}` },
  { name: 'skeleton-left', query: `view=left&show=skeleton&${FULL}` },
  { name: 'shoulder-front', query: 'view=front&show=muscles&target=0.12,1.33,0&dist=1.0' },
  { name: 'shoulder-back', query: 'view=back&show=muscles&target=0.12,1.33,0&dist=1.0' },
  { name: 'forearm-front', query: 'view=front&show=muscles&target=0.24,0.98,0&dist=0.8' },
  { name: 'forearm-back', query: 'view=back&show=muscles&target=0.24,0.98,0&dist=0.8' },
  { name: 'hip-back', query: 'view=back&show=muscles&target=0.08,0.9,0&dist=1.1' },
  { name: 'hip-front', query: 'view=front&show=muscles&target=0.08,0.9,0&dist=1.1' },
  { name: 'foot-side', query: 'view=left&show=muscles&target=0.1,0.1,0&dist=0.7' },
  { name: 'head-side', query: 'view=left&show=muscles&target=0,1.6,0&dist=0.8' },
  { name: 'face-muscles', query: 'view=front-left&show=muscles&target=0,1.63,0&dist=0.42', size: [600, 600] },
  { name: 'face-front', query: 'view=front&show=all&target=0,1.61,0&dist=0.42', size: [600, 600] },
  { name: 'face-oblique', query: 'view=front-left&show=all&target=0,1.61,0&dist=0.42', size: [600, 600] },
  { name: 'hand-palm', query: 'view=front&show=all&target=0.255,0.765,0&dist=0.36', size: [500, 700] },
  { name: 'hand-back', query: 'view=back&show=all&target=0.255,0.765,0&dist=0.36', size: [500, 700] },
  { name: 'hand-muscles-palm', query: 'view=front&show=muscles&target=0.255,0.75,0&dist=0.3', size: [500, 700] },
  { name: 'hand-muscles-back', query: 'view=back&show=muscles&target=0.255,0.75,0&dist=0.3', size: [500, 700] },
  {
    name: 'foot-muscles-top',
    query: 'view=above-front&show=muscles&target=0.11,0.02,0.03&dist=0.32',
    size: [600, 500],
  },
  {
    name: 'foot-muscles-sole',
    query: 'view=below-front&show=muscles&target=0.11,0.02,0.03&dist=0.32',
    size: [600, 500],
  },
  { name: 'feet-skin', query: 'view=above-front&show=all&target=0,0.04,0&dist=0.6', size: [700, 500] },
  { name: 'toes-skin', query: 'view=above-front&show=all&target=0.1,0.02,0.09&dist=0.22', size: [700, 500] },
  { name: 'foot-skin-side', query: 'view=left&show=all&target=0.1,0.05,0&dist=0.5', size: [700, 500] },
  ...(['front', 'back', 'left'] as const).flatMap((view) =>
    (['all', 'muscles'] as const).map(
      (show): Shot => ({
        name: `bodies-${view}-${show}`,
        query: `view=${view}&show=${show}&bodies=male,female&gap=0.75&target=0,0.86,0&dist=4.4`,
        size: [1000, 900],
      }),
    ),
  ),
];

/**
 * The model to render: models/anatomy.glb, unless a custom view highlights muscles that a newer
 * developer build in /tmp/myotrace-dev contains (see build-model.ts).
 */
function pickModel(queries: readonly string[]): string {
  const fallback = join(process.cwd(), 'models', 'anatomy.glb');
  const wanted = queries.flatMap((q) => new URLSearchParams(q).get('highlight')?.split(',') ?? []);
  const dir = '/tmp/myotrace-dev';
  if (wanted.length === 0 || !existsSync(dir)) return fallback;
  const builds = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && existsSync(join(dir, f.replace(/\.json$/, '.glb'))))
    .map((f) => {
      const glb = join(dir, f.replace(/\.json$/, '.glb'));
      return { f: glb, ids: JSON.parse(readFileSync(join(dir, f), 'utf8')) as string[], t: statSync(glb).mtimeMs };
    })
    .filter((b) => wanted.every((w) => b.ids.includes(w)))
    .sort((a, b) => b.t - a.t);
  return builds[0]?.f ?? fallback;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outArg = args.find((a) => a.startsWith('--out='));
  const only = args.filter((a) => !a.startsWith('--'));
  const bodyArg = args.find((a) => a.startsWith('--body='))?.slice(7) ?? 'male';
  if (!isBodyId(bodyArg)) throw new Error(`--body takes ${BODY_IDS.join(' or ')}, got "${bodyArg}"`);
  // One body's views: that body's file in the standard shots; the side-by-side views load both.
  const prefix = bodyArg === 'male' ? '' : `${bodyArg}-`;
  const withBody = (query: string) =>
    bodyArg === 'male' || query.includes('bodies=') ? query : `${query}&bodies=${bodyArg}`;
  const outDir = outArg ? outArg.slice(6) : join(process.cwd(), 'snapshots', 'out');
  mkdirSync(outDir, { recursive: true });
  const viewer = join(tmpdir(), 'myotrace-snapshot-viewer');
  await build({
    root: join(import.meta.dirname, 'snapshot'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: viewer,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: join(import.meta.dirname, 'snapshot/viewer.html') },
    },
  });
  const server = await serveStatic(viewer, {
    '/models/anatomy.glb': pickModel(only),
    ...Object.fromEntries(
      BODY_IDS.filter((b) => b !== 'male').map((b) => [
        `/models/anatomy-${b}.glb`,
        join(process.cwd(), `models/anatomy-${b}.glb`),
      ]),
    ),
  });
  const browser = await launchChromium();
  try {
    const custom = only.filter((o) => o.includes('=')).map((q, i): Shot => ({ name: `custom-${i}`, query: q }));
    for (const shot of [...SHOTS, ...custom]) {
      if (custom.length && !shot.name.startsWith('custom')) continue;
      if (!custom.length && only.length && !only.some((o) => shot.name.includes(o))) continue;
      const [w, h] = shot.size ?? [700, 900];
      const frames: Buffer[] = [];
      for (const query of [shot.query, ...(shot.beside ?? [])]) {
        const page = await browser.newPage({ viewport: { width: w, height: h } });
        await page.goto(`${server.url}viewer.html?${withBody(query)}`);
        await page.waitForFunction('window.__ready === true || window.__error', undefined, { timeout: 120000 });
        const err = await page.evaluate('window.__error');
        if (err) throw new Error(`${shot.name}: ${err}`);
        frames.push(await page.screenshot());
        await page.close();
      }
      const file = join(outDir, `${shot.name.startsWith('bodies-') ? '' : prefix}${shot.name}.png`);
      if (frames.length === 1) writeFileSync(file, frames[0]!);
      else {
        // The views side by side: one page of the frames as images, captured whole.
        const page = await browser.newPage({ viewport: { width: w * frames.length, height: h } });
        const images = frames.map(
          (f) => `<img src="data:image/png;base64,${f.toString('base64')}" width="${w}" height="${h}">`,
        );
        await page.setContent(`<body style="margin:0;display:flex">${images.join('')}</body>`);
        await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
        await page.screenshot({ path: file });
        await page.close();
      }
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
