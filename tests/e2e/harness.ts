/**
 * Shared set-up for the end-to-end tests: serve dist/ on loopback, launch Chromium, open the app
 * and wait until the body is drawn. Every request the page makes is recorded.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium';
import { type StaticServer, serveStatic } from '../../scripts/browser/staticServer';
import { type MeshHighlight, type MeshSide, roleOf } from '../../src/domain/highlight';
import type { MuscleId } from '../../src/domain/ids';
import type { MyoTraceTestHook } from '../../src/scene/testHook';

export interface AppSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** Every URL requested by any page opened through `open` (and by its service worker). */
  readonly requests: string[];
  /** Uncaught errors and Content-Security-Policy violations of any page opened through `open`. */
  readonly errors: string[];
  open(options?: OpenOptions): Promise<Page>;
  /** Close every page opened so far (a test that stands alone closes what it opened). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Appended to the app's URL (e.g. a share-link hash). */
  readonly path?: string;
  readonly viewport?: { width: number; height: number };
  readonly touch?: boolean;
  /** Wait for the 3D view to be ready (default true). */
  readonly waitForModel?: boolean;
  /** Make WebGL unavailable, as on a device without it. */
  readonly noWebGL?: boolean;
  /** Open the page in this context (one made by an earlier `open`) instead of a new one. */
  readonly context?: BrowserContext;
  /** Browser permissions for a new context (e.g. clipboard-write). */
  readonly permissions?: string[];
  /** Make the clinical content JSON (assets/content-*.json) fail to load. */
  readonly blockContent?: boolean;
  /** A script run in the page before the app's own (e.g. to record events). */
  readonly init?: () => void;
  /**
   * Hold the app's mount (its chunk, `assets/mountApp-*.js`) back until this settles: the page
   * shows the static shell and the body's first frame alone until then (see src/main.tsx).
   */
  readonly holdApp?: Promise<void>;
}

/** The built app to serve: the test build (dist-test/, `npm run build:test`), or another named by MYOTRACE_DIST. */
export const DIST = resolve(process.env.MYOTRACE_DIST ?? resolve(import.meta.dirname, '../../dist-test'));

export async function startApp(): Promise<AppSession> {
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  const requests: string[] = [];
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    requests,
    errors,
    async open(options = {}) {
      let context = options.context;
      if (!context) {
        context = await browser.newContext({
          viewport: options.viewport ?? { width: 1280, height: 800 },
          hasTouch: options.touch ?? false,
          isMobile: options.touch ?? false,
          permissions: options.permissions ?? [],
        });
        contexts.push(context);
        context.on('request', (r) => requests.push(r.url()));
      }
      const page = await context.newPage();
      if (options.blockContent) await page.route(/\/assets\/content-[^/]*\.json$/, (route) => route.abort());
      if (options.init) await page.addInitScript(options.init);
      const hold = options.holdApp;
      if (hold) {
        await page.route(/\/assets\/mountApp-[^/]*\.js$/, async (route) => {
          await hold;
          await route.continue();
        });
      }
      if (options.noWebGL) {
        await page.addInitScript(() => {
          const original = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (
            this: HTMLCanvasElement,
            type: string,
            ...rest: unknown[]
          ) {
            if (/webgl/i.test(type)) return null;
            return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
          } as typeof original;
        });
      }
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
      });
      await page.goto(server.url + (options.path ?? ''));
      if (options.waitForModel ?? true) await waitForModel(page);
      return page;
    },
    async closePages() {
      for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One app session for a test file, started before its tests and closed after them. After each test
 * the pages it opened are closed, and it must have made no request to another origin and raised no
 * uncaught error. `use` receives the session once it is started.
 */
export function sessionPerFile(use: (app: AppSession) => void): void {
  let app: AppSession | undefined;
  beforeAll(async () => {
    app = await startApp();
    use(app);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(async () => {
    if (!app) return;
    await app.closePages();
    expect(foreignRequests(app)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
}

/**
 * Wait until the model is drawn, the test hook is installed, the workspace (top bar and panel,
 * mounted after the body's first frame, see src/app/App.tsx) is shown and the view is at rest.
 */
export async function waitForModel(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__myotrace !== undefined, null, { timeout: 60_000 });
  await page.waitForSelector('[role="progressbar"]', { state: 'detached', timeout: 60_000 });
  await page.waitForSelector('aside.panel:not([aria-busy])', { timeout: 60_000 });
  await idle(page);
}

/**
 * Wait until the 3D view is at rest: no camera move under way or planned, every paint drawn, and
 * no frame drawn for a few animation frames (the test hook's `idle`). Throws if it never is.
 */
export async function idle(page: Page, timeoutMs = 60_000): Promise<void> {
  const ok = await page.evaluate((t) => window.__myotrace!.idle(3, t), timeoutMs);
  if (!ok) throw new Error(`the 3D view did not come to rest within ${timeoutMs} ms`);
}

/** Requests to another origin made by any page of the session (data: and blob: are local). */
export function foreignRequests(app: AppSession): string[] {
  const origin = new URL(app.server.url).origin;
  return app.requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
}

/** Call a method of the page's test hook. */
export function hook<K extends keyof MyoTraceTestHook>(
  page: Page,
  name: K,
  ...args: Parameters<MyoTraceTestHook[K]>
): Promise<ReturnType<MyoTraceTestHook[K]>> {
  return page.evaluate(
    ([n, a]) => {
      const h = window.__myotrace as unknown as Record<string, (...x: unknown[]) => unknown>;
      return h[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<ReturnType<MyoTraceTestHook[K]>>;
}

/**
 * The muscles as the body paints them and as `expected` (the engine's highlight) says they should
 * be, each as "name: role" lines in the same order, so a test can compare them line by line.
 */
export async function paintedRoles(
  page: Page,
  expected: ReadonlyMap<string, MeshHighlight>,
): Promise<{ painted: string[]; wanted: string[] }> {
  const roles = await hook(page, 'roles');
  return {
    painted: roles.map((m) => `${m.name}: ${m.role}`),
    wanted: roles.map((m) => `${m.name}: ${roleOf(expected, m.id as MuscleId, m.side as MeshSide).role}`),
  };
}

/** Client pixels of a point of a part that a click there (or a pixel off) would pick now. */
export async function screenPointOf(page: Page, kind: 'region' | 'muscle', id: string, side: string) {
  const s = await hook(page, kind === 'region' ? 'regionPoint' : 'musclePoint', id, side);
  if (!s) throw new Error(`no point of ${kind} ${id} ${side} that a click would pick`);
  return s;
}

/**
 * Press "Print report" with the browser's print dialog replaced by a flag, wait until the app has
 * asked to print, and switch the page to print media so the report is what is shown.
 */
export async function openPrintedReport(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: boolean }).printed = true;
    };
  });
  await page.getByRole('button', { name: 'Print report' }).click();
  await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed === true);
  await page.emulateMedia({ media: 'print' });
}

/** Print the page to an A4 PDF as Chromium would; returns its bytes after checking the header. */
export async function printToPdf(page: Page): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  if (pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('Chromium did not print a PDF');
  return pdf;
}

/** A screenshot's pixels (RGBA, row by row), decoded by the page itself. */
export async function screenshotPixels(page: Page, png: Buffer): Promise<Uint8ClampedArray> {
  const rgba = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return Array.from(ctx.getImageData(0, 0, c.width, c.height).data);
  }, png.toString('base64'));
  return Uint8ClampedArray.from(rgba);
}
