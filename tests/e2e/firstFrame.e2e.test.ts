/**
 * What keeps the first frame fast (issue 13): the first frame with the model draws the skin alone
 * (muscles and bones are merged right after it), and a click made before that deferred merge has
 * run still paints the muscles (reading them merges them on the spot). The 3D canvas is sized
 * once: every write of a canvas's width or height reallocates its drawing buffer. The first
 * model frame is marked in the frame that draws the body, not a frame later. That frame is drawn
 * before the app (React, the panels, the content) mounts, and the 3D view then shows the same
 * picture.
 */

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { highlightRoles } from '../../src/domain/highlight';
import {
  type AppSession,
  hook,
  idle,
  paintedRoles,
  screenPointOf,
  screenshotPixels,
  startApp,
  waitForModel,
} from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

/**
 * How two screenshots of the same size differ: the mean of each pixel's largest channel
 * difference, and the share of pixels differing by more than 16.
 */
async function difference(page: Page, a: Buffer, b: Buffer): Promise<{ mean: number; over16: number }> {
  const [p, q] = await Promise.all([screenshotPixels(page, a), screenshotPixels(page, b)]);
  let sum = 0;
  let over = 0;
  for (let i = 0; i < p.length; i += 4) {
    const d = Math.max(Math.abs(p[i]! - q[i]!), Math.abs(p[i + 1]! - q[i + 1]!), Math.abs(p[i + 2]! - q[i + 2]!));
    sum += d;
    if (d > 16) over++;
  }
  return { mean: sum / (p.length / 4), over16: over / (p.length / 4) };
}

