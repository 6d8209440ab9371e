// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_FAILURE_MESSAGE, loadContent } from '../../src/app/loadContent';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('loading the clinical content', () => {
  it('returns the JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"a.ts":{"X":[1]}}')),
    );
    await expect(loadContent('/assets/content-x.json')).resolves.toEqual({ 'a.ts': { X: [1] } });
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('says so plainly when the content cannot be fetched, instead of a blank page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('missing', { status: 404 })),
    );
    await expect(loadContent('/assets/content-x.json')).rejects.toThrow('HTTP 404');
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(CONTENT_FAILURE_MESSAGE);
    expect(alert?.textContent).toContain('HTTP 404');
  });

  it('says so when offline without a cached copy', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(loadContent('/assets/content-x.json')).rejects.toThrow('Failed to fetch');
    expect(document.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });
});
