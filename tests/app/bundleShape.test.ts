/**
 * What keeps the JavaScript small (issue 13, docs/budgets.md), checked on the sources and the
 * build configuration; `npm run check:bundle` and `npm run bench` measure the sizes themselves.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vite.config';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(p) ? [p] : [];
  });
}

interface Group {
  name: string;
  test: RegExp;
}

function storageGroup(): Group {
  const output = config.build?.rolldownOptions?.output;
  const splitting = (Array.isArray(output) ? output[0] : output)?.codeSplitting;
  const groups = (typeof splitting === 'object' ? splitting.groups : undefined) as Group[] | undefined;
  const group = groups?.find((g) => g.name === 'storage');
  if (!group) throw new Error('vite.config.ts has no "storage" chunk group');
  return group;
}

describe('the bundle', () => {
  it('puts saved work, quiz progress, the share link and the schemas in one chunk, and nothing the first frame needs', () => {
    const { test } = storageGroup();
    const inGroup = (f: string) => test.test(`/repo/${f}`);
    // The body remembered on the device is read by the entry, to fetch that body's file first.
    const early = (f: string) => f.endsWith('bodyPreference.ts');
    for (const f of [...files('src/persistence'), ...files('src/schemas')].filter((f) => !early(f))) {
      expect(inGroup(f), f).toBe(true);
    }
    for (const f of ['src/store/sessionsStore.ts', 'src/store/quizProgressStore.ts', 'src/store/shareLink.ts']) {
      expect(inGroup(f), f).toBe(true);
    }
    // The entry, the 3D view and the stores they load stay where they were.
    const outside = [
      ...files('src/app'),
      ...files('src/scene'),
      ...files('src/model'),
      ...files('src/domain'),
      ...files('src/ui'),
      'src/main.tsx',
      'src/persistence/bodyPreference.ts',
      'src/store/explorerStore.ts',
      'src/store/modelStore.ts',
      'src/store/selectors.ts',
    ];
    for (const f of outside) expect(inGroup(f), f).toBe(false);
  });

  it('picks with the ray-only tree: no source of the app brings in MeshBVH and its other queries', () => {
    const users = files('src').filter((f) =>
      /\bMeshBVH\b/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(users).toEqual([]);
    expect(readFileSync('src/scene/picker.ts', 'utf8')).toMatch(/from '\.\/triangleTree'/);
  });
});
