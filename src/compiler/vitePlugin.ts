/**
 * Dev-server integration: watches data/ and recompiles on every change, so an edited YAML file
 * shows up in the browser without restarting. Errors go to the terminal and the last good JSON
 * stays in place (the page keeps working); a successful change triggers a full reload.
 * Builds do not need it: `npm run build` compiles first.
 */
import { relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Plugin, ViteDevServer } from 'vite';
import { compile, utcToday } from './compile.ts';
import { readDataDir } from './readDataDir.ts';
import { runCompile } from './run.ts';
import {
  fileHolds,
  listFiles,
  readFileOrNull,
  removeFile,
  writeFileAtomic,
} from './writeAtomic.ts';
import { acquireCompileLock, processIsAlive } from './compileLock.ts';

export interface MasarDataOptions {
  /** Relative to the Vite root. */
  dataDir?: string;
  /** Relative to the Vite root. */
  outFile?: string;
  /** Quiet time after the last change before recompiling (an editor saves several files at once). */
  debounceMs?: number;
}

export function masarDataPlugin(options: MasarDataOptions = {}): Plugin {
  const dataDir = options.dataDir ?? 'data';
  const outFile = options.outFile ?? 'public/data/events.json';
  const debounceMs = options.debounceMs ?? 100;
  return {
    name: 'masar-data',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const root = server.config.root;
      const dataAbs = resolve(root, dataDir);
      const logger = server.config.logger;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // One compile at a time; a change during a compile schedules exactly one more.
      let running: Promise<void> | undefined;
      let again = false;

      const recompile = async (): Promise<void> => {
        const outcome = await runCompile(
          { dataDir, outFile, check: false },
          {
            compileData: (dir) =>
              compile(readDataDir(resolve(root, dir), dir), {
                dataDir: dir,
                today: utcToday(new Date()),
              }),
            writeFile: (path, content) => writeFileAtomic(resolve(root, path), content),
            listFiles: (dir) => listFiles(resolve(root, dir)),
            removeFile: (path) => removeFile(resolve(root, path)),
            readFile: (path) => readFileOrNull(resolve(root, path)),
            holds: (path, content) => fileHolds(resolve(root, path), content),
            lock: (dir) => acquireCompileLock(resolve(root, dir)),
            isAlive: processIsAlive,
            now: () => performance.now(),
          },
        ).catch((error: unknown) => ({
          ok: false as const,
          errors: [String((error as Error).message ?? error)],
          summary: `data not compiled; ${outFile} was left as it was`,
        }));
        if (outcome.ok) {
          logger.info(`[masar-data] ${outcome.summary}`, { timestamp: true });
          if (outcome.wrote) server.ws.send({ type: 'full-reload' });
        } else {
          logger.error(`[masar-data] ${[...outcome.errors, outcome.summary].join('\n')}`, {
            timestamp: true,
          });
        }
      };

      const schedule = () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          if (running) {
            again = true;
            return;
          }
          running = recompile().finally(() => {
            running = undefined;
            if (again) {
              again = false;
              schedule();
            }
          });
        }, debounceMs);
      };

      const isData = (file: string) => {
        const rel = relative(dataAbs, file);
        return (
          rel !== '' && !rel.startsWith('..') && !rel.startsWith(`..${sep}`) && /\.ya?ml$/.test(rel)
        );
      };
      server.watcher.add(dataAbs);
      for (const event of ['add', 'change', 'unlink'] as const) {
        server.watcher.on(event, (file: string) => {
          if (isData(file)) schedule();
        });
      }
    },
  };
}
