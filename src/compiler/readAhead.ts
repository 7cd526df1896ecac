/**
 * Reading files on another thread while this one compiles. Opening, reading and closing 10,000
 * small files costs ~0.25 s of system calls on the development machine, a sixth of a
 * 10,000-event compile; a second core was idle meanwhile. A plain-JavaScript thread
 * (readAheadWorker.js) reads the files in order into a ring of shared slots, and the caller gets
 * each one's bytes in order as soon as it is ready.
 *
 * Nothing depends on that thread: whatever it did not read plainly (a link, a device, a file
 * over the limit, any error) is read here with readDataFile, which words every refusal and
 * error, and if the thread cannot start or stops, the rest is read here too. Node's own
 * asynchronous fs was tried first: its callbacks cost the main thread more than the reads did.
 */
import { Worker } from 'node:worker_threads';
import type { Content } from './bounds.ts';
import { OPEN_FLAGS, readDataFile } from './readDataDir.ts';

// Slot states, as in readAheadWorker.js; its third, "read it yourself", is anything else.
const FREE = 0;
const READY = 1;

/**
 * How far the thread may read ahead. With 32 slots, a compile of 10,000 events on the shared
 * 2-core machine spent 0.31 s of its 2 s blocked waiting for a slot (profiled under load): once
 * the reading thread lost its core for a few milliseconds, the compile used up 32 files in ~3 ms.
 * 256 are ~20 ms of compiling. The shared memory is slots × the file size limit (64 MB) but only
 * reserved: a slot's pages are touched only as far as the files read into it.
 */
export const READ_AHEAD_SLOTS = 256;

export interface ReadAheadOptions {
  slots?: number;
  /** Tests: start no thread, read everything here (what happens when the thread is lost). */
  noThread?: boolean;
}

/** Files being read ahead; stop() it in every case, or its thread waits for slots forever. */
export interface ReadAhead {
  /**
   * Calls `use(i, content)` for every file in order, as readDataFile(files[i], maxBytes) would
   * give it. `content` may be a view of shared memory that is reused once `use` returns: use it,
   * do not keep it. Call it once.
   * @returns how many files the other thread read (the rest were read here)
   */
  each(use: (i: number, content: Content) => void): Promise<number>;
  stop(): void;
}

/** Starts reading at once, so the thread's start-up overlaps whatever the caller does next. */
export function startReadAhead(
  files: readonly string[],
  maxBytes: number,
  options: ReadAheadOptions = {},
): ReadAhead {
  const slots = Math.max(1, Math.min(options.slots ?? READ_AHEAD_SLOTS, files.length));
  const state = new Int32Array(new SharedArrayBuffer(8 * slots));
  const data = new SharedArrayBuffer(slots * maxBytes);
  const bytes = Buffer.from(data);
  let gone = options.noThread === true || files.length === 0;
  let worker: Worker | undefined;
  if (!gone)
    try {
      worker = new Worker(new URL('./readAheadWorker.js', import.meta.url), {
        workerData: { paths: files, flags: OPEN_FLAGS, slotBytes: maxBytes, state, data },
        // Not the TypeScript loader the main thread may run under: the worker is plain JavaScript.
        execArgv: [],
      });
      // Never what keeps the process alive, even if a caller forgets stop().
      worker.unref();
      worker.once('error', () => (gone = true));
      worker.once('exit', () => (gone = true));
    } catch {
      gone = true;
    }

  const each = async (use: (i: number, content: Content) => void): Promise<number> => {
    let ahead = 0;
    for (let i = 0; i < files.length; i++) {
      const s = i % slots;
      let status = Atomics.load(state, 2 * s);
      while (status === FREE && !gone) {
        // Waiting blocks this thread, and with it the events that say the worker stopped:
        // wake now and then to let them in.
        if (Atomics.wait(state, 2 * s, FREE, 50) === 'timed-out')
          await new Promise((resolve) => setImmediate(resolve));
        status = Atomics.load(state, 2 * s);
      }
      const path = files[i] as string;
      if (status === READY) {
        const at = s * maxBytes;
        ahead++;
        use(i, bytes.subarray(at, at + (state[2 * s + 1] as number)));
      } else use(i, readDataFile(path, maxBytes));
      if (status !== FREE) {
        Atomics.store(state, 2 * s, FREE);
        Atomics.notify(state, 2 * s);
      }
    }
    return ahead;
  };
  return {
    each,
    stop: () => {
      gone = true;
      if (worker !== undefined) void worker.terminate();
    },
  };
}

/** startReadAhead, each and stop in one. */
export async function readInOrder(
  files: readonly string[],
  maxBytes: number,
  use: (i: number, content: Content) => void,
  options: ReadAheadOptions = {},
): Promise<number> {
  const reader = startReadAhead(files, maxBytes, options);
  try {
    return await reader.each(use);
  } finally {
    reader.stop();
  }
}
