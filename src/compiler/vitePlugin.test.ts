import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseChanges, validFiles } from './fixtureFiles.ts';
import { masarDataPlugin } from './vitePlugin.ts';
import type { FixtureFile } from './fixtureFiles.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'masar-vite-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(files: readonly FixtureFile[]): string[] {
  return files.map((f) => {
    const target = join(root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.text);
    return target;
  });
}

// Just enough of a Vite dev server: a file watcher, a websocket and a logger.
function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const server = {
    config: { root, logger: { info: vi.fn(), error: vi.fn() } },
    watcher,
    ws: { send: vi.fn() },
  };
  const plugin = masarDataPlugin({ debounceMs: 0 });
  const hook = plugin.configureServer as (s: ViteDevServer) => void;
  hook(server as unknown as ViteDevServer);
  return server;
}

const output = () => join(root, 'public/data/events.json');

describe('masarDataPlugin', () => {
  it('recompiles when a data file changes and reloads the page', async () => {
    const [first] = write(validFiles());
    const server = fakeServer();
    expect(server.watcher.add).toHaveBeenCalledWith(join(root, 'data'));
    server.watcher.emit('change', first);
    await vi.waitFor(() => expect(server.ws.send).toHaveBeenCalledWith({ type: 'full-reload' }));
    expect(server.config.logger.info.mock.calls[0]?.[0]).toMatch(
      /^\[masar-data\] compiled 4 events/,
    );
    expect(JSON.parse(readFileSync(output(), 'utf8'))).toHaveProperty('format', 2);
  });

  it('on errors logs every one, keeps the last good JSON and does not reload', async () => {
    const [first] = write(validFiles());
    const server = fakeServer();
    server.watcher.emit('change', first);
    await vi.waitFor(() => expect(server.ws.send).toHaveBeenCalledTimes(1));
    const good = readFileSync(output());

    const [broken] = write(caseChanges('impossible-date'));
    server.watcher.emit('add', broken);
    await vi.waitFor(() => expect(server.config.logger.error).toHaveBeenCalledTimes(1));
    const logged = String(server.config.logger.error.mock.calls[0]?.[0]);
    expect(logged).toContain(
      'data/events/2026/2026-02-30-call.yaml:2:7 date: "2026-02-30" is not a real date',
    );
    expect(logged).toContain('1 error in 1 file; public/data/events.json was left as it was');
    expect(readFileSync(output()).equals(good)).toBe(true);
    expect(server.ws.send).toHaveBeenCalledTimes(1);
  });

  it('ignores files outside data/ and files that are not YAML', async () => {
    write(validFiles());
    const server = fakeServer();
    server.watcher.emit('change', join(root, 'src', 'main.tsx'));
    server.watcher.emit('change', join(root, 'data', 'README.md'));
    await new Promise((r) => setTimeout(r, 50));
    expect(server.config.logger.info).not.toHaveBeenCalled();
    expect(server.config.logger.error).not.toHaveBeenCalled();
  });
});
