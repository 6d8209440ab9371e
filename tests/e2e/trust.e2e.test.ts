/**
 * Trust: health data stays on the device and bad input never breaks the app.
 *
 * A full session (pain sites on the body and from the list, findings, a muscle card, the search,
 * the share link, the report, notes, saving / exporting / importing a session, opening an own
 * model, a reload) makes no request to another origin and breaks no rule of the
 * Content-Security-Policy; notes written as markup stay text. Stored data that is damaged or from
 * another version is kept aside and reported; bad import files change nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_KEY, QUARANTINE_PREFIX } from '../../src/persistence/sessionStore';
import { makeBoxesGlb } from '../model/ownModelFixture';
import { seriousAxeViolations } from './axe';
import { type AppSession, hook, screenPointOf, startApp, waitForModel } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const XSS_NOTES = 'Worse after typing. <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const XSS_TITLE = '<b onmouseover="window.__pwned=3">Mrs K.</b>';

/** Runs before the app: records CSP violations and any element the notes might inject. */
function watch() {
  const w = window as unknown as { __csp: string[]; __injected: string[] };
  w.__csp = [];
  w.__injected = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if (!(n instanceof Element)) continue;
        for (const el of [n, ...Array.from(n.querySelectorAll('*'))]) {
          if ((el.tagName === 'IMG' && el.getAttribute('src') === 'x') || el.hasAttribute('onerror')) {
            w.__injected.push(el.outerHTML.slice(0, 80));
          }
          if (el.tagName === 'SCRIPT' && /__pwned/.test(el.textContent ?? '')) w.__injected.push('script');
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

async function watched(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __csp: string[]; __injected: string[]; __pwned?: number };
    return { csp: w.__csp, injected: w.__injected, pwned: w.__pwned ?? null };
  });
}

function foreignRequests(): string[] {
  const origin = new URL(app.server.url).origin;
  return app.requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
}

