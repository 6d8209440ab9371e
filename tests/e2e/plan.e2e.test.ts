/**
 * The treatment plan as a therapist uses it: mark the right calf inflamed → its muscles get the
 * "no deep work" look on the body and are listed under avoid in the Plan tab, while the hamstrings
 * and the foot muscles stay to release; tick Trendelenburg gait on the right → the right gluteus
 * medius is listed to activate; the report prints the plan; axe passes on the plan tab and on the
 * findings with gait findings; the share link brings back the inflamed mark and the gait finding.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { getMuscle } from '../../src/domain/knowledgeBase';
import { muscleLabel } from '../../src/domain/labels';
import { seriousAxeViolations } from './axe';
import { type AppSession, hook, idle, openPrintedReport, printToPdf, screenshotPixels, startApp } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const CALF = { region: 'calf', side: 'right', inflamed: true } as const;

/** The painted role of each muscle mesh, keyed `id|side`. */
async function roles(page: Page): Promise<Map<string, string>> {
  return new Map((await hook(page, 'roles')).map((r) => [`${r.id}|${r.side}`, r.role]));
}

/** The muscle names listed in one section of the Plan tab. */
async function planNames(page: Page, section: 'plan-avoid' | 'plan-release' | 'plan-activate'): Promise<string[]> {
  return page.locator(`[data-plan="${section}"] .entry-name`).allTextContents();
}

/**
 * Amber and dark pixels in a small square of the screen around a point: the stripes of the
 * "no deep work" look show many of both; any other paint of a muscle shows few amber pixels (its
 * shaded side can still be dark). The labels are left out of the shot.
 */
async function stripesAt(page: Page, at: { x: number; y: number }): Promise<{ amber: number; dark: number }> {
  // The body's paint only: the label layer's leader lines and dots can cross the square.
  // (The screenshot's `style` option did not hide this SVG layer: hide it by hand around the shot.)
  const layer = page.locator('.label-layer');
  const shown = (await layer.count()) > 0;
  if (shown) await layer.evaluate((el: SVGElement) => el.style.setProperty('display', 'none'));
  const png = await page.screenshot({ clip: { x: at.x - 12, y: at.y - 12, width: 24, height: 24 } });
  if (shown) await layer.evaluate((el: SVGElement) => el.style.removeProperty('display'));
  const d = await screenshotPixels(page, png);
  let amber = 0;
  let dark = 0;
  for (let i = 0; i < d.length; i += 4) {
    const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!];
    const luma = 0.299 * r + 0.587 * g + 0.114 * b;
    if (r > 170 && g > 110 && b < 110 && r - b > 100) amber++;
    if (luma < 80) dark++;
  }
  return { amber, dark };
}

/** The "no deep work" look: amber and dark bands both fill a good part of the square. */
function looksStriped(px: { amber: number; dark: number }): boolean {
  return px.amber >= 40 && px.dark >= 60;
}

/** Select the right calf from the region list (as with the keyboard alone) and mark it inflamed. */
async function markRightCalfInflamed(page: Page, check?: { programs: number }) {
  await page.getByRole('button', { name: 'Medical terms' }).click();
  await page.getByLabel('Search the body regions').fill('calf');
  const region = page.getByRole('button', { name: 'Right posterior crural (sural) region', exact: true });
  await region.click();
  await expect.poll(() => region.getAttribute('aria-pressed')).toBe('true');
  if (check) {
    // Before the mark: the calf glows as a likely cause, without stripes.
    await expect
      .poll(async () => (await hook(page, 'roles')).find((r) => r.id === 'soleus' && r.side === 'right')?.role)
      .toBe('primary');
    // Wait for the camera to come to rest and the paint to be drawn before reading pixels.
    await idle(page);
    const at = await hook(page, 'musclePoint', 'soleus', 'right');
    expect(at).not.toBeNull();
    // The same criterion as for the stripes below, so it does not depend on how much of the
    // square the calf's own shading darkens from this view.
    const px = await stripesAt(page, at!);
    expect(looksStriped(px)).toBe(false);
    check.programs = (await hook(page, 'stats')).programs;
  }
  const mark = page
    .getByRole('list', { name: 'Selected pain sites' })
    .getByRole('button', { name: /^Acute \/ inflamed: Right posterior crural/ });
  await mark.click();
  await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true');
}

