/**
 * A tiny static server for the built app on a dedicated loopback port. /data/events.json can be
 * mapped to any corpus file, so one build serves every corpus (the app fetches its data at run
 * time). Unknown paths without a file extension get index.html, like the real host.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Serve this file at /data/events.json (undefined: serve the build's own file, if any). */
  setEventsFile(file: string | undefined): void;
  setRoot(dir: string): void;
  close(): Promise<void>;
}

export function startServer(rootDir: string, port: number): Promise<StaticServer> {
  let root = resolve(rootDir);
  let eventsFile: string | undefined;

  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file: string | undefined;
    if (path === '/data/events.json' && eventsFile) file = resolve(eventsFile);
    else {
      const candidate = normalize(join(root, path));
      if (candidate !== root && !candidate.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      file = isFile(candidate) ? candidate : undefined;
      if (!file && extname(path) === '') file = join(root, 'index.html');
    }
    if (!file || !isFile(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const hashed = /\/assets\//.test(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  server.keepAliveTimeout = 1000;

  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} on 127.0.0.1 is taken; the benchmark never reuses another server: ` +
                `stop it or pass --port`,
            )
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => {
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        setEventsFile: (f) => {
          eventsFile = f;
        },
        setRoot: (dir) => {
          root = resolve(dir);
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
