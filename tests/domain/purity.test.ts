import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const importsOf = (src: string) =>
  [...src.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);

describe('architecture', () => {
  it('keeps src/domain pure: no React, three, DOM or Node imports', () => {
    for (const f of files('src/domain')) {
      const src = readFileSync(f, 'utf8');
      for (const spec of importsOf(src)) {
        expect(spec.startsWith('.'), `${f} imports ${spec}`).toBe(true);
      }
      expect(/\b(window|document|localStorage|navigator)\./.test(src), `${f} touches the DOM`).toBe(false);
    }
  });
});
