/**
 * Everything works without the canvas: the region list with the keyboard alone gives the same
 * explanation, and axe-core finds no serious or critical violation on the screens people see.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { seriousAxeViolations } from './axe';
import { type AppSession, idle, startApp } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

/** Press Tab until the focused element matches, or fail after `max` presses. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; type: string; role: string; label: string; text: string }) => boolean,
  max = 80,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        tag: a?.tagName.toLowerCase() ?? '',
        type: a?.getAttribute('type') ?? '',
        role: a?.getAttribute('role') ?? '',
        label: a?.getAttribute('aria-label') ?? '',
        text: (a?.textContent ?? '').trim(),
      };
    });
    if (matches(el)) return;
  }
  throw new Error('focus never reached the element');
}

describe('without the canvas', () => {
  it('the keyboard alone selects a region and opens a muscle card', async () => {
    const page = await app.open();
    // The region list's search field (past the search box in the top bar).
    // (Past the body switch's radios too.)
    await tabTo(page, (el) => el.tag === 'input' && el.role !== 'combobox' && el.type !== 'radio');
    await page.keyboard.type('elbow');
    await tabTo(page, (el) => el.label === 'Outside of right elbow');
    await page.keyboard.press('Space');
    const chips = page.getByRole('list', { name: 'Selected pain sites' });
    await expect.poll(() => chips.textContent()).toContain('Outside of right elbow');
    const first = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] }).primary[0]!;
    // From the top of the page, the first muscle of the explanation.
    await page.locator('body').focus();
    await tabTo(page, (el) => el.text.startsWith(first.plainName));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('card-h');
    expect(await page.locator('.muscle-card').textContent()).toContain('Origin');
    // Remove the site with the keyboard too.
    await page.locator('.muscle-card button').first().press('Enter');
    await page.getByRole('button', { name: 'Remove Outside of right elbow' }).press('Enter');
    await expect.poll(() => chips.count()).toBe(0);
  });

  it('without WebGL, says so and the list still gives the explanation', async () => {
    const page = await app.open({ noWebGL: true, waitForModel: false });
    await expect.poll(() => page.getByText('could not start on this device').count()).toBe(1);
    await page.getByRole('button', { name: 'Outside of right elbow' }).click();
    const first = explain({ sites: [{ region: 'outer_elbow', side: 'right' }] }).primary[0]!;
    await expect.poll(() => page.locator('#primary-h + ol > li').first().textContent()).toContain(first.plainName);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('the tabs switch with the arrow keys', async () => {
    const page = await app.open({ waitForModel: false });
    await page.getByRole('tab', { name: 'Where it hurts' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Posture & movement' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('checkbox', { name: 'Knees cave in' }).press('Space');
    await expect.poll(() => page.locator('#over-h + ol > li').count()).toBeGreaterThan(0);
  });

  it('axe-core finds no serious or critical violation on the default screen', async () => {
    const page = await app.open();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('axe-core finds none with an explanation, a muscle card, and the findings tab', async () => {
    const page = await app.open({ path: '#v=1&s=outer_elbow:right,calf:left&w=plain&view=front&tab=pain' });
    await idle(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('#primary-h + ol .entry-button').first().click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const findings = await app.open({ path: '#v=1&f=forward_head&w=medical&view=front&tab=findings' });
    expect(await seriousAxeViolations(findings)).toEqual([]);
  });

  it('axe-core finds none on a phone-sized screen', async () => {
    const page = await app.open({
      viewport: { width: 390, height: 844 },
      touch: true,
      path: '#v=1&s=shin:left&tab=pain',
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
