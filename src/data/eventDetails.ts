/**
 * Summaries, sources and date notes of events. Small corpora carry them inline; large ones keep
 * them in chunk files beside the events JSON (see data/README.md), fetched when an event is opened
 * or when search needs the summaries. A few chunks are kept in memory; the browser's cache and
 * the offline worker keep the rest.
 */
import { readJson } from './readJson.ts';
import type { Dataset, EventDetails, TimelineEvent } from '../domain/schema.ts';
import { DATA_URL } from './loadDataset.ts';

/** Chunks kept in memory (2,000 events each): enough for back-and-forth reading, little heap. */
const KEEP = 6;

/** Statuses that say the file is not on the server any more, rather than a passing fault. */
const GONE = new Set([404, 410]);

/**
 * A detail chunk that could not be used. `gone` when the answer suggests the data was replaced
 * since this page loaded (the chunk is missing, is not JSON, or holds another version): trying the
 * same file again cannot help, only a check of the events JSON can tell (dataVersion.ts).
 */
export class ChunkError extends Error {
  readonly gone: boolean;
  constructor(message: string, gone: boolean) {
    super(message);
    this.gone = gone;
  }
}

export const isGoneChunk = (error: unknown): boolean => error instanceof ChunkError && error.gone;

export interface DetailsSource {
  /** Details at hand without a request (inline corpora, or a chunk already loaded). */
  peek(index: number): EventDetails | undefined;
  /** Fetches, ahead of need, the chunks that hold these events; failures wait for a real load. */
  warm(indices: readonly number[]): void;
  load(index: number): Promise<EventDetails>;
  /** Every chunk in turn, for search; resolves to each event's details in dataset order. */
  loadChunk(chunk: number): Promise<EventDetails[]>;
  readonly chunkCount: number;
}

function inlineDetails(event: TimelineEvent | undefined): EventDetails | undefined {
  if (!event?.summary || !event.sources) return undefined;
  return {
    summary: event.summary,
    sources: event.sources,
    ...(event.basis ? { basis: event.basis } : {}),
    ...(event.related ? { related: event.related } : {}),
  };
}

export function detailsSource(dataset: Dataset, baseUrl = DATA_URL): DetailsSource {
  const layout = dataset.details;
  const cache = new Map<number, Promise<EventDetails[]>>();
  // The chunks that have arrived, for peek: an event whose chunk is here opens with its details
  // in the same render, not one answer later.
  const arrived = new Map<number, EventDetails[]>();

  const loadChunk = (chunk: number): Promise<EventDetails[]> => {
    const cached = cache.get(chunk);
    if (cached) {
      // Most recently used last, so the oldest is evicted first.
      cache.delete(chunk);
      cache.set(chunk, cached);
      return cached;
    }
    const file = layout?.files[chunk];
    if (!file) return Promise.reject(new Error(`no details chunk ${chunk}`));
    const request = fetch(new URL(file, new URL(baseUrl, document.baseURI)))
      .catch(() => {
        throw new ChunkError(`details chunk ${file}: network`, false);
      })
      .then(async (response) => {
        if (!response.ok) {
          throw new ChunkError(
            `details chunk ${file}: HTTP ${response.status}`,
            GONE.has(response.status),
          );
        }
        try {
          return (await readJson(response)) as { hash?: unknown; events?: unknown } | null;
        } catch {
          // A host that serves the app for every unknown path answers a deleted chunk with
          // index.html and status 200: not JSON means this file is not there any more.
          throw new ChunkError(`details chunk ${file} is not JSON`, true);
        }
      })
      .then((body) => {
        // A chunk of another version would attach the wrong texts to events: refuse it.
        if (body?.hash !== dataset.hash || !Array.isArray(body.events)) {
          throw new ChunkError(`details chunk ${file} does not belong to this data version`, true);
        }
        return body.events as EventDetails[];
      });
    request.then(
      (events) => {
        if (cache.get(chunk) === request) arrived.set(chunk, events);
      },
      () => cache.delete(chunk),
    );
    cache.set(chunk, request);
    while (cache.size > KEEP) {
      const oldest = cache.keys().next().value as number;
      cache.delete(oldest);
      arrived.delete(oldest);
    }
    return request;
  };

  return {
    chunkCount: layout?.files.length ?? 0,
    peek(index) {
      const inline = inlineDetails(dataset.events[index]);
      if (inline || !layout) return inline;
      return arrived.get(Math.floor(index / layout.chunkSize))?.[index % layout.chunkSize];
    },
    warm(indices) {
      if (!layout) return;
      const chunks = new Set(indices.map((i) => Math.floor(i / layout.chunkSize)));
      // Never more than the cache keeps, or warming would evict what it just fetched.
      for (const chunk of [...chunks].slice(0, KEEP)) loadChunk(chunk).catch(() => undefined);
    },
    async load(index) {
      const inline = inlineDetails(dataset.events[index]);
      if (inline) return inline;
      if (!layout) throw new Error(`event ${index} has no details`);
      const events = await loadChunk(Math.floor(index / layout.chunkSize));
      const details = events[index % layout.chunkSize];
      if (!details) throw new Error(`event ${index} is missing from its details chunk`);
      return details;
    },
    loadChunk,
  };
}
