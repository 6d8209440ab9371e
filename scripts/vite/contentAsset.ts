/**
 * A Vite plugin that ships the clinical content as data instead of code. At build time it evaluates
 * the plain-data modules of `src/domain/data/` in Node (they stay the source of truth for the
 * domain, the CLI, the model generator and the unit tests), serialises their exports to one JSON
 * object, checks that every export survives `JSON.stringify`/`JSON.parse` exactly, and emits it as
 * a content-hashed asset (`assets/content-<hash>.json`). In the client build each of those modules
 * is replaced by a few lines that re-export its values from that JSON, fetched once (top-level
 * await, so importers stay synchronous-looking). Builds only; the dev server imports the modules.
 *
 * Every module of `src/domain/data/` is listed (tests/scripts/contentAsset.test.ts checks it): the
 * code that reads the tables lives beside them in `src/domain` (citations, nerveRootPattern,
 * regionCaution, selfCare).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin, ResolvedConfig } from 'vite';

/** The data modules shipped as JSON, relative to the project root. */
export const CONTENT_MODULES = [
  'src/domain/data/compensation.ts',
  'src/domain/data/conditions.ts',
  'src/domain/data/findings.ts',
  'src/domain/data/intake.ts',
  'src/domain/data/muscles-lower.ts',
  'src/domain/data/muscles-middle.ts',
  'src/domain/data/muscles-upper.ts',
  'src/domain/data/nerveRoots.ts',
  'src/domain/data/regionCautions.ts',
  'src/domain/data/regions.ts',
  'src/domain/data/safetyRules.ts',
  'src/domain/data/selfCare.ts',
  'src/domain/data/sources.ts',
] as const;

/** The asset's file name pattern (also used by the early-fetch plugin and the bundle check). */
export const CONTENT_ASSET = /(^|\/)content-[^/]*\.json$/;

const LOADER_ID = '\0myotrace:content';

/** Why a value would not survive JSON exactly, or undefined when it would. */
export function notJson(value: unknown, path: string): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (typeof value === 'function') return `${path} is a function`;
  if (value === undefined) return `${path} is undefined`;
  if (typeof value !== 'object') return `${path} is a ${typeof value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return `${path}[${i}] is a hole`;
      const why = notJson(value[i], `${path}[${i}]`);
      if (why) return why;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    return `${path} is a ${value.constructor?.name ?? 'non-plain object'}`;
  }
  for (const [k, v] of Object.entries(value)) {
    const why = notJson(v, `${path}.${k}`);
    if (why) return why;
  }
  return undefined;
}

/** Serialise each module's exports; throws naming the first export that is not plain JSON data. */
export function serialiseContent(modules: Record<string, Record<string, unknown>>): string {
  const content: Record<string, Record<string, unknown>> = {};
  for (const [file, exports] of Object.entries(modules)) {
    content[file] = {};
    for (const [name, value] of Object.entries(exports)) {
      const why = notJson(value, `${file}: ${name}`);
      if (why) {
        throw new Error(
          `[myotrace:content] ${why}; only plain JSON data can ship as content (keep functions, Maps, Sets in code)`,
        );
      }
      content[file][name] = value;
    }
  }
  const json = JSON.stringify(content);
  if (!isDeepStrictEqual(JSON.parse(json), content)) {
    throw new Error('[myotrace:content] the content does not round-trip through JSON');
  }
  return json;
}

/** The replacement module for one data file. */
export function replacementModule(file: string, names: readonly string[]): string {
  return [
    `import content from ${JSON.stringify(LOADER_ID)};`,
    `const m = content[${JSON.stringify(file)}];`,
    ...names.map((n) => `export const ${n} = m[${JSON.stringify(n)}];`),
  ].join('\n');
}

export function contentAssetPlugin(): Plugin {
  let config: ResolvedConfig;
  let fileName = '';
  const exportsOf = new Map<string, string[]>();
  return {
    name: 'myotrace:content-asset',
    apply: 'build',
    enforce: 'pre',
    configResolved(c) {
      config = c;
    },
    async buildStart() {
      const { tsImport } = await import('tsx/esm/api');
      const modules: Record<string, Record<string, unknown>> = {};
      for (const file of CONTENT_MODULES) {
        const url = pathToFileURL(resolve(config.root, file)).href;
        const mod = (await tsImport(url, import.meta.url)) as Record<string, unknown>;
        const exports = Object.fromEntries(Object.entries(mod).filter(([k]) => k !== 'default'));
        modules[file] = exports;
        exportsOf.set(resolve(config.root, file), Object.keys(exports));
      }
      const json = serialiseContent(modules);
      const hash = createHash('sha256').update(json).digest('base64url').slice(0, 10);
      fileName = `${config.build.assetsDir}/content-${hash}.json`;
      this.emitFile({ type: 'asset', fileName, source: json });
    },
    resolveId(id) {
      return id === LOADER_ID ? id : null;
    },
    load(id) {
      if (id === LOADER_ID) {
        // The chunk that holds this sits in the assets folder too, so the JSON is its sibling.
        const name = fileName.slice(fileName.lastIndexOf('/') + 1);
        return `import { loadContent } from ${JSON.stringify(resolve(config.root, 'src/app/loadContent.ts'))};
export default await loadContent(new URL(${JSON.stringify(`./${name}`)}, import.meta.url).href);`;
      }
      const file = id.split('?')[0]!;
      const names = exportsOf.get(file);
      if (!names) return null;
      const rel = CONTENT_MODULES.find((m) => resolve(config.root, m) === file)!;
      return replacementModule(rel, names);
    },
  };
}
