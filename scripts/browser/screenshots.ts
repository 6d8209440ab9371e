/**
 * Screenshots of the built app for a person to look at: front and back views, after a click on a
 * region (and `readme.png`, the README's picture), close-ups of muscles (striations and tendons,
 * highlighted and in study mode), with posture findings, and on a phone. `tsx scripts/browser/screenshots.ts [outDir]`
 * (run `npm run build:test` first: it needs the test hook). Writes PNGs, default to /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic } from './staticServer';

const out = resolve(process.argv[2] ?? '/tmp/shots');
mkdirSync(out, { recursive: true });

/** Wait until the camera is at rest and the paint is drawn (the test hook's signal, no fixed sleep). */
async function settle(page: Page) {
  const ok = await page.evaluate(() => window.__myotrace!.idle(3, 60_000));
  if (!ok) throw new Error('the 3D view never came to rest');
  // CSS transitions (the phone's bottom sheet) finished too.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

async function ready(page: Page) {
  await page.waitForFunction(() => window.__myotrace !== undefined, null, { timeout: 60_000 });
  await page.waitForSelector('[role="progressbar"]', { state: 'detached', timeout: 60_000 });
  await settle(page);
}

async function clickRegion(page: Page, id: string, side: string) {
  const xy = await page.evaluate(([i, s]) => window.__myotrace!.regionPoint(i!, s!), [id, side]);
  if (!xy) throw new Error(`no point of ${id} ${side} that a click would pick`);
  await page.mouse.click(xy.x, xy.y);
  await settle(page);
}

/** Zoom towards a muscle (the wheel zooms to the cursor) until the camera is about `steps` wheel notches in. */
async function zoomTo(page: Page, id: string, side: string, steps: number) {
  for (let i = 0; i < steps; i++) {
    const c = await page.evaluate(([m, s]) => window.__myotrace!.muscleCentre(m!, s!), [id, side]);
    if (!c) throw new Error(`${id} ${side} is behind the camera`);
    await page.mouse.move(c.x, c.y);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(150);
  }
  await page.mouse.move(5, 400);
  await settle(page);
}

/** A square of the view around a muscle's centre, inside the 3D view of the desktop layout. */
async function closeUp(page: Page, id: string, side: string, path: string) {
  const c = await page.evaluate(([m, s]) => window.__myotrace!.muscleCentre(m!, s!), [id, side]);
  if (!c) throw new Error(`${id} ${side} is behind the camera`);
  const size = 460;
  const x = Math.max(0, Math.min(926 - size, c.x - size / 2));
  const y = Math.max(64, Math.min(820 - size, c.y - size / 2));
  await page.screenshot({ path, clip: { x, y, width: size, height: size } });
}

const server = await serveStatic(resolve(import.meta.dirname, '../../dist-test'));
const browser = await launchChromium();
try {
  const desk = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  desk.on('pageerror', (e) => console.error('page error:', e.message));
  await desk.goto(server.url);
  await ready(desk);
  await desk.screenshot({ path: join(out, 'front.png') });
  await desk.getByRole('button', { name: 'Back', exact: true }).click();
  await settle(desk);
  await desk.screenshot({ path: join(out, 'back.png') });
  await desk.getByRole('button', { name: 'Front', exact: true }).click();
  await settle(desk);
  await clickRegion(desk, 'outer_elbow', 'right');
  await desk.screenshot({ path: join(out, 'outer-elbow-right.png') });
  // The README's picture: the same, with the pointer moved off the body (no hover tooltip).
  await desk.mouse.move(5, 400);
  await settle(desk);
  await desk.screenshot({ path: join(out, 'readme.png') });
  await desk.getByRole('button', { name: 'Medical terms' }).click();
  await settle(desk);
  await desk.screenshot({ path: join(out, 'outer-elbow-right-medical.png') });
  await desk.getByRole('button', { name: 'Plain words' }).click();
  await desk.locator('#primary-h + ol .entry-button').first().click();
  await settle(desk);
  await desk.screenshot({ path: join(out, 'muscle-card.png') });

  // Close-ups: the highlighted forearm muscles, then the plain muscles of study mode.
  await desk.getByRole('button', { name: 'Front', exact: true }).click();
  await settle(desk);
  await zoomTo(desk, 'extensor_carpi_radialis_longus', 'right', 24);
  await closeUp(desk, 'extensor_carpi_radialis_longus', 'right', join(out, 'closeup-forearm-highlight.png'));
  const study = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  await study.goto(server.url);
  await ready(study);
  await study.getByRole('tab', { name: 'Study' }).click();
  await settle(study);
  await zoomTo(study, 'biceps_brachii', 'left', 24);
  await closeUp(study, 'biceps_brachii', 'left', join(out, 'closeup-arm-study.png'));
  await study.close();

  const posture = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  await posture.goto(`${server.url}#v=1&f=forward_head,rounded_shoulders&w=plain&view=front&tab=findings`);
  await ready(posture);
  await posture.screenshot({ path: join(out, 'findings.png') });

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await phone.goto(server.url);
  await ready(phone);
  await phone.screenshot({ path: join(out, 'phone.png') });
  await clickRegion(phone, 'front_of_knee', 'left');
  await phone.screenshot({ path: join(out, 'phone-selected.png') });
  await phone.getByRole('button', { name: /show the explanation/i }).click();
  await settle(phone);
  await phone.screenshot({ path: join(out, 'phone-sheet-open.png') });
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
