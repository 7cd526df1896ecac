/**
 * An event with its details, as the static pages need it. In chunked mode (large corpora) the
 * compiled index holds no summaries or sources; the build joins them back from the chunk files.
 */
import type { DetailsChunk, Dataset, Localized, Source, TimelineEvent } from '../domain/schema.ts';

export type PageEvent = TimelineEvent & { summary: Localized; sources: Source[] };

/** Joins each event with its details; `readChunk` reads one chunk file named in the index. */
export function pageEvents(
  dataset: Dataset,
  readChunk: (file: string) => DetailsChunk,
): PageEvent[] {
  const details = dataset.details;
  if (!details) return dataset.events as PageEvent[];
  const out: PageEvent[] = [];
  details.files.forEach((file, k) => {
    const chunk = readChunk(file);
    if (chunk.hash !== dataset.hash)
      throw new Error(`${file}: belongs to data version ${chunk.hash}, not ${dataset.hash}`);
    chunk.events.forEach((detail, i) => {
      const event = dataset.events[k * details.chunkSize + i];
      if (event) out.push({ ...event, ...detail });
    });
  });
  return out;
}
