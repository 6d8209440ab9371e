/**
 * The share link: the URL holds the selection, findings, vocabulary and view, so opening it shows
 * the same explanation; a malformed or outdated link restores what it can, with a notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppSession, hook, idle, startApp } from './harness';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

describe('share link', () => {
  it('round-trips: a new page opened on the link shows the same explanation', async () => {
    const page = await app.open();
    await page.getByRole('button', { name: 'Outside of right elbow' }).click();
    await page.getByRole('button', { name: 'Left temple' }).click();
    await page.getByRole('button', { name: 'Medical terms' }).click();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await idle(page);
    const url = page.url();
    expect(url).toContain('s=outer_elbow:right,temple:left');
    expect(url).toContain('w=medical');
    expect(url).toContain('view=back');
    const chips = await page.getByRole('list', { name: 'Selected pain sites' }).textContent();
    const primary = await page.locator('#primary-h + ol').textContent();
    const roles = await hook(page, 'roles');

    const copy = await app.open({ path: url.slice(url.indexOf('#')) });
    await idle(copy);
    expect(await copy.getByRole('list', { name: 'Selected pain sites' }).textContent()).toBe(chips);
    expect(await copy.locator('#primary-h + ol').textContent()).toBe(primary);
    expect(await copy.getByRole('button', { name: 'Medical terms' }).getAttribute('aria-pressed')).toBe('true');
    expect(await copy.getByRole('button', { name: 'Back', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await hook(copy, 'roles')).toEqual(roles);
    expect(await copy.locator('.notice').count()).toBe(0);
  });

  it('round-trips posture findings', async () => {
    const page = await app.open({
      path: '#v=1&f=knees_cave_in,elevated_shoulder:right&w=plain&view=front&tab=findings',
    });
    expect(await page.getByRole('checkbox', { name: 'Knees cave in' }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: /One shoulder sits higher/ }).inputValue()).toBe('right');
    await expect.poll(() => page.locator('#over-h + ol > li').count()).toBeGreaterThan(0);
    const roles = await hook(page, 'roles');
    expect(roles.some((r) => r.role === 'overactive')).toBe(true);
  });

  it('survives a malformed, outdated link: restores what it can and says what it could not', async () => {
    const page = await app.open({ path: '#v=9&s=outer_elbow:right,nowhere:left,temple&view=sideways&w=klingon&zzz=1' });
    const notice = page.locator('.notice');
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.textContent();
    expect(text).toContain('nowhere');
    expect(text).toContain('sideways');
    expect(await page.getByRole('list', { name: 'Selected pain sites' }).textContent()).toContain(
      'Outside of right elbow',
    );
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
  });

  it('survives garbage without a blank screen', async () => {
    for (const path of [
      '#%E0%A4%A&&&s=,,,:::',
      '#s=',
      `#s=${'outer_elbow:right,'.repeat(400)}`,
      '#m=supinator:sideways',
    ]) {
      const page = await app.open({ path });
      expect(await page.getByRole('complementary', { name: 'Findings panel' }).count()).toBe(1);
      expect(await page.getByRole('tab', { name: 'Where it hurts' }).count()).toBe(1);
      expect(await page.locator('.body-canvas canvas').count()).toBe(1);
      await page.close();
    }
    expect(app.errors).toEqual([]);
  });
});
