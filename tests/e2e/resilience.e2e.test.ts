/**
 * The 3D view's bad moments: the browser takes the WebGL context away (WEBGL_lose_context) and gives
 * it back — a notice meanwhile, the body drawn again after; and an error inside the 3D view — the
 * panels stay and keep working, and the view can be tried again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { type AppSession, hook, screenPointOf, startApp, waitForModel } from './harness';

let app: AppSession;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  page = await app.open();
});

afterAll(async () => {
  await app?.close();
});

/** Lose or restore the canvas's WebGL context through the WEBGL_lose_context extension. */
function loseContext(p: Page, restore: boolean) {
  return p.evaluate((r) => {
    // A lost context gives no extensions, so keep the one used to lose it.
    const w = window as unknown as { __lose?: WEBGL_lose_context | null };
    if (!w.__lose) {
      const canvas = document.querySelector('.body-canvas canvas') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      w.__lose = gl.getExtension('WEBGL_lose_context');
    }
    if (!w.__lose) throw new Error('no WEBGL_lose_context');
    if (r) w.__lose.restoreContext();
    else w.__lose.loseContext();
  }, restore);
}

/** How many pixels of a screenshot of the view are warm (skin or glowing muscle), not the grey background. */
async function bodyPixels(p: Page): Promise<number> {
  const png = (await p.locator('.viewport').screenshot()).toString('base64');
  return p.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 128;
    c.height = 128;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0, 128, 128);
    const d = ctx.getImageData(0, 0, 128, 128).data;
    let warm = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! - d[i + 2]! > 18) warm++;
    return warm;
  }, png);
}

describe('the 3D view', () => {
  it('says so while the WebGL context is lost, and draws the body again once it is restored', async () => {
    expect(await bodyPixels(page)).toBeGreaterThan(200);
    await loseContext(page, false);
    const notice = page.getByText('The 3D view was interrupted by the graphics system.');
    await expect.poll(() => notice.count()).toBe(1);
    await expect.poll(() => bodyPixels(page)).toBeLessThan(50);
    // The panels keep working meanwhile.
    await page.getByRole('button', { name: 'Outside of right elbow' }).click();
    await expect.poll(() => page.locator('#primary-h + ol > li').count()).toBeGreaterThan(0);
    await loseContext(page, true);
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => bodyPixels(page), { timeout: 15_000 }).toBeGreaterThan(200);
    const stats = await hook(page, 'stats');
    expect(stats.calls).toBeGreaterThan(0);
    expect((await hook(page, 'roles')).some((r) => r.role === 'primary')).toBe(true);
    // Picking works on the restored view.
    const p = await screenPointOf(page, 'region', 'front_of_thigh', 'left');
    await page.mouse.click(p.x, p.y);
    await expect
      .poll(() => page.getByRole('list', { name: 'Selected pain sites' }).textContent())
      .toMatch(/left thigh/i);
  });

  it('an error inside the 3D view leaves the panels working, and the view can be tried again', async () => {
    const fresh = await app.open();
    await hook(fresh, 'fail', 'a test fault in the 3D view');
    const fallback = fresh.getByText('The 3D view stopped after an error.');
    await expect.poll(() => fallback.count()).toBe(1);
    expect(await fresh.locator('.body-canvas canvas').count()).toBe(0);
    // The panels are there and work.
    await fresh.getByRole('button', { name: 'Outside of right elbow' }).click();
    const first = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] }).primary[0]!;
    await expect.poll(() => fresh.locator('#primary-h + ol > li').first().textContent()).toContain(first.plainName);
    await fresh.getByRole('button', { name: 'Sessions' }).click();
    await fresh.getByRole('button', { name: 'Close' }).click();
    // Try again: the body comes back with the selection painted.
    await fresh.getByRole('button', { name: 'Try the 3D view again' }).click();
    await waitForModel(fresh);
    await expect.poll(async () => (await hook(fresh, 'roles')).some((r) => r.role === 'primary')).toBe(true);
    expect(await fallback.count()).toBe(0);
    expect(app.errors.filter((e) => !e.includes('a test fault'))).toEqual([]);
  });
});
