/**
 * The printable report and the phone layout: the report shows an image of the 3D view, the pain
 * sites, the muscles, the conditions, the cautions and the notes; headless Chromium prints it to
 * PDF. On a phone, a tap selects a region and the panel is a bottom sheet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppSession, hook, idle, openPrintedReport, printToPdf, screenPointOf, startApp } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('printable report', () => {
  it('prints the view, the explanation and the notes', async () => {
    const page = await app.open({ path: '#v=1&s=outer_elbow:right&w=plain&view=front&tab=pain' });
    await idle(page);
    await page.getByLabel('Printed on the report. Not part of the share link.').fill('Pain worse after typing.');
    await openPrintedReport(page);
    expect(page.url()).not.toContain('typing');

    const report = page.locator('.print-report');
    expect(await report.isVisible()).toBe(true);
    expect(await page.locator('.app').isVisible()).toBe(false);
    const text = (await report.textContent()) ?? '';
    for (const part of ['Pain sites', 'Outside of right elbow', 'Related conditions', 'Cautions', 'not a diagnosis']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('Pain worse after typing.');
    const size = await page.locator('.report-image').evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(size).toBeGreaterThan(100);

    const pdf = await printToPdf(page);
    expect(pdf.length).toBeGreaterThan(30_000);
  });
});

describe('on a phone', () => {
  it('a tap selects a region and the panel opens as a bottom sheet', async () => {
    const page = await app.open({ viewport: { width: 390, height: 844 }, touch: true });
    const p = await screenPointOf(page, 'region', 'front_of_thigh', 'left');
    await page.touchscreen.tap(p.x, p.y);
    const chips = page.getByRole('list', { name: 'Selected pain sites' });
    await expect.poll(() => chips.textContent()).toMatch(/left thigh/i);
    const handle = page.getByRole('button', { name: /show the explanation/i });
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    await handle.click();
    const open = page.getByRole('button', { name: 'Show less' });
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const box = await page.locator('.panel').boundingBox();
    expect(box!.y + box!.height).toBeCloseTo(844, -1);
    expect(box!.height).toBeGreaterThan(600);
    expect((await hook(page, 'roles')).some((r) => r.role === 'primary')).toBe(true);
  });
});
