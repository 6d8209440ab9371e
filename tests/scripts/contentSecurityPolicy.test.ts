import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  contentSecurityPolicyPlugin,
} from '../../scripts/vite/contentSecurityPolicy';

describe('Content-Security-Policy', () => {
  it('allows the app’s own origin only, with no inline script and no eval', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY['script-src']).toBe("'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY['object-src']).toBe("'none'");
    // No other origin, no scheme that reaches one, no inline script or style, no eval.
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|ws:|wss:/);
    for (const [directive, sources] of Object.entries(CONTENT_SECURITY_POLICY)) {
      for (const s of sources.split(' ')) {
        expect(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:', 'blob:'], `${directive} ${s}`).toContain(s);
      }
    }
  });

  it('is written into builds only (the dev server needs inline scripts)', () => {
    const plugin = contentSecurityPolicyPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: () => { tag: string; attrs: Record<string, string> }[] };
    const [tag] = hook.handler();
    expect(tag).toMatchObject({ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy' } });
    expect(tag?.attrs.content).toBe(contentSecurityPolicy());
  });
});
