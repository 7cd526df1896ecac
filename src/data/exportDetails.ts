/**
 * Every detail an export needs, complete: for a chunked corpus the summaries and sources of the
 * view's events live in chunk files, so each chunk they fall in is fetched, one after the other
 * (a view of all 100,000 events reads all 50 chunks; holding them at once would cost 80 MB).
 */
import type { EventDetails } from '../domain/schema.ts';
import type { DetailsSource } from './eventDetails.ts';

/** Why an export could not be made: a chunk of details could not be read. */
export class ExportDetailsError extends Error {
  readonly chunk: number;
  constructor(chunk: number, cause: unknown) {
    super(`details chunk ${chunk} could not be read`, { cause });
    this.chunk = chunk;
  }
}

/**
 * The details of the events at `indices` (dataset positions), in the same order. Rejects with an
 * ExportDetailsError if any chunk fails: an export with rows missing their summaries or sources
 * would pass for complete.
 */
export async function loadExportDetails(
  source: DetailsSource,
  indices: readonly number[],
  chunkSize: number | undefined,
): Promise<EventDetails[]> {
  const out = new Array<EventDetails | undefined>(indices.length);
  const byChunk = new Map<number, number[]>();
  indices.forEach((index, at) => {
    const inline = source.peek(index);
    if (inline) {
      out[at] = inline;
      return;
    }
    const chunk = chunkSize ? Math.floor(index / chunkSize) : 0;
    byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), at]);
  });
  for (const [chunk, ats] of [...byChunk].sort(([a], [b]) => a - b)) {
    let events: EventDetails[];
    try {
      events = await source.loadChunk(chunk);
    } catch (error) {
      throw new ExportDetailsError(chunk, error);
    }
    for (const at of ats) {
      const index = indices[at] ?? -1;
      const details = events[index % (chunkSize ?? 1)];
      if (!details) throw new ExportDetailsError(chunk, new Error(`event ${index} missing`));
      out[at] = details;
    }
  }
  return out as EventDetails[];
}
