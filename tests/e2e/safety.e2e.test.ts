/**
 * Safety first, in Chromium: pain at the left chest, the inside of the left elbow and the left jaw
 * (a textbook heart pattern), chosen from the region list as a person would, shows the heart
 * emergency above everything else in the panel — in plain words and in medical terms — and at the
 * top of the printed report. axe-core finds nothing serious on the panel with the alerts and the
 * open health intake.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, type PainSite } from '../../src/domain/explain';
import { highlightRoles } from '../../src/domain/highlight';
import { seriousAxeViolations } from './axe';
import { type AppSession, hook, openPrintedReport, paintedRoles, printToPdf, startApp } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const SITES: PainSite[] = [
  { region: 'chest', side: 'left' },
  { region: 'inner_elbow', side: 'left' },
  { region: 'jaw', side: 'left' },
];
const plain = explain({ sites: SITES }, 'plain');
const medical = explain({ sites: SITES }, 'medical');
const heartPlain = plain.safety[0]!;
const heartMedical = medical.safety[0]!;

/** Pick a region's side from the region list (search, then the side's toggle). */
async function choose(page: Page, query: string, label: string) {
  const search = page.getByRole('searchbox', { name: 'Search the body regions' });
  await search.fill(query);
  await page.getByRole('button', { name: label, exact: true }).click();
  const chips = page.getByRole('list', { name: 'Selected pain sites' });
  await expect.poll(() => chips.textContent()).toContain(label);
}

/** The vertical position of the top of an element. */
async function top(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box.y;
}

/**
 * The emergency alert with this text is announced, and the emergencies are the first thing in the
 * open tab, above the sites, the muscles and the rest.
 */
async function expectEmergencyFirst(page: Page, text: string) {
  const panel = page.locator('.tabpanel:not([hidden])');
  const alert = panel.locator('.safety-alerts [role="alert"]').filter({ hasText: text });
  await expect.poll(() => alert.count()).toBe(1);
  expect(await alert.isVisible()).toBe(true);
  // The first section of the tab is the alerts, and the first alert is the emergency.
  const order = await panel.evaluate((el) => ({
    first: el.firstElementChild?.className ?? '',
    urgencies: [...el.querySelectorAll('.safety-alert')].map((li) => li.className),
  }));
  expect(order.first).toContain('safety-alerts');
  expect(order.urgencies[0]).toContain('urgency-emergency');
  const y = Math.max(
    ...(await panel
      .locator('.safety-alert.urgency-emergency')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top))),
  );
  for (const other of ['#sites-h', '#primary-h', '#comp-h', '#conditions-h', '#cautions-h']) {
    expect(y).toBeLessThan(await top(page, other));
  }
  // Drawn unmistakably: white on strong red.
  const look = await panel
    .locator('.safety-alert.urgency-emergency')
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, fg: s.color };
    });
  expect(look.fg).toBe('rgb(255, 255, 255)');
  const [r, g, b] = look.bg.match(/\d+/g)!.map(Number);
  expect(r! > 140 && g! < 60 && b! < 60).toBe(true);
}

describe('safety alerts', () => {
  it('the heart pattern shows the emergency above everything, in both vocabularies and in the report', async () => {
    expect(heartPlain.id).toBe('cardiac_pattern');
    expect(heartPlain.urgency).toBe('emergency');

    const page = await app.open();
    expect(await hook(page, 'renderer')).toMatch(/SwiftShader/i);
    const programs = (await hook(page, 'stats')).programs;
    // The region list is open while nothing is selected.
    await choose(page, 'chest', 'Left chest');
    await choose(page, 'elbow', 'Inside of left elbow');
    await choose(page, 'jaw', 'Left jaw and cheek');

    await expectEmergencyFirst(page, heartPlain.clientText);
    // The body paints the two compensating groups in their own roles, with no new shader program.
    const expected = highlightRoles(plain, undefined, 'pain', null);
    const { wanted } = await paintedRoles(page, expected);
    await expect.poll(async () => (await paintedRoles(page, expected)).painted).toEqual(wanted);
    expect(wanted.some((r) => r.endsWith(': inhibited'))).toBe(true);
    expect(wanted.some((r) => r.endsWith(': compensating'))).toBe(true);
    expect((await hook(page, 'stats')).programs).toBe(programs);
    await expect.poll(() => page.locator('.legend').textContent()).toContain('Switched off — activate, don’t massage');
    // Every alert is shown, in the engine's order.
    const texts = await page.locator('.tabpanel:not([hidden]) .safety-alert .safety-text').allTextContents();
    expect(texts).toEqual(plain.safety.map((a) => a.text));

    await page.getByRole('button', { name: 'Medical terms' }).click();
    await expectEmergencyFirst(page, heartMedical.therapistText);
    const medicalTexts = await page.locator('.tabpanel:not([hidden]) .safety-alert .safety-text').allTextContents();
    expect(medicalTexts).toEqual(medical.safety.map((a) => a.text));
    // The compensating lists follow the alerts in a deferred render: wait for them.
    await expect.poll(() => page.getByRole('heading', { name: 'Compensating — inhibited' }).count()).toBe(1);

    // The printed report opens with the same alerts, before the picture and the muscles.
    await openPrintedReport(page);
    const report = page.locator('.print-report');
    expect(await report.isVisible()).toBe(true);
    const first = report.locator('.safety-alert').first();
    expect(await first.getAttribute('class')).toContain('urgency-emergency');
    expect(await first.textContent()).toContain(heartMedical.therapistText);
    const reportOrder = await report.evaluate((el) => {
      const safety = el.querySelector('.safety-alerts')!;
      const follows = (other: Element | null) =>
        other !== null && (safety.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      const headings = [...el.querySelectorAll('h2')].filter((h) => !safety.contains(h));
      return {
        image: follows(el.querySelector('.report-image')),
        headings: headings.length > 3 && headings.every(follows),
      };
    });
    expect(reportOrder).toEqual({ image: true, headings: true });
    expect(await top(page, '.print-report .safety-alert.urgency-emergency')).toBeLessThan(
      await top(page, '.print-report .report-image'),
    );

    // In plain words too.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Plain words' }).click();
    await expectEmergencyFirst(page, heartPlain.clientText);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => report.locator('.safety-alert').first().textContent()).toContain(heartPlain.clientText);
    await printToPdf(page);
    await page.emulateMedia({ media: 'screen' });
  }, 240_000);

  it('axe passes on the panel with the alerts and the open health intake, whose answers feed the alerts', async () => {
    const page = await app.open({ path: '#v=1&s=chest:left,inner_elbow:left,jaw:left&w=plain&view=front&tab=pain' });
    await expectEmergencyFirst(page, heartPlain.clientText);
    const intake = page.locator('.intake');
    await intake.getByText('A few questions before hands-on work').click();
    const saddle = page.getByRole('checkbox', { name: /numbness around the back passage/ });
    await saddle.check();
    // The answer adds its own emergency (cauda equina) to the alerts at the top.
    const expected = explain({ sites: SITES, intake: ['saddle_numbness'] }, 'plain').safety;
    await expect
      .poll(() => page.locator('.tabpanel:not([hidden]) .safety-alert .safety-text').allTextContents())
      .toEqual(expected.map((a) => a.text));
    expect(await intake.textContent()).toContain('stay on this device');
    // Health data never goes into the link.
    expect(page.url()).not.toContain('saddle');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Medical terms' }).click();
    await expectEmergencyFirst(page, heartMedical.therapistText);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 180_000);
});
