/**
 * How threads share a corpus's event files: a counter in shared memory that each thread advances
 * by a batch at a time (Atomics.add hands every index to exactly one thread), and the loop that
 * compiles whatever a thread claimed into its own EventStore.
 */
import type { References, ReferenceSets } from './crossCheck.ts';
import type { EventFile } from './eventFile.ts';
import { compileEventFile } from './eventFile.ts';
import { EventStore } from './eventStore.ts';
import type { StoredEvents } from './eventStore.ts';
import { readDataFile } from './readDataDir.ts';
import { LIMITS } from './bounds.ts';

/** Files per claim: small enough to even out the end, large enough that claiming costs nothing. */
export const BATCH = 256;

/** What a worker needs, as data that crosses threads cheaply (one string, not 100,000 objects). */
export interface ClaimTask {
  references: References;
  /** The data folder on disk, and as paths spell it. */
  dir: string;
  dataDir: string;
  /** Every event file's path, in classify()'s order, joined by newlines. */
  paths: string;
  /** The next unclaimed index into `paths`, shared by every thread. */
  next: Int32Array;
}

/** The ranges [start, end) this thread claims, until every one of `total` items is taken. */
export function* claimBatches(next: Int32Array, total: number): Generator<[number, number]> {
  for (;;) {
    const start = Atomics.add(next, 0, BATCH);
    if (start >= total) return;
    yield [start, Math.min(total, start + BATCH)];
  }
}

export function compileClaimed(
  batches: Iterable<[number, number]>,
  events: readonly Omit<EventFile, 'text'>[],
  refs: ReferenceSets,
  onDisk: (path: string) => string,
): StoredEvents {
  const store = new EventStore();
  for (const [start, end] of batches)
    for (let i = start; i < end; i++) {
      const e = events[i] as Omit<EventFile, 'text'>;
      const text = readDataFile(onDisk(e.path), LIMITS.eventFileBytes);
      store.add(compileEventFile({ ...e, text }, refs));
    }
  return store.finish();
}
