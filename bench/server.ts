/**
 * A tiny static server for the built app on a dedicated loopback port. /data/ can be mapped to any
 * corpus folder (events.json and its detail chunks), so one build serves every corpus (the app
 * fetches its data at run time); other prefixes can be mapped to folders the same way (the peer,
 * TimelineJS3, and its page: bench/peer.ts). Unknown paths without a file extension get
 * index.html, like the real host.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  /** Serve this folder at /data/ (undefined: serve the build's own data/ folder). */
  setDataDir(dir: string | undefined): void;
  /** Serve this folder at a path prefix such as "/peer/" (undefined: stop serving it). */
  mount(prefix: string, dir: string | undefined): void;
  setRoot(dir: string): void;
  /** Serve this file as the page (/, /index.html and unknown paths); undefined: the root's own. */
  setIndexHtml(file: string | undefined): void;
  /**
   * Gzip text responses to clients that accept it, as `vite preview` (what `npm run audit` serves
   * Lighthouse from) does. Off for the browser figures, whose baselines were taken uncompressed.
   */
  setCompression(on: boolean): void;
  close(): Promise<void>;
}

export function startServer(rootDir: string, port: number): Promise<StaticServer> {
  let root = resolve(rootDir);
  let compress = false;
  let indexHtml: string | undefined;
  // Longest prefix first, so /peer/tl/ wins over /peer/.
  const mounts = new Map<string, string>();
  const mountFor = (path: string): [string, string] | undefined => {
    const prefix = [...mounts.keys()]
      .filter((p) => path.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    return prefix === undefined
      ? undefined
      : [mounts.get(prefix) as string, path.slice(prefix.length - 1)];
  };
  const mount = (prefix: string, dir: string | undefined) => {
    if (dir === undefined) mounts.delete(prefix);
    else mounts.set(prefix, resolve(dir));
  };

  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file: string | undefined;
    const [base, rest] = mountFor(path) ?? [root, path];
    const candidate = normalize(join(base, rest));
    if (candidate !== base && !candidate.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    const page = indexHtml ?? join(root, 'index.html');
    file =
      candidate === join(root, 'index.html') ? page : isFile(candidate) ? candidate : undefined;
    if (!file && extname(path) === '') file = page;
    if (!file || !isFile(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const hashed = /\/assets\//.test(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = {
      'content-type': type,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const gzip =
      compress &&
      /^(text\/|application\/json|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) {
      const body = gzipSync(readFileSync(file));
      response.writeHead(200, {
        ...headers,
        'content-encoding': 'gzip',
        'content-length': body.length,
        vary: 'accept-encoding',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': statSync(file).size });
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
        setDataDir: (dir) => mount('/data/', dir),
        mount,
        setRoot: (dir) => {
          root = resolve(dir);
        },
        setIndexHtml: (file) => {
          indexHtml = file === undefined ? undefined : resolve(file);
        },
        setCompression: (on) => {
          compress = on;
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
