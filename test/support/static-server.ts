/** A tiny static file server bound to 127.0.0.1 for end-to-end tests, the demo and the benchmark. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  readonly body: string | Buffer;
  readonly type?: string;
}

export interface StaticServer {
  readonly origin: string;
  /** Adds or replaces a page at `path`. */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startStaticServer(routes: Record<string, Route> = {}): Promise<StaticServer> {
  const table = new Map(Object.entries(routes));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = table.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, route) => void table.set(path, route),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
