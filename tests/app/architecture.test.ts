import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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

describe('architecture (design.md §1)', () => {
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
    expect(app).not.toMatch(/from '..\/scene\//);
    expect(
      importsOf(readFileSync('src/store/explorerStore.ts', 'utf8')).every((s) => s === 'zustand' || s.startsWith('.')),
    ).toBe(true);
  });

  it('the app names no other origin (no CDN, remote font or decoder)', () => {
    for (const f of [...files('src'), 'index.html']) {
      const src = readFileSync(f, 'utf8');
      expect(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/.test(src), `${f} names a URL`).toBe(false);
    }
  });
});
