/**
 * Offline: after a first visit, the service worker holds the app shell, the chunks and the model,
 * so a second visit with the browser offline — and the server gone — loads the app, draws the body
 * and explains a pain site. The app can be installed: a manifest with icons, a theme colour and
 * standalone display.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { type AppSession, hook, startApp, waitForModel } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('offline', () => {
  it('a second visit works with no network at all', async () => {
    const first = await app.open();
    // The service worker installs after the first frame and caches the build, the model included.
    await expect
      .poll(
        () =>
          first.evaluate(async () => {
            const reg = await navigator.serviceWorker.getRegistration();
            if (reg?.active?.state !== 'activated' || !navigator.serviceWorker.controller) return 'not yet';
            const cache = (await caches.keys()).find((k) => k.startsWith('myotrace-'));
            if (!cache) return 'no cache';
            const urls = (await (await caches.open(cache)).keys()).map((r) => r.url);
            return urls.some((u) => u.endsWith('.glb')) && urls.some((u) => /\/assets\/BodyCanvas-.*\.js$/.test(u))
              ? 'cached'
              : 'incomplete';
          }),
        { timeout: 30_000, interval: 250 },
      )
      .toBe('cached');
    // The manifest makes it installable.
    const manifest = await first.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]') as HTMLLinkElement;
      return (await fetch(link.href)).json();
    });
    expect(manifest).toMatchObject({ display: 'standalone', theme_color: '#1d5f8a', short_name: 'MyoTrace' });
    const sizes = (manifest.icons as { sizes: string; purpose: string }[]).map((i) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    const context = first.context();
    await first.close();

    // No network: the browser is offline and the server is gone.
    await context.setOffline(true);
    await app.server.close();
    const page = await app.open({ context, waitForModel: false });
    await waitForModel(page);
    expect(await hook(page, 'renderer')).toContain('SwiftShader');
    expect((await hook(page, 'counts')).region).toBeGreaterThan(50);
    await page.getByRole('button', { name: 'Outside of right elbow' }).click();
    const first1 = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] }).primary[0]!;
    await expect.poll(() => page.locator('#primary-h + ol > li').first().textContent()).toContain(first1.plainName);
    await expect.poll(async () => (await hook(page, 'roles')).some((r) => r.role === 'primary')).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