describe('the first model frame', () => {
  it.each([
    ['', 'front'],
    ['#v=1&view=back', "a link's view"],
  ])('is drawn before the app mounts, and the 3D view then shows the same picture (%s: %s)', async (path) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const page = await app.open({ path, waitForModel: false, holdApp: held });
    await page.waitForFunction(() => performance.getEntriesByName('myotrace:first-model-frame').length > 0, null, {
      timeout: 60_000,
    });
    // The app has not mounted: the static shell of index.html is all there is around the body.
    expect(await page.locator('.topbar button').count()).toBe(0);
    expect(await page.locator('aside.panel').getAttribute('aria-busy')).toBe('true');
    // The middle of the view, where the body is and no control overlaps it.
    const box = (await page.locator('.body-canvas canvas').boundingBox())!;
    const clip = {
      x: box.x + box.width * 0.3,
      y: box.y + box.height * 0.1,
      width: box.width * 0.4,
      height: box.height * 0.7,
    };
    const first = await page.screenshot({ clip });
    release();
    await waitForModel(page);
    const shown = await page.screenshot({ clip });
    // The view draws with the program the first frame compiled: one program per transparency.
    expect((await hook(page, 'stats')).programs).toBe(2);
    const d = await difference(page, first, shown);
    expect(d.mean).toBeLessThan(1.5);
    expect(d.over16).toBeLessThan(0.01);
    // Both are the body: the middle of the view is not the empty background.
    const blank = await page.screenshot({
      clip: { x: box.x + 2, y: box.y + 2, width: clip.width, height: clip.height },
    });
    expect((await difference(page, first, blank)).over16).toBeGreaterThan(0.05);
  });

  it('draws the skin alone; muscles and bones are merged after it', async () => {
    const page = await app.open({ waitForModel: false });
    await page.waitForFunction(() => window.__myotrace !== undefined, null, { timeout: 60_000 });
    await page.waitForFunction(() => window.__myotrace!.merged().atFirstFrame !== null, null, { timeout: 60_000 });
    expect((await hook(page, 'merged')).atFirstFrame).toEqual(['region']);
    await idle(page);
    expect(await hook(page, 'merged')).toMatchObject({ now: ['region', 'muscle', 'bone'], warming: false });
  });

  it('is marked in the animation frame that first draws the body, as the bench reads it', async () => {
    // Each animation frame's timestamp, the frame of the first draw of the skin (the only draw
    // of over 50,000 indices before anything is highlighted) and the frame of the mark.
    const page = await app.open({
      waitForModel: false,
      init: () => {
        const w = window as unknown as { __frame?: number; __drawFrame?: number; __markFrame?: number };
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) =>
          raf((ts) => {
            w.__frame = ts;
            cb(ts);
          });
        const draw = WebGL2RenderingContext.prototype.drawElements;
        WebGL2RenderingContext.prototype.drawElements = function (mode, count, type, offset) {
          if (w.__drawFrame === undefined && count > 50_000) w.__drawFrame = w.__frame;
          draw.call(this, mode, count, type, offset);
        };
        const mark = performance.mark.bind(performance);
        performance.mark = (name, options) => {
          if (name === 'myotrace:first-model-frame') w.__markFrame = w.__frame;
          return mark(name, options);
        };
      },
    });
    await page.waitForFunction(() => performance.getEntriesByName('myotrace:first-model-frame').length > 0, null, {
      timeout: 60_000,
    });
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __drawFrame?: number; __markFrame?: number };
      return { draw: w.__drawFrame, mark: w.__markFrame };
    });
    expect(frames.draw).toBeTypeOf('number');
    expect(frames.mark).toBe(frames.draw);
  });

  it('a click before the deferred merge has run still paints the muscles', async () => {
    // Hold back idle callbacks: the deferred merge waits until the test lets it run.
    const page = await app.open({
      waitForModel: false,
      init: () => {
        const held: (() => void)[] = [];
        const w = window as unknown as { __held: (() => void)[]; requestIdleCallback: (cb: () => void) => number };
        w.__held = held;
        w.requestIdleCallback = (cb: () => void) => held.push(cb);
      },
    });
    await page.waitForFunction(() => window.__myotrace !== undefined, null, { timeout: 60_000 });
    await page.waitForSelector('[role="progressbar"]', { state: 'detached', timeout: 60_000 });
    expect((await hook(page, 'merged')).now).toEqual(['region']);
    const p = await screenPointOf(page, 'region', 'front_of_thigh', 'right');
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => window.__myotrace!.merged().now.includes('muscle'), null, { timeout: 20_000 });
    // Merged by the click, not by the deferred job (still held back).
    expect((await hook(page, 'merged')).warming).toBe(true);
    const sites = [{ region: 'front_of_thigh', side: 'right' }] as const;
    const expected = highlightRoles(explain({ sites }), undefined, 'pain', null);
    const { painted, wanted } = await paintedRoles(page, expected);
    expect(painted.length).toBeGreaterThan(50);
    expect(painted).toEqual(wanted);
    expect((await hook(page, 'visibility')).bones).toBe('solid');
    // Let the deferred work run: the view comes to rest with everything merged.
    await page.evaluate(() => {
      for (const cb of (window as unknown as { __held: (() => void)[] }).__held.splice(0)) cb();
    });
    await idle(page);
    expect(await hook(page, 'merged')).toMatchObject({ now: ['region', 'muscle', 'bone'], warming: false });
  });

  it('sizes the 3D canvas once, through the first frame and the workspace replacing the shell', async () => {
    // Count writes of a canvas's width and height (each one reallocates its drawing buffer).
    const page = await app.open({
      init: () => {
        const w = window as unknown as { __canvasSizes: string[] };
        w.__canvasSizes = [];
        for (const key of ['width', 'height'] as const) {
          const own = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, key)!;
          Object.defineProperty(HTMLCanvasElement.prototype, key, {
            get: own.get,
            set(this: HTMLCanvasElement, v: number) {
              if (this.closest('.body-canvas')) w.__canvasSizes.push(`${key} ${v}`);
              own.set!.call(this, v);
            },
          });
        }
      },
    });
    await idle(page);
    const sizes = await page.evaluate(() => (window as unknown as { __canvasSizes: string[] }).__canvasSizes);
    const box = await page.locator('.body-canvas canvas').boundingBox();
    expect(sizes).toEqual([`width ${Math.round(box!.width)}`, `height ${Math.round(box!.height)}`]);
  });
});
