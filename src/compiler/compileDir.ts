/**
 * Compiles a data folder on disk, splitting large corpora across threads: the main thread and
 * the workers each read and compile a share of the event files with the same pure functions
 * compile() uses, and the main thread assembles. Output is byte-identical to compile()'s,
 * whatever the number of threads (the event order is fixed by sorting, never by arrival).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { compileCatalogue } from './catalogue.ts';
import type { CompileResult, DetailsOptions } from './compile.ts';
import { assemble, classify, normaliseDataDir } from './compile.ts';
import { referenceSets } from './crossCheck.ts';
import { compileEventFile } from './eventFile.ts';
import { EventStore } from './eventStore.ts';
import type { StoredEvents } from './eventStore.ts';
import type { WorkerTask } from './eventWorker.ts';
import { listDataFiles } from './readDataDir.ts';

/** Below this many events a worker's start-up (≈0.3 s with the TypeScript loader) costs more than it saves. */
export const PARALLEL_THRESHOLD = 20_000;

export interface CompileDirOptions extends DetailsOptions {
  /** Threads in all, the main one included; defaults to the machine's cores (at most 4). */
  threads?: number;
  /** Fewest events worth starting workers for; PARALLEL_THRESHOLD unless a test says otherwise. */
  parallelFrom?: number;
}

export async function compileDir(
  dir: string,
  shownAs: string,
  options: CompileDirOptions = {},
): Promise<CompileResult> {
  const dataDir = normaliseDataDir(shownAs);
  const files = listDataFiles(dir, dataDir);
  const absOf = new Map(files.map((f) => [f.path, f.abs]));
  const read = (path: string) => readFileSync(absOf.get(path) ?? path, 'utf8');
  const layout = classify(
    files.map((f) => f.path),
    dataDir,
  );
  const catalogue = compileCatalogue(
    new Map([...layout.lists].map(([name, path]) => [name, { path, text: read(path) }])),
    dataDir,
  );
  const events = layout.events.map((e) => ({ ...e, abs: absOf.get(e.path) ?? e.path }));

  const threads = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
  const parallel = threads > 1 && events.length >= (options.parallelFrom ?? PARALLEL_THRESHOLD);
  const [own = [], ...others] = parallel ? split(events, threads) : [events];
  const pending = others.map((share) =>
    runWorker({ references: catalogue.references, files: share }),
  );
  const refs = referenceSets(catalogue.references);
  const store = new EventStore();
  for (const e of own) store.add(compileEventFile({ ...e, text: read(e.path) }, refs));
  const shares = [store.finish(), ...(await Promise.all(pending))];
  return assemble({
    dataDir,
    misplaced: layout.errors,
    catalogue,
    shares,
    textOf: read,
    details: options,
  });
}

/** Contiguous, near-equal shares; the first is the main thread's. */
export function split<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  const shares: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    shares.push(items.slice(start, start + size));
  return shares;
}

function runWorker(task: WorkerTask): Promise<StoredEvents> {
  const entry = new URL('./eventWorker.ts', import.meta.url).href;
  // Workers do not inherit tsx's loader on Node 20: register it before importing the .ts entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: task });
    worker.once('message', (share: StoredEvents) => {
      resolve(share);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`compiler worker stopped with exit code ${code}`));
    });
  });
}
