/**
 * A Vite plugin that lets the browser start the downloads the first model frame waits on as soon
 * as it reads index.html, before any script runs: the model file (`<link rel="preload" as="fetch"
 * crossorigin>`, picked up by the entry's `fetch` of the same URL) and the 3D view's chunk with the
 * chunks it imports (`<link rel="modulepreload">`). Builds only; the dev server is left as it is.
 */
import type { Plugin, ResolvedConfig } from 'vite';

/** The source file of the 3D view's chunk. */
const SCENE_ENTRY = 'src/scene/BodyCanvas.tsx';
/** The model file the entry fetches. */
const MODEL = /(^|\/)anatomy-[^/]*\.glb$/;

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
        const model = Object.keys(bundle).find((f) => MODEL.test(f));
        if (model) {
          tags.push({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base}${model}`,
              as: 'fetch',
              type: 'model/gltf-binary',
              crossorigin: true,
            },
            injectTo: 'head',
          });
        }
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const scene = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(SCENE_ENTRY));
        if (scene && scene.type === 'chunk') {
          // The entry's own imports are already preloaded by Vite.
          const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry);
          const skip = new Set(entry && entry.type === 'chunk' ? [entry.fileName, ...entry.imports] : []);
          for (const file of [scene.fileName, ...scene.imports]) {
            if (skip.has(file)) continue;
            tags.push({
              tag: 'link',
              attrs: { rel: 'modulepreload', href: `${base}${file}`, crossorigin: true },
              injectTo: 'head',
            });
          }
        }
        return tags;
      },
    },
  };
}
