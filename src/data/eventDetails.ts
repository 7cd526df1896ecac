/**
 * Summaries, sources and date notes of events. Small corpora carry them inline; large ones keep
 * them in chunk files beside the events JSON (see data/README.md), fetched when an event is opened
 * or when search needs the summaries. A few chunks are kept in memory; the browser's cache and
 * the offline worker keep the rest.
 */
import type { Dataset, EventDetails, TimelineEvent } from '../domain/schema.ts';
import { DATA_URL } from './loadDataset.ts';

/** Chunks kept in memory (2,000 events each): enough for back-and-forth reading, little heap. */
const KEEP = 6;

export interface DetailsSource {
  /** Details at hand without a request (inline corpora, or a chunk already loaded). */
  peek(index: number): EventDetails | undefined;
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
  };
}

export function detailsSource(dataset: Dataset, baseUrl = DATA_URL): DetailsSource {
  const layout = dataset.details;
  const cache = new Map<number, Promise<EventDetails[]>>();

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
      .then((response) => {
        if (!response.ok) throw new Error(`details chunk ${file}: HTTP ${response.status}`);
        return response.json() as Promise<{ hash?: unknown; events?: unknown }>;
      })
      .then((body) => {
        // A chunk of another version would attach the wrong texts to events: refuse it.
        if (body.hash !== dataset.hash || !Array.isArray(body.events)) {
          throw new Error(`details chunk ${file} does not belong to this data version`);
        }
        return body.events as EventDetails[];
      });
    request.catch(() => cache.delete(chunk));
    cache.set(chunk, request);
    while (cache.size > KEEP) cache.delete(cache.keys().next().value as number);
    return request;
  };

  return {
    chunkCount: layout?.files.length ?? 0,
    peek(index) {
      return inlineDetails(dataset.events[index]);
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
