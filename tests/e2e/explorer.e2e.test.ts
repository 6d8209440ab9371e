/**
 * The default screen as a client uses it: the body loads and is drawn (through SwiftShader), a
 * real click on a region selects it and fills the panel, the muscles glow in the roles the
 * explanation gives them, and a muscle opens its card. Each test opens its own page.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { highlightRoles } from '../../src/domain/highlight';
import { getMuscle } from '../../src/domain/knowledgeBase';
import { type AppSession, hook, idle, paintedRoles, screenPointOf, sessionPerFile } from './harness';

let app: AppSession;
/** The right thigh selected, in plain words, from the front (as a share link gives it). */
const THIGH = '#v=1&s=front_of_thigh:right&w=plain&view=front&tab=pain';

// Whatever a test did: its pages closed, no request to another origin and no uncaught error.
sessionPerFile((a) => {
  app = a;
});

describe('the explorer', () => {
  it('loads the model and draws it with WebGL through SwiftShader', async () => {
    const page = await app.open();
    expect(await hook(page, 'renderer')).toContain('SwiftShader');
    const counts = await hook(page, 'counts');
    expect(counts.region).toBeGreaterThan(50);
    const stats = await hook(page, 'stats');
    expect(stats.calls).toBeGreaterThan(0);
    expect(stats.triangles).toBeGreaterThan(1000);
    // The canvas shows something other than the background.
    const shot = await page.locator('.body-canvas canvas').screenshot();
    expect(shot.length).toBeGreaterThan(5_000);
  });

  it('names the region under the pointer, with its side', async () => {
    const page = await app.open();
    const p = await screenPointOf(page, 'region', 'front_of_thigh', 'right');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.locator('.hover-tooltip').textContent()).toContain('right');
  });

  it('selects the region under a real click and fills the panel', async () => {
    const page = await app.open();
    const p = await screenPointOf(page, 'region', 'front_of_thigh', 'right');
    await page.mouse.click(p.x, p.y);
    const chips = page.getByRole('list', { name: 'Selected pain sites' });
    await expect.poll(() => chips.textContent()).toMatch(/right thigh/i);
    const expected = explain({ sites: [{ region: 'front_of_thigh', side: 'right' }] });
    const primary = page.locator('#primary-h + ol > li');
    expect(await primary.count()).toBe(expected.primary.length);
    const first = expected.primary[0]!;
    expect(await primary.first().textContent()).toContain(first.plainName);
    await expect.poll(() => page.getByText('not a diagnosis').count()).toBeGreaterThan(0);
  });

  it('paints every muscle in the role the explanation gives it', async () => {
    const page = await app.open({ path: THIGH });
    const sites = [{ region: 'front_of_thigh', side: 'right' }] as const;
    const expected = highlightRoles(explain({ sites }), undefined, 'pain', null);
    const { painted, wanted } = await paintedRoles(page, expected);
    expect(painted.length).toBeGreaterThan(50);
    expect(painted).toEqual(wanted);
    expect(painted.some((r) => r.endsWith(': primary'))).toBe(true);
    expect(painted.some((r) => r.endsWith(': compensating'))).toBe(true);
    expect(painted.some((r) => r.endsWith(': faded'))).toBe(true);
    // A highlight adds draw calls but no shader program.
    const stats = await hook(page, 'stats');
    expect(stats.calls).toBeLessThanOrEqual(300);
    expect(stats.programs).toBeLessThanOrEqual(6);
    await expect.poll(() => page.locator('.label-layer text').count()).toBeGreaterThan(0);
  });

  it('opens a muscle card from the panel and from the body', async () => {
    const page = await app.open({ path: THIGH });
    await page.locator('#primary-h + ol .entry-button').first().click();
    const card = page.locator('.muscle-card');
    await expect.poll(() => card.textContent()).toContain('Origin');
    expect(await card.textContent()).toContain('Insertion');
    expect(await card.textContent()).toMatch(/Nerve|Innervation/);
    await card.getByRole('button', { name: /back to the list/i }).click();
    await idle(page);
    // A highlighted muscle a click would pick (drawn and in front: not one deep in the pelvis
    // behind the belly's skin), clicked where the test hook says it shows.
    const painted = await hook(page, 'roles');
    let p: { x: number; y: number } | null = null;
    for (const m of painted.filter((r) => r.role === 'primary')) {
      p = await hook(page, 'musclePoint', m.id, m.side);
      if (p) break;
    }
    expect(p).not.toBeNull();
    await page.mouse.click(p!.x, p!.y);
    await expect.poll(() => card.count()).toBe(1);
  });

  it('switches between plain words and medical terms', async () => {
    const page = await app.open({ path: THIGH });
    await page.getByRole('button', { name: 'Medical terms' }).click();
    const expected = explain({ sites: [{ region: 'front_of_thigh', side: 'right' }] });
    const first = expected.primary[0]!;
    await expect.poll(() => page.locator('#primary-h + ol > li').first().textContent()).toContain(first.name);
    await page.getByRole('button', { name: 'Plain words' }).click();
    await expect.poll(() => page.locator('#primary-h + ol > li').first().textContent()).toContain(first.plainName);
  });
  it('repaints nothing while the pointer moves inside one region, and only the changed ranges across regions', async () => {
    const page = await app.open();
    const p = await screenPointOf(page, 'region', 'chest', 'left');
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => page.locator('.hover-tooltip').textContent()).toMatch(/left chest/i);
    await idle(page);
    const before = await hook(page, 'counters');
    for (let i = 0; i < 100; i++) await page.mouse.move(p.x + ((i % 5) - 2), p.y + ((i % 3) - 1));
    await idle(page);
    const inside = await hook(page, 'counters');
    expect(inside.colourUploads - before.colourUploads).toBe(0);
    expect(inside.frames - before.frames).toBeLessThanOrEqual(1);
    // The tooltip still follows the pointer.
    const box = await page.locator('.hover-tooltip').boundingBox();
    expect(Math.abs(box!.x - (p.x + 2))).toBeLessThan(40);
    // Across regions: one upload per region entered, of the changed ranges only (two at most).
    const regions: [string, string][] = [
      ['upper_abdomen', 'midline'],
      ['chest', 'right'],
      ['front_of_thigh', 'left'],
    ];
    for (const [id, side] of regions) {
      const q = await screenPointOf(page, 'region', id, side);
      await page.mouse.move(q.x, q.y);
      await expect.poll(() => page.locator('.hover-tooltip').count()).toBe(1);
      await idle(page);
    }
    const across = await hook(page, 'counters');
    expect(across.colourUploads - inside.colourUploads).toBe(regions.length);
    expect(across.colourRanges - inside.colourRanges).toBeLessThanOrEqual(2 * regions.length);
  });

  it('the Front button is pressed only while the camera shows the front', async () => {
    const page = await app.open();
    const front = page.getByRole('button', { name: 'Front', exact: true });
    expect(await front.getAttribute('aria-pressed')).toBe('true');
    // A click on the thigh turns the body to show its muscles: no view is pressed any more.
    const p = await screenPointOf(page, 'region', 'front_of_thigh', 'right');
    await page.mouse.click(p.x, p.y);
    await idle(page);
    const pressed = page.locator('.view-controls [aria-pressed="true"]');
    expect(await pressed.count()).toBe(0);
    await front.click();
    await idle(page);
    expect(await front.getAttribute('aria-pressed')).toBe('true');
  });

  it('Enter right after typing opens the top result of what was typed, not of an earlier query', async () => {
    const page = await app.open();
    const box = page.getByRole('combobox', { name: /search muscles/i });
    await box.fill('deltoid');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await box.fill('infraspinatus');
    await box.press('Enter');
    await expect.poll(() => page.locator('#card-h').textContent()).toContain(getMuscle('infraspinatus').plainName);
  });
});
