/**
 * The static file server for the built app (dist/), on the loopback interface only. Used by the
 * end-to-end tests, the benchmark and the screenshot scripts. Files are served by `sirv` (a
 * maintained static-file handler: it resolves paths inside the root only, tolerates bad
 * %-encoding, and sets the content types), with nothing cached.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';

export interface StaticServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * Serve `root` on 127.0.0.1 at a free port. `routes` maps a URL path to a file anywhere on disk
 * (the snapshot script uses it to serve a developer build of the model).
 */
export async function serveStatic(root: string, routes: Record<string, string> = {}): Promise<StaticServer> {
  // dev: look files up on each request (the build may change between runs) and send `no-store`.
  const files = sirv(resolve(root), { dev: true, dotfiles: false });
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    const routed = routes[path];
    if (routed) {
      try {
        const size = statSync(routed).size;
        res.writeHead(200, {
          'content-type': lookup(routed) ?? 'application/octet-stream',
          'content-length': size,
          'cache-control': 'no-store',
        });
        createReadStream(routed).pipe(res);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
      return;
    }
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
