/**
 * A Vite plugin that writes the Content-Security-Policy into the production build's index.html
 * (the dev server needs inline scripts, so it gets none). The policy lets the page load and
 * connect to its own origin only: no other origin, no inline script, no eval — except
 * WebAssembly compilation, which the bundled meshopt decoder needs. `data:` and `blob:` serve the
 * report's image, the sessions export and models opened from the device (never another origin).
 */
import type { Plugin } from 'vite';

/** The policy, directive by directive. */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self' data: blob:",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'media-src': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

/** The policy as one header value. */
export function contentSecurityPolicy(): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** Inject the policy as the first element of <head>, in builds only. */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'myotrace:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
