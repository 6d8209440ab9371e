/**
 * The body switch (issue 12): a person switches from the male to the female body and back; the same
 * named site clicked on each gives the same explanation, sites selected before the switch stay
 * selected, and the view stays. Only the chosen body's file is downloaded: the female file only
 * after the switch, the male one not at all when the device remembers the female body. A share
 * link with `body=female` opens on the female body.
 *
 * The checks name the bodies by the file fetched and by what the test hook reports (`body()`), and
 * check once that the file drawn is hers (her stature).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type AppSession, hook, idle, screenPointOf, sessionPerFile } from './harness';

let app: AppSession;

const MALE_FILE = /\/assets\/anatomy-(?!female-)[^/]*\.glb$/;
const FEMALE_FILE = /\/assets\/anatomy-female-[^/]*\.glb$/;

// Whatever a test did: its pages closed, no request to another origin and no uncaught error.
sessionPerFile((a) => {
  app = a;
});

/** Requests made since `from` (an index into the session's request log) that fetched a file. */
const fetched = (from: number, file: RegExp) => app.requests.slice(from).filter((u) => file.test(u));

/** Wait until the test hook reports `body` shown, the progress is gone and the view is at rest. */
async function waitForBody(page: Page, body: string): Promise<void> {
  await page.waitForFunction((b) => window.__myotrace?.body() === b, body, { timeout: 60_000 });
  await page.waitForSelector('[role="progressbar"]', { state: 'detached', timeout: 60_000 });
  await idle(page);
}

/** Click a named skin region where a click picks it, and wait for the panel to list its muscles. */
async function clickSite(page: Page, region: string, side: string): Promise<string> {
  const p = await screenPointOf(page, 'region', region, side);
  await page.mouse.click(p.x, p.y);
  const primary = page.locator('#primary-h + ol');
  await expect.poll(() => primary.locator('> li').count()).toBeGreaterThan(0);
  await idle(page);
  return (await primary.textContent()) ?? '';
}

describe('the body switch', () => {
  it('switches body: the same site gives the same explanation, the selection and view stay, the female file is fetched only then', async () => {
    const start = app.requests.length;
    const page = await app.open();
    expect(await hook(page, 'renderer')).toContain('SwiftShader');
    expect(await hook(page, 'body')).toBe('male');
    expect(await hook(page, 'stature')).toBeCloseTo(1.75, 2);
    // A first visit: the default body, and the switch asks the person to pick.
    const group = page.getByRole('group', { name: 'Body' });
    expect(await group.isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Male', exact: true }).isChecked()).toBe(true);
    expect(await page.getByText('Pick the body closest to yours').isVisible()).toBe(true);
    expect(fetched(start, MALE_FILE).length).toBeGreaterThan(0);
    expect(fetched(start, FEMALE_FILE)).toEqual([]);

    const onMale = await clickSite(page, 'front_of_thigh', 'right');
    const chips = page.getByRole('list', { name: 'Selected pain sites' });
    const chipsOnMale = await chips.textContent();
    expect(chipsOnMale).toMatch(/right thigh/i);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await idle(page);
    expect(fetched(start, FEMALE_FILE)).toEqual([]);

    await page.getByRole('radio', { name: 'Female' }).check();
    await waitForBody(page, 'female');
    expect(fetched(start, FEMALE_FILE).length).toBeGreaterThan(0);
    // Her own file is drawn: she is shorter (1.625 m; docs/female-body.md).
    expect(await hook(page, 'stature')).toBeCloseTo(1.625, 2);
    expect(await page.getByText('Pick the body closest to yours').count()).toBe(0);
    // The selection, its explanation, its paint and the view preset survive the switch.
    expect(await chips.textContent()).toBe(chipsOnMale);
    expect(await page.locator('#primary-h + ol').textContent()).toBe(onMale);
    expect((await hook(page, 'roles')).some((r) => r.role === 'primary')).toBe(true);
    expect(await page.getByRole('button', { name: 'Back', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(page.url()).toContain('body=female');

    // The same named site clicked on the female body: the same explanation.
    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => page.locator('#primary-h + ol > li').count()).toBe(0);
    await idle(page);
    expect(await clickSite(page, 'front_of_thigh', 'right')).toBe(onMale);

    // And back: the male file is not fetched again by the app (it is held), the body is male.
    await page.getByRole('radio', { name: 'Male', exact: true }).check();
    await waitForBody(page, 'male');
    expect(await page.locator('#primary-h + ol').textContent()).toBe(onMale);
  });

  it('remembers the choice on the device: a fresh load fetches the female file and never the male one', async () => {
    const from = app.requests.length;
    // The device remembers the female body (as a pick on an earlier visit leaves it).
    const again = await app.open({
      waitForModel: false,
      init: () => localStorage.setItem('myotrace.body', 'female'),
    });
    await waitForBody(again, 'female');
    await again.waitForSelector('aside.panel:not([aria-busy])');
    expect(await again.getByRole('radio', { name: 'Female' }).isChecked()).toBe(true);
    expect(await again.getByText('Pick the body closest to yours').count()).toBe(0);
    expect(fetched(from, FEMALE_FILE).length).toBeGreaterThan(0);
    expect(fetched(from, MALE_FILE)).toEqual([]);
  });

  it('opens a share link with body=female on the female body, with its sites', async () => {
    const start = app.requests.length;
    const page = await app.open({ path: '#v=1&s=front_of_thigh:right&w=plain&body=female&view=front&tab=pain' });
    await waitForBody(page, 'female');
    expect(await page.getByRole('radio', { name: 'Female' }).isChecked()).toBe(true);
    expect(await page.getByRole('list', { name: 'Selected pain sites' }).textContent()).toMatch(/right thigh/i);
    expect((await hook(page, 'roles')).some((r) => r.role === 'primary')).toBe(true);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(fetched(start, FEMALE_FILE).length).toBeGreaterThan(0);
    expect(fetched(start, MALE_FILE)).toEqual([]);
  });
});
