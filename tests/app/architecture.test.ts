import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainTo, staticGraph, staticSpecifiers } from './staticImports';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(p) ? [p] : [];
  });
}

const importsOf = (src: string) =>
  [...src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );

/** The knowledge base and its data modules (they load with the panels, never with the entry). */
const isKnowledgeBase = (f: string) => f === 'src/domain/knowledgeBase.ts' || f.startsWith('src/domain/data/');

describe('architecture (docs/architecture.md)', () => {
  it('ui/ never imports three, @react-three or the scene', () => {
    for (const f of files('src/ui')) {
      for (const spec of importsOf(readFileSync(f, 'utf8'))) {
        expect(/^three|^@react-three|\/scene\//.test(spec), `${f} imports ${spec}`).toBe(false);
      }
    }
  });

  it('scene/ never imports the ui', () => {
    for (const f of files('src/scene')) {
      for (const spec of importsOf(readFileSync(f, 'utf8'))) {
        expect(/\/ui\//.test(spec), `${f} imports ${spec}`).toBe(false);
      }
    }
  });

  it('the store holds no three.js, React or DOM code', () => {
    for (const f of files('src/store')) {
      const src = readFileSync(f, 'utf8');
      for (const spec of importsOf(src)) {
        expect(/^three|^@react-three|^react/.test(spec), `${f} imports ${spec}`).toBe(false);
      }
      expect(/\b(window|document)\./.test(src), `${f} touches the DOM`).toBe(false);
    }
  });

  it('the first chunk loads the 3D view and the panels lazily', () => {
    const app = readFileSync('src/app/App.tsx', 'utf8');
    expect(app).toMatch(/import\('..\/scene\/BodyCanvas'\)/);
    expect(app).toMatch(/lazy\(\(\) => import\('..\/ui\/Workspace'\)\)/);
    // Types only (the first frame's hand-over): a value import would put the scene in this chunk.
    expect(app).not.toMatch(/^import (?!type )[^;]*from '..\/scene\//m);
    expect(
      importsOf(readFileSync('src/store/explorerStore.ts', 'utf8')).every((s) => s === 'zustand' || s.startsWith('.')),
    ).toBe(true);
  });

  it("the entry's static imports never reach the knowledge base or its data (they stay out of the first chunk)", () => {
    const graph = staticGraph('src/main.tsx');
    expect(graph.has('src/app/bodyChoice.ts')).toBe(true);
    const reached = [...graph.keys()].filter(isKnowledgeBase).map((f) => chainTo(graph, f).join(' → '));
    expect(reached).toEqual([]);
  });

  it('the first frame, drawn before the app mounts, needs neither React nor the clinical content', () => {
    const graph = staticGraph('src/scene/headStart.ts');
    expect(graph.has('src/scene/anatomyModel.ts')).toBe(true);
    expect([...graph.keys()].filter(isKnowledgeBase).map((f) => chainTo(graph, f).join(' → '))).toEqual([]);
    const react = [...graph.keys()].flatMap((f) =>
      staticSpecifiers(f, readFileSync(f, 'utf8'))
        .filter((spec) => /^(react|react-dom|@react-three)(\/|$)/.test(spec))
        .map((spec) => `${chainTo(graph, f).join(' → ')} imports ${spec}`),
    );
    expect(react).toEqual([]);
    // The entry mounts the app only through a lazy import, after the first frame.
    expect(staticGraph('src/main.tsx').has('src/app/App.tsx')).toBe(false);
  });

  it('the static-import check sees a planted import of the knowledge base, and ignores lazy and type-only ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'myotrace-entry-'));
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    try {
      put('src/main.tsx', "import { App } from './app/App';\nimport './styles/app.css';\nexport const m = App;\n");
      put(
        'src/app/App.tsx',
        [
          "import type { Muscle } from '../domain/types';",
          "import { type Region } from '../domain/data/regions';",
          "export type { Row } from '../domain/data/conditions';",
          "const lazy = () => import('../domain/knowledgeBase');",
          "import { key } from '../domain/explain';",
          'export const App = [lazy, key];',
          'export type X = Muscle | Region;',
        ].join('\n'),
      );
      put('src/domain/types.ts', 'export type Muscle = 1;\n');
      put('src/domain/data/regions.ts', 'export type Region = 1;\n');
      put('src/domain/data/conditions.ts', 'export type Row = 1;\n');
      put('src/domain/explain/index.ts', "export { key } from './keys';\n");
      put('src/domain/explain/keys.ts', "import { MUSCLES } from '../knowledgeBase';\nexport const key = MUSCLES;\n");
      put('src/domain/knowledgeBase.ts', "export * from './data/muscles';\n");
      put('src/domain/data/muscles.ts', 'export const MUSCLES = [];\n');
      const graph = staticGraph('src/main.tsx', root);
      const reached = [...graph.keys()].filter(isKnowledgeBase);
      expect(reached.sort()).toEqual(['src/domain/data/muscles.ts', 'src/domain/knowledgeBase.ts']);
      expect(chainTo(graph, 'src/domain/knowledgeBase.ts')).toEqual([
        'src/main.tsx',
        'src/app/App.tsx',
        'src/domain/explain/index.ts',
        'src/domain/explain/keys.ts',
        'src/domain/knowledgeBase.ts',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the app names no other origin (no CDN, remote font or decoder)', () => {
    for (const f of [...files('src'), 'index.html']) {
      const src = readFileSync(f, 'utf8');
      expect(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/.test(src), `${f} names a URL`).toBe(false);
    }
  });
});

describe('layer rules (dependency-cruiser, run by npm run lint)', () => {
  it('fail on a planted violation of each rule, type-only imports included', () => {
    const root = mkdtempSync(join(tmpdir(), 'myotrace-layers-'));
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    try {
      symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
      put(
        'tsconfig.json',
        JSON.stringify({ compilerOptions: { jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler' } }),
      );
      put('src/domain/pure.ts', "import { useStore } from '../store/store';\nexport const pure = useStore;\n");
      put('src/domain/x.ts', "import type { Y } from './y';\nexport type X = { y?: Y };\n");
      put('src/domain/y.ts', "import type { X } from './x';\nexport type Y = { x?: X };\n");
      put('src/schemas/schema.ts', "import { useStore } from '../store/store';\nexport const s = useStore;\n");
      put('src/persistence/save.ts', "import { useStore } from '../store/store';\nexport const save = useStore;\n");
      put('src/store/store.ts', "import { Panel } from '../ui/Panel';\nexport const useStore = Panel;\n");
      put(
        'src/ui/Panel.tsx',
        "import { Mesh } from 'three';\nimport { Body } from '../scene/Body';\nexport const Panel = [Mesh, Body];\n",
      );
      put('src/scene/Body.tsx', "import { Other } from '../ui/Other';\nexport const Body = Other;\n");
      put('src/ui/Other.tsx', 'export const Other = 1;\n');
      let output = '';
      let failed = false;
      try {
        execFileSync(
          process.execPath,
          [resolve('scripts/lint/depcruise.mjs'), 'src', '--config', resolve('.dependency-cruiser.cjs')],
          { cwd: root, encoding: 'utf8', stdio: 'pipe' },
        );
      } catch (e) {
        failed = true;
        output = String((e as { stdout?: string }).stdout ?? '');
      }
      expect(failed).toBe(true);
      for (const rule of [
        'no-circular',
        'domain-is-pure',
        'schemas-read-the-domain-only',
        'persistence-below-the-store',
        'store-below-ui-and-scene',
        'ui-and-scene-meet-in-the-store',
        'scene-and-ui-meet-in-the-store',
        'ui-without-three',
      ])
        expect(output, rule).toContain(`error ${rule}:`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