describe('nothing leaves the device', () => {
  it('a full session requests nothing from another origin, breaks no CSP rule, and keeps notes as text', async () => {
    const page = await app.open({ permissions: ['clipboard-read', 'clipboard-write'], init: watch });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);

    // Pain sites: on the body, and from the list.
    const p = await screenPointOf(page, 'region', 'front_of_thigh', 'right');
    await page.mouse.click(p.x, p.y);
    await page.getByRole('button', { name: 'Outside of right elbow' }).click();
    const chips = page.getByRole('list', { name: 'Selected pain sites' });
    await expect.poll(() => chips.textContent()).toContain('Outside of right elbow');
    // A posture finding, then back.
    await page.getByRole('tab', { name: 'Posture & movement' }).click();
    await page.getByRole('checkbox', { name: 'Knees cave in' }).check();
    await page.getByRole('tab', { name: 'Where it hurts' }).click();
    // A muscle card.
    await page.locator('#primary-h + ol .entry-button').first().click();
    await expect.poll(() => page.locator('.muscle-card').textContent()).toContain('Origin');
    await page
      .locator('.muscle-card')
      .getByRole('button', { name: /back to the list/i })
      .click();
    // The search.
    const searchBox = page.getByRole('combobox', { name: /search muscles/i });
    await searchBox.fill('supinator');
    await expect.poll(() => page.getByRole('listbox', { name: 'Search results' }).textContent()).toMatch(/supinator/i);
    await searchBox.press('Escape');
    // The share link.
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(app.server.url);
    // Notes written as markup, and the report that prints them.
    const notes = page.getByLabel('Printed on the report. Not part of the share link.');
    await notes.fill(XSS_NOTES);
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await page.getByRole('button', { name: 'Print report' }).click();
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed === true);
    expect(await page.locator('.print-report .report-notes').textContent()).toBe(XSS_NOTES);

    // Save the session, export it, delete it, import it back.
    await page.getByRole('button', { name: 'Sessions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Saved sessions' });
    await dialog.getByLabel('Title', { exact: true }).fill(XSS_TITLE);
    await dialog.getByRole('button', { name: 'Save this session' }).click();
    await expect.poll(() => dialog.locator('.session-title').allTextContents()).toEqual([XSS_TITLE]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export to a file' }).click(),
    ]);
    expect(download.url()).toMatch(/^blob:/);
    const exported = readFileSync(await download.path());
    const file = JSON.parse(exported.toString('utf8'));
    expect(file.format).toBe('myotrace-sessions');
    expect(file.sessions[0].notes).toBe(XSS_NOTES);
    expect(file.sessions[0].sites).toEqual([
      { region: 'front_of_thigh', side: 'right' },
      { region: 'outer_elbow', side: 'right' },
    ]);
    await dialog.getByRole('button', { name: `Delete ${XSS_TITLE}` }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => dialog.locator('.session-row').count()).toBe(0);
    await dialog
      .locator('input[aria-label="Sessions file to import"]')
      .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: exported });
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/1 new session/);
    expect(await dialog.locator('.session-title').allTextContents()).toEqual([XSS_TITLE]);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // An own model, and back.
    await page
      .locator('input[aria-label="Model file"]')
      .setInputFiles({ name: 'boxes.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from(await makeBoxesGlb()) });
    await expect.poll(() => hook(page, 'counts'), { timeout: 15_000 }).toEqual({ muscle: 2 });
    await page.getByRole('button', { name: 'Back to the MyoTrace body' }).click();
    await expect.poll(async () => (await hook(page, 'counts')).region ?? 0, { timeout: 15_000 }).toBeGreaterThan(50);

    // Reload: the work is still there.
    // (once the work in progress, notes included, is written to the device)
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', DRAFT_KEY))
      .toContain(JSON.stringify(XSS_NOTES));
    await page.reload();
    await waitForModel(page);
    await expect.poll(() => notes.inputValue()).toBe(XSS_NOTES);
    expect(await chips.textContent()).toContain('Outside of right elbow');
    await page.getByRole('button', { name: 'Sessions' }).click();
    expect(await dialog.locator('.session-title').allTextContents()).toEqual([XSS_TITLE]);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const seen = await watched(page);
    expect(seen).toEqual({ csp: [], injected: [], pwned: null });
    expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
    expect(foreignRequests()).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

describe('saved work', () => {
  it('opens, renames and deletes saved sessions, and asks before replacing unsaved work', async () => {
    const page = await app.open({ path: '#v=1&s=temple:left&w=plain&view=front&tab=pain', waitForModel: false });
    const notes = page.getByLabel('Printed on the report. Not part of the share link.');
    await notes.fill('First visit.');
    await page.getByRole('button', { name: 'Sessions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Saved sessions' });
    await dialog.getByLabel('Title', { exact: true }).fill('Visit one');
    await dialog.getByRole('button', { name: 'Save this session' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    // New work, not saved.
    await page.getByText('Add another place from the list').click();
    await page.getByRole('button', { name: 'Outside of right elbow' }).click();
    await page.getByRole('button', { name: 'Remove Left temple' }).click();
    await notes.fill('Second visit, not saved yet.');
    await page.getByRole('button', { name: 'Sessions' }).click();
    expect(await dialog.getByRole('button', { name: 'Save changes' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Rename Visit one' }).click();
    await dialog.getByLabel('New title for Visit one').fill('Visit 1 (temple)');
    await dialog.getByRole('button', { name: 'Save title' }).click();
    await dialog.getByRole('button', { name: 'Open Visit 1 (temple)' }).click();
    await expect.poll(() => dialog.textContent()).toContain('The current work is not saved');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByRole('button', { name: 'Save as a new session' }).click();
    await expect.poll(() => dialog.locator('.session-row').count()).toBe(2);
    await dialog.getByRole('button', { name: 'Open Visit 1 (temple)' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => notes.inputValue()).toBe('First visit.');
    expect(
      await page.getByRole('list', { name: 'Selected pain sites' }).locator('.chip-name').allTextContents(),
    ).toEqual(['Left temple']);
    await page.getByRole('button', { name: 'Sessions' }).click();
    const rows = dialog.locator('.session-row');
    await dialog
      .getByRole('button', { name: /^Delete / })
      .last()
      .click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    expect(await rows.count()).toBe(2);
    await dialog.getByRole('button', { name: 'Delete Visit 1 (temple)' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('keeps damaged or unknown-version stored data aside, says so, and keeps working', async () => {
    // Stored before the app starts: damaged sessions and a work in progress from another version.
    const damaged = '{"version":1,"sessions":[{"id":"a1","createdAt":"2026-11-01T10:00:00Z"';
    const future = JSON.stringify({ version: 9, work: { notes: 'from the future' } });
    const first = await app.open({
      waitForModel: false,
      init: () => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          'myotrace.sessions',
          '{"version":1,"sessions":[{"id":"a1","createdAt":"2026-11-01T10:00:00Z"',
        );
        localStorage.setItem('myotrace.draft', JSON.stringify({ version: 9, work: { notes: 'from the future' } }));
      },
    });
    const notices = first.locator('.notice');
    await expect.poll(() => notices.count()).toBe(2);
    const text = (await notices.allTextContents()).join(' ');
    expect(text).toMatch(/saved sessions were damaged.*kept aside \(myotrace\.quarantine\.sessions\./);
    expect(text).toMatch(/unknown version \(9\).*kept aside \(myotrace\.quarantine\.draft\./);
    const kept = await first.evaluate((prefix) => {
      const out: Record<string, string> = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i)!;
        if (k.startsWith(prefix)) out[k.split('.')[2]!] = localStorage.getItem(k)!;
      }
      return out;
    }, QUARANTINE_PREFIX);
    expect(kept).toEqual({ sessions: damaged, draft: future });
    // Still works: a session can be saved, and the notices go away when dismissed.
    await first.getByRole('button', { name: 'Sessions' }).click();
    const dialog = first.getByRole('dialog', { name: 'Saved sessions' });
    expect(await dialog.textContent()).toContain('No saved sessions yet.');
    await dialog.getByRole('button', { name: 'Save this session' }).click();
    await expect.poll(() => dialog.locator('.session-row').count()).toBe(1);
    // Bad import files: a clear message, nothing changed.
    const input = dialog.locator('input[aria-label="Sessions file to import"]');
    const bad: [string, string, RegExp][] = [
      ['notes.txt', 'just some text', /not valid JSON/],
      ['other.json', '{"hello":"world"}', /not a MyoTrace sessions export/],
      ['future.json', '{"format":"myotrace-sessions","version":3,"sessions":[]}', /different version/],
      ['empty.json', '', /empty/],
    ];
    for (const [name, content, message] of bad) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(message);
      expect(await dialog.getByRole('status').textContent()).toMatch(/nothing was changed/i);
      expect(await dialog.locator('.session-row').count()).toBe(1);
    }
    await dialog.getByRole('button', { name: 'Close' }).click();
    await first.getByRole('button', { name: 'Dismiss' }).first().click();
    await expect.poll(() => notices.count()).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('keeps unsaved work as a saved session when another link is opened over it', async () => {
    const page = await app.open({ path: '#v=1&s=calf:left&tab=pain', waitForModel: false });
    await page.getByLabel('Printed on the report. Not part of the share link.').fill('Calf notes, not saved.');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('myotrace.draft') ?? '')).toContain('Calf notes');
    const other = await app.open({ context: page.context(), path: '#v=1&s=forehead&tab=pain', waitForModel: false });
    await expect.poll(() => other.locator('.notice').textContent()).toMatch(/kept as the saved session “Unsaved work/);
    await other.getByRole('button', { name: 'Sessions' }).click();
    const row = other.getByRole('dialog', { name: 'Saved sessions' }).locator('.session-row');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/calf/i);
    expect(await other.getByLabel('Printed on the report. Not part of the share link.').inputValue()).toBe('');
  });
});
