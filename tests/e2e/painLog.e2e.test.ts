/**
 * The pain log across sessions: a site scored 7 and 5 in two earlier saved sessions (seeded on
 * the device, with distinct dates), then scored 2 with the chip's slider (keyboard) and saved as
 * a new session → the Sessions dialog charts three points for that site, and the printed report
 * has the plan and the same chart with three points.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppSession, idle, openPrintedReport, printToPdf, startApp } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('pain log', () => {
  it('three sessions with falling scores chart three points, in the dialog and the printed report', async () => {
    const page = await app.open({
      path: '#v=1&s=calf:right&w=plain&tab=pain',
      // Runs in the page (serialised), so everything it needs is written inside it.
      init: () => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        const visit = (id: string, day: number, pain: number) => ({
          version: 2,
          id,
          title: `Visit ${day}`,
          createdAt: `2026-11-0${day}T10:00:00.000Z`,
          updatedAt: `2026-11-0${day}T10:00:00.000Z`,
          sites: [{ region: 'calf', side: 'right', pain }],
          findings: [],
          notes: '',
          vocabulary: 'plain',
          goal: 'Walk to work without pain.',
          intake: [],
        });
        localStorage.setItem(
          'myotrace.sessions',
          JSON.stringify({ version: 2, sessions: [visit('s1', 1, 7), visit('s2', 2, 5)] }),
        );
      },
    });
    await idle(page);
    const slider = page.getByRole('slider', { name: /^Pain score, .*calf/i });
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.inputValue()).toBe('2');

    await page.getByRole('button', { name: 'Sessions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Saved sessions' });
    await dialog
      .getByRole('button', { name: /^Save (this session|as a new session)$/ })
      .first()
      .click();
    const chart = dialog.locator('.pain-chart[data-site="calf|right"]');
    await expect.poll(() => chart.locator('svg').getAttribute('data-points')).toBe('3');
    expect(await chart.locator('circle').count()).toBe(3);
    expect(await chart.locator('tbody tr td:last-child').allTextContents()).toEqual(['7', '5', '2']);
    await page.keyboard.press('Escape');

    await openPrintedReport(page);
    const report = page.locator('.print-report');
    await expect.poll(() => report.isVisible()).toBe(true);
    expect(await report.getByRole('heading', { name: 'Treatment plan' }).count()).toBe(1);
    const printed = report.locator('.report-pain-log .pain-chart[data-site="calf|right"]');
    expect(await printed.locator('svg').getAttribute('data-points')).toBe('3');
    expect(await printed.locator('circle').count()).toBe(3);
    await printToPdf(page);
  });
});
