/**
 * A Vite plugin that lets the browser start the downloads the first model frame waits on as soon
 * as it reads index.html, before any script runs: the clinical content JSON (`<link rel="preload"
 * as="fetch" crossorigin>`, picked up by the `fetch` of the same URL), and the 3D view's chunk and the
 * workspace's (the 3D view is mounted inside the workspace, so it waits for both) with the chunks
 * they import (`<link rel="modulepreload">`). Builds only; the dev server is left as it is.
 *
 * The model file is not preloaded: which body's file to fetch (male or female) depends on the link
 * and on the choice remembered on the device, which only a script can read (the
 * Content-Security-Policy allows no inline script), so the entry starts that one download itself.
 */
import type { Plugin, ResolvedConfig } from 'vite';
import { CONTENT_ASSET } from './contentAsset.ts';

/** The source files of the lazy chunks the first model frame waits for. */
const EARLY_CHUNKS = [
  'src/scene/headStart.ts',
  'src/app/mountApp.tsx',
  'src/scene/BodyCanvas.tsx',
  'src/ui/Workspace.tsx',
];

export function earlyFetchesPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'myotrace:early-fetches',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const tags: { tag: string; attrs: Record<string, string | boolean>; injectTo: 'head' }[] = [];
        // The clinical content (scripts/vite/contentAsset.ts), fetched by the chunk that needs it.
        const content = Object.keys(bundle).find((f) => CONTENT_ASSET.test(f));
        if (content) {
          tags.push({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base}${content}`,
              as: 'fetch',
              type: 'application/json',
              crossorigin: true,
            },
            injectTo: 'head',
          });
        }
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        // The entry's own imports are already preloaded by Vite.
        const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry);
        const skip = new Set(entry && entry.type === 'chunk' ? [entry.fileName, ...entry.imports] : []);
        for (const source of EARLY_CHUNKS) {
          const chunk = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(source));
          if (chunk?.type !== 'chunk') continue;
          for (const file of [chunk.fileName, ...chunk.imports]) {
            if (skip.has(file)) continue;
            skip.add(file);
            tags.push({
              tag: 'link',
              attrs: { rel: 'modulepreload', href: `${base}${file}`, crossorigin: true },
              injectTo: 'head',
            });
          }
          // Its stylesheets too (fetched only: the lazy import applies them as before).
          for (const css of chunk.viteMetadata?.importedCss ?? []) {
            if (skip.has(css)) continue;
            skip.add(css);
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', href: `${base}${css}`, as: 'style', crossorigin: true },
              injectTo: 'head',
            });
          }
        }
        return tags;
      },
    },
  };
}
