/**
 * A Vite plugin that builds the service worker (`src/sw/serviceWorker.ts`) into `sw.js` at the
 * root of the build, with the build's file list (every chunk, stylesheet, the model, the icons
 * and the manifest) and a version hash of their contents filled in. Production builds only.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const SW_SOURCE = 'src/sw/serviceWorker.ts';
const SW_FILE = 'sw.js';

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'myotrace:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(c) {
      config = c;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SW_SOURCE, fileName: SW_FILE });
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const files: string[] = [];
      for (const [name, item] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        if (name === SW_FILE || name.startsWith('.vite/') || name.endsWith('.map')) continue;
        files.push(name);
        hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      if (config.publicDir) {
        for (const path of filesUnder(config.publicDir).sort()) {
          const name = relative(config.publicDir, path).split(sep).join('/');
          files.push(name);
          hash.update(name).update(readFileSync(path));
        }
      }
      const sw = bundle[SW_FILE];
      if (sw?.type !== 'chunk') throw new Error('the service worker chunk is missing');
      const version = hash.digest('hex').slice(0, 16);
      const list = JSON.stringify(files.filter((f) => f !== 'index.html').map((f) => `./${f}`));
      sw.code = sw.code
        .replaceAll('__MYOTRACE_PRECACHE__', list)
        .replaceAll('__MYOTRACE_VERSION__', JSON.stringify(version));
      if (sw.imports.length || /\bimport\b|\bexport\b/.test(sw.code)) {
        throw new Error('sw.js must be one self-contained classic script');
      }
    },
  };
}