describe('the treatment plan', () => {
  it('an inflamed right calf: no deep work on the calf muscles, the surrounding groups still released', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    // Let the turn to the back finish first: selecting the region frames it from where the
    // camera is, and a framing started mid-turn ends on another view.
    await idle(page);
    const before = { programs: -1 };
    await markRightCalfInflamed(page, before);
    const plan = explain({ sites: [CALF] }, 'medical').plan;
    const calf = plan.avoid.filter((m) => getMuscle(m.id).group === 'calf');
    expect(calf.length).toBeGreaterThanOrEqual(3);

    // On the body: every avoided muscle shows the "no deep work" look (pain tab).
    await expect
      .poll(async () => {
        const painted = await roles(page);
        return plan.avoid.every((m) => painted.get(`${m.id}|right`) === 'avoid');
      })
      .toBe(true);
    // Drawn striped: amber and dark bands on the calf, with no new shader program.
    await expect
      .poll(async () => {
        const at = await hook(page, 'musclePoint', 'soleus', 'right');
        if (!at) return false;
        const px = await stripesAt(page, at);
        return looksStriped(px);
      })
      .toBe(true);
    expect((await hook(page, 'stats')).programs).toBe(before.programs);
    expect(before.programs).toBeLessThanOrEqual(6);
    // The region list marks the site too.
    const listed = page.getByRole('button', { name: 'Inflamed (right): Right posterior crural (sural) region' });
    expect(await listed.getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.locator('[data-plan="plan-avoid"]').waitFor();
    const avoid = await planNames(page, 'plan-avoid');
    const release = await planNames(page, 'plan-release');
    expect(avoid).toEqual(plan.avoid.map((m) => muscleLabel(getMuscle(m.id), m.side, 'medical')));
    for (const m of calf) expect(avoid).toContain(`${getMuscle(m.id).name} (right)`);
    expect(release).toEqual(plan.release.map((m) => muscleLabel(getMuscle(m.id), m.side, 'medical')));
    // Never both avoided and released; the hamstrings and the muscles of the foot are still released.
    expect(release.filter((n) => avoid.includes(n))).toEqual([]);
    const groups = plan.release.map((m) => getMuscle(m.id).group);
    expect(groups).toContain('hamstrings');
    expect(groups).toContain('plantar_intrinsics');
    const note = (await page.locator('.plan-site-notes').textContent()) ?? '';
    expect(note).toMatch(/right posterior crural \(sural\) region is inflamed: no deep work on the calf muscles/i);
    expect(note).toMatch(/hamstrings.*may be treated gently/);

    // In the plan tab the body shows the plan: avoided hatched, released and activated in their colours.
    await expect
      .poll(async () => {
        const painted = await roles(page);
        return (
          plan.avoid.every((m) => painted.get(`${m.id}|right`) === 'avoid') &&
          plan.release.every((m) => painted.get(`${m.id}|right`) === 'overactive')
        );
      })
      .toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 240_000);

  it('Trendelenburg gait on the right: the right gluteus medius is listed to activate', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'Medical terms' }).click();
    await page.getByRole('tab', { name: 'Posture & movement' }).click();
    const gait = page.getByRole('group', { name: 'Walking (gait)' });
    await gait.getByRole('checkbox', { name: /^Trendelenburg gait/ }).check();
    await page.getByLabel(/^Side of: Trendelenburg gait/).selectOption('right');
    await expect
      .poll(() => page.locator('[data-finding="trendelenburg_gait"] .side-badge').textContent())
      .toBe('Right side');
    // The findings list names the muscles with their side.
    const under = page.getByRole('region', { name: /Underactive/ });
    await expect.poll(() => under.getByText('Gluteus medius (right)').count()).toBe(1);
    await expect.poll(async () => (await roles(page)).get('gluteus_medius|right')).toBe('underactive');
    expect((await roles(page)).get('gluteus_medius|left')).not.toBe('underactive');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.locator('[data-plan="plan-activate"]').waitFor();
    expect(await planNames(page, 'plan-activate')).toContain('Gluteus medius (right)');
    expect(await planNames(page, 'plan-activate')).not.toContain('Gluteus medius (left)');
    expect(await planNames(page, 'plan-avoid')).toEqual([]);
  }, 240_000);

  it('the share link brings back the inflamed mark and the gait finding, and the report prints the plan', async () => {
    const page = await app.open();
    await markRightCalfInflamed(page);
    await page.getByRole('tab', { name: 'Posture & movement' }).click();
    await page.getByRole('checkbox', { name: /^Trendelenburg gait/ }).check();
    await page.getByLabel(/^Side of: Trendelenburg gait/).selectOption('right');
    await page.getByRole('tab', { name: 'Where it hurts' }).click();
    const slider = page.getByRole('slider', { name: /^Pain score, Right posterior crural/ });
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('Pain 6 of 10');
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByLabel('Goal of the programme').fill('Walk 30 minutes without calf pain');

    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/calf:right:inflamed/);
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('trendelenburg_gait:right');
    // No pain score and no goal in the link (the tab's own name, `tab=pain`, may be there).
    expect(hash.replace(/tab=\w+/, '')).not.toMatch(/pain|Walk/);

    // The report: the plan with the goal, what gets no deep work, and the gluteus medius to activate.
    await openPrintedReport(page);
    const report = page.locator('.print-report .report-plan');
    expect(await report.isVisible()).toBe(true);
    const text = (await report.textContent()) ?? '';
    for (const part of [
      'Treatment plan',
      'Walk 30 minutes without calf pain',
      'No deep work',
      'Soleus (right)',
      'Gluteus medius (right)',
      'reassess after',
    ])
      expect(text).toContain(part);
    await printToPdf(page);
    await page.emulateMedia({ media: 'screen' });

    // A fresh page from the link: the mark and the finding are back; the score and goal are not in it.
    const other = await app.open({ path: hash });
    const chips = other.getByRole('list', { name: 'Selected pain sites' });
    await other.getByRole('tab', { name: 'Where it hurts' }).click();
    const mark = chips.getByRole('button', { name: /^Acute \/ inflamed: / });
    await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await roles(other)).get('soleus|right')).toBe('avoid');
    await other.getByRole('tab', { name: 'Posture & movement' }).click();
    expect(await other.getByRole('checkbox', { name: /^Trendelenburg gait/ }).isChecked()).toBe(true);
    expect(await other.getByLabel(/^Side of: Trendelenburg gait/).inputValue()).toBe('right');
  }, 240_000);
});
