import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/browser/staticServer';

/** GET a raw path (not normalised by a URL parser), so traversal attempts reach the server as sent. */
function get(server: StaticServer, path: string): Promise<{ status: number; type: string; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'myotrace-static-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'dist', 'model.glb'), 'glTF');
  // A sibling whose name starts with the root's name: a prefix-only path check would serve it.
  mkdirSync(join(dir, 'dist-secret'));
  writeFileSync(join(dir, 'dist-secret', 'key.txt'), 'secret');
  writeFileSync(join(dir, 'outside.txt'), 'outside');
  writeFileSync(join(dir, 'routed.bin'), 'routed');
  server = await serveStatic(join(dir, 'dist'), { '/dev/model.glb': join(dir, 'routed.bin') });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the static server for tests and the benchmark', () => {
  it('serves the index and files with their types, uncached', async () => {
    const index = await get(server, '/');
    expect(index.status).toBe(200);
    expect(index.type).toMatch(/text\/html/);
    expect(index.body).toContain('<title>app</title>');
    const model = await get(server, '/model.glb');
    expect(model).toMatchObject({ status: 200, type: 'model/gltf-binary', body: 'glTF' });
  });

  it('serves a routed path from anywhere on disk', async () => {
    expect((await get(server, '/dev/model.glb')).body).toBe('routed');
  });

  it('never serves a file outside the root, however the path is written', async () => {
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/..%2foutside.txt',
      '/../dist-secret/key.txt',
      '/%2e%2e/dist-secret/key.txt',
      '/%2e%2e%2fdist-secret%2fkey.txt',
    ]) {
      const r = await get(server, path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toMatch(/secret|outside/);
    }
  });

  it('answers bad %-encoding and unknown files without failing', async () => {
    expect((await get(server, '/%E0%A4%A')).status).toBe(404);
    expect((await get(server, '/%')).status).toBe(404);
    expect((await get(server, '/nothing.js')).status).toBe(404);
    // still serving afterwards
    expect((await get(server, '/index.html')).status).toBe(200);
  });
});
