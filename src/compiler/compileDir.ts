/**
 * Compiles a data folder on disk, sharing a large corpus's event files among threads: the main
 * thread and the workers claim batches of files from one shared counter until none are left, each
 * compiling its batches with the same pure functions compile() uses, and the main thread
 * assembles. Claiming instead of fixed shares keeps every thread busy to the end, however long a
 * worker takes to start or however the machine schedules them. Output is byte-identical to
 * compile()'s, whatever the number of threads (the event order is fixed by sorting, never by
 * arrival).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compileCatalogue } from './catalogue.ts';
import type { CompileResult, DetailsOptions } from './compile.ts';
import { assemble, classify, normaliseDataDir, refusedFiles, withToday } from './compile.ts';
import { referenceSets } from './crossCheck.ts';
import type { ReferenceSets } from './crossCheck.ts';
import { compileEventFile } from './eventFile.ts';
import type { EventFile } from './eventFile.ts';
import { EventStore } from './eventStore.ts';
import { startReadAhead } from './readAhead.ts';
import type { ReadAhead } from './readAhead.ts';
import { claimBatches, compileClaimed } from './claimEvents.ts';
import type { ClaimTask } from './claimEvents.ts';
import type { StoredEvents } from './eventStore.ts';
import { listDataFiles, onDisk, readDataFile } from './readDataDir.ts';
import { LIMITS, decode } from './bounds.ts';

/**
 * From this many events a thread reads the files ahead of the compile; below it, starting that
 * thread (~40 ms) costs more than the reads it would take over (~25 µs a file).
 */
export const READ_AHEAD_FROM = 2_000;

/** Below this many events a worker's start-up (≈0.3 s with the TypeScript loader) costs more than it saves. */
export const PARALLEL_THRESHOLD = 20_000;

export interface CompileDirOptions extends DetailsOptions {
  /** Threads in all, the main one included; defaults to the machine's cores (at most 4). */
  threads?: number;
  /** Fewest events worth starting workers for; PARALLEL_THRESHOLD unless a test says otherwise. */
  parallelFrom?: number;
  /** Fewest events worth a read-ahead thread for; READ_AHEAD_FROM unless a test says otherwise. */
  readAheadFrom?: number;
  /** The day of the compile, YYYY-MM-DD (see CompileOptions). */
  today?: string;
}

export async function compileDir(
  dir: string,
  shownAs: string,
  options: CompileDirOptions = {},
): Promise<CompileResult> {
  const dataDir = normaliseDataDir(shownAs);
  const listed = listDataFiles(dir, dataDir);
  const refused = refusedFiles(listed);
  const layout = classify(
    listed.filter((f) => f.refused === undefined).map((f) => f.path),
    dataDir,
  );
  const read = (path: string, maxBytes: number) =>
    readDataFile(onDisk(dir, dataDir, path), maxBytes);
  const threads = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
  const parallel =
    threads > 1 && layout.events.length >= (options.parallelFrom ?? PARALLEL_THRESHOLD);
  const toDisk = (path: string) => onDisk(dir, dataDir, path);
  // Started before the catalogue, so the thread's start-up overlaps it.
  const reader =
    parallel || layout.events.length < (options.readAheadFrom ?? READ_AHEAD_FROM)
      ? undefined
      : startReadAhead(
          layout.events.map((e) => toDisk(e.path)),
          LIMITS.eventFileBytes,
        );
  try {
    return await compileLaidOut();
  } finally {
    reader?.stop();
  }

  async function compileLaidOut(): Promise<CompileResult> {
    const catalogue = compileCatalogue(
      new Map(
        [...layout.lists].map(([name, path]) => [
          name,
          { path, text: read(path, LIMITS.listFileBytes) },
        ]),
      ),
      dataDir,
    );

    const references = withToday(catalogue.references, options.today);
    const task: ClaimTask = {
      references,
      dir,
      dataDir,
      paths: layout.events.map((e) => e.path).join('\n'),
      next: new Int32Array(new SharedArrayBuffer(4)),
    };
    const pending = parallel ? Array.from({ length: threads - 1 }, () => runWorker(task)) : [];
    const refs = referenceSets(references);
    const own =
      reader === undefined
        ? compileClaimed(claimBatches(task.next, layout.events.length), layout.events, refs, toDisk)
        : await compileReadAhead(reader, layout.events, refs);
    const shares = [own, ...(await Promise.all(pending))];
    return assemble({
      dataDir,
      misplaced: [...refused, ...layout.errors],
      catalogue,
      shares,
      // Only the files of duplicates, which compiled, so are within the limit and UTF-8.
      textOf: (path) => {
        const decoded = decode(path, read(path, LIMITS.eventFileBytes), LIMITS.eventFileBytes);
        return decoded.ok ? decoded.text : '';
      },
      details: options,
    });
  }
}

/** One thread compiling every event file in order, another reading them ahead (readAhead.ts). */
async function compileReadAhead(
  reader: ReadAhead,
  events: readonly Omit<EventFile, 'text'>[],
  refs: ReferenceSets,
): Promise<StoredEvents> {
  const store = new EventStore();
  await reader.each((i, text) =>
    store.add(compileEventFile({ ...(events[i] as (typeof events)[number]), text }, refs)),
  );
  return store.finish();
}

function runWorker(task: ClaimTask): Promise<StoredEvents> {
  // Workers do not inherit tsx's loader on Node 20. Its CommonJS hook, registered in the worker
  // itself, starts the worker in ~0.3 s; its ESM loader took ~0.45 s and half as much CPU again,
  // as every module went through a separate hooks thread. The compiler's modules use no
  // import.meta and no top-level await, so they load the same either way.
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./eventWorker.ts', import.meta.url));
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: task, execArgv: [] });
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
