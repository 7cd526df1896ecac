import { useEffect, useMemo, useState } from 'react';
import {
  buildSearchIndex,
  searchIndexBuilder,
  type SearchIndex,
  type SearchIndexBuilder,
  type SummaryOf,
} from '../domain/searchIndex.ts';
import type { Dataset } from '../domain/schema.ts';
import type { Lang } from '../domain/languages.ts';
import { loadSummaries } from './chunkSummaries.ts';

/** Below this many events the index builds in a few milliseconds: no need to defer it. */
const BUILD_AT_ONCE_BELOW = 5_000;
/** Events indexed per idle slice: a few milliseconds each, so typing and panning stay fluid. */
const SLICE = 2_000;
/** The longest a slice waits for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 1_000;

// Benchmarks and tests wait for this mark rather than guessing when background indexing ends.
const markReady = () => performance.mark('masar:search-ready');

// Each slice waits for an idle moment, so indexing never runs ahead of the work a reader is
// waiting for: on a first visit that is the timeline laying out its first cards, which used to
// come after a large corpus's first slices. The timeout keeps a busy page from starving it;
// Safari has no requestIdleCallback and gets the next task instead.
const nextSlice = () =>
  new Promise<void>((resolve) => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else window.setTimeout(resolve, 0);
  });

/**
 * The one scheduler: indexes `slice` events per task, each task after the ones already queued,
 * so a small corpus (one slice) is indexed right after the first paint and a large one never
 * holds the main thread for long. Undefined once cancelled.
 */
async function buildInSlices(
  dataset: Dataset,
  lang: Lang,
  slice: number,
  cancelled: () => boolean,
  summaryOf?: SummaryOf,
): Promise<SearchIndex | undefined> {
  let builder: SearchIndexBuilder | undefined;
  for (;;) {
    await nextSlice();
    if (cancelled()) return undefined;
    builder ??= searchIndexBuilder(dataset, lang, summaryOf);
    const index = builder.step(slice);
    if (index) return index;
  }
}

/**
 * The free-text search index for the language on screen. A large corpus takes a second or two to
 * index, so that happens in idle slices after the first paint; until it is ready the text filter
 * is not applied (the caller says so), and everything else works. When summaries live in chunk
 * files, titles, places and names are searchable first; the summaries join once every chunk has
 * been read, by indexing again in the background.
 */
export function useSearchIndex(
  dataset: Dataset,
  lang: Lang,
  /** Whether a search is on screen now; a small corpus is then indexed within this render. */
  searching: boolean,
): SearchIndex | undefined {
  const small = dataset.events.length < BUILD_AT_ONCE_BELOW && !dataset.details;
  const [built, setBuilt] = useState<{ index: SearchIndex; dataset: Dataset; lang: Lang }>();
  const ready = built && built.dataset === dataset && built.lang === lang ? built.index : undefined;
  // A small corpus is indexed right after the first paint rather than during it (that render is
  // what a phone waits for), unless a search is already on screen and cannot wait for it.
  const needNow = small && searching && ready === undefined;
  const immediate = useMemo(
    () => (needNow ? buildSearchIndex(dataset, lang) : undefined),
    [needNow, dataset, lang],
  );

  useEffect(() => {
    let stop = false;
    const cancelled = () => stop;
    const slice = small ? Infinity : SLICE;
    void (async () => {
      const first = await buildInSlices(dataset, lang, slice, cancelled);
      if (!first) return;
      setBuilt({ index: first, dataset, lang });
      if (!dataset.details) return markReady();
      // Offline or a failed chunk: search keeps working on titles and names.
      const summaries = await loadSummaries(dataset, lang, cancelled);
      if (!summaries) return;
      const full = await buildInSlices(dataset, lang, slice, cancelled, (i) => summaries[i]);
      if (full) {
        setBuilt({ index: full, dataset, lang });
        markReady();
      }
    })();
    return () => {
      stop = true;
    };
  }, [small, dataset, lang]);

  return ready ?? immediate;
}
