/**
 * The clinical content ships as one hashed JSON file (scripts/vite/contentAsset.ts). It is
 * preloaded from index.html, and when it cannot be fetched the page says so instead of staying blank.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppSession, startApp } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('clinical content', () => {
  it('is preloaded from index.html, from the same origin, and requested once by the page', async () => {
    const page = await app.open();
    const href = await page.evaluate(
      () =>
        (document.querySelector('link[rel="preload"][as="fetch"][href*="content-"]') as HTMLLinkElement | null)?.href,
    );
    expect(href).toMatch(/\/assets\/content-[^/]+\.json$/);
    expect(new URL(href!).origin).toBe(new URL(app.server.url).origin);
    // Once by the page (the preload, which the app's fetch reuses), and at most once more by the
    // service worker's precache. (The model file is no longer preloaded: the entry fetches the
    // chosen body's, see src/app/bodyChoice.ts.)
    const requested = app.requests.filter((u) => u === href).length;
    expect(requested).toBeGreaterThanOrEqual(1);
    expect(requested).toBeLessThanOrEqual(2);
  });

  it('says plainly that it could not load, rather than a blank page', async () => {
    const page = await app.open({ blockContent: true, waitForModel: false });
    const alert = page.getByRole('alert').filter({ hasText: 'could not load its clinical content' });
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Reload' }).count()).toBe(1);
  });
});
