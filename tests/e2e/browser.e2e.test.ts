/**
 * The test browser itself (scripts/browser/chromium.ts): a new window loads nothing but the page
 * under test. Headless Chromium otherwise opens the address bar's WebUI popups in every new window,
 * whose work competes with the page for this machine's two cores (issue 13: a bench that holds).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the test browser', () => {
  it('opens no browser-UI page beside the page under test, in each new window', async () => {
    const cdp = await browser.newBrowserCDPSession();
    for (let window = 0; window < 2; window++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent('<p>a page under test</p>');
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { type: string; url: string }[];
      };
      // The popups, when enabled, are listed by the time a window's first page has loaded.
      expect(targetInfos.filter((t) => t.type !== 'page').map((t) => t.url)).toEqual([]);
      expect(targetInfos.filter((t) => t.type === 'page')).toHaveLength(1);
      await context.close();
    }
    await cdp.detach();
  });
});
