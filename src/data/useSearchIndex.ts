import { useEffect, useMemo, useState } from 'react';
import { buildSearchIndex, searchIndexBuilder, type SearchIndex } from '../domain/searchIndex.ts';
import type { Dataset } from '../domain/schema.ts';
import type { Lang } from '../domain/viewState.ts';
import type { DetailsSource } from './eventDetails.ts';

/** Below this many events the index builds in a few milliseconds: no need to defer it. */
const BUILD_AT_ONCE_BELOW = 5_000;
/** Events indexed per idle slice: a few milliseconds each, so typing and panning stay fluid. */
const SLICE = 2_000;

// Benchmarks and tests wait for this mark rather than guessing when background indexing ends.
const markReady = () => performance.mark('masar:search-ready');

const nextSlice = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

async function buildInSlices(
  dataset: Dataset,
  lang: Lang,
  cancelled: () => boolean,
): Promise<SearchIndex | undefined> {
  const builder = searchIndexBuilder(dataset, lang);
  for (;;) {
    await nextSlice();
    if (cancelled()) return undefined;
    const index = builder.step(SLICE);
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
  details: DetailsSource,
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
    if (small) {
      const timer = window.setTimeout(() => {
        setBuilt({ index: buildSearchIndex(dataset, lang), dataset, lang });
        markReady();
      }, 0);
      return () => window.clearTimeout(timer);
    }
    let stop = false;
    const cancelled = () => stop;
    void (async () => {
      const first = await buildInSlices(dataset, lang, cancelled);
      if (!first) return;
      setBuilt({ index: first, dataset, lang });
      const layout = dataset.details;
      if (!layout) return markReady();
      const summaries: string[] = new Array<string>(dataset.events.length).fill('');
      for (let chunk = 0; chunk < details.chunkCount; chunk++) {
        let events;
        try {
          events = await details.loadChunk(chunk);
        } catch {
          return; // offline or a failed chunk: search keeps working on titles and names
        }
        if (stop) return;
        events.forEach((e, i) => (summaries[chunk * layout.chunkSize + i] = e.summary[lang]));
      }
      // A transient view with this language's summaries; dropped once indexed.
      const withSummaries: Dataset = {
        ...dataset,
        events: dataset.events.map((e, i) => {
          const text = summaries[i] ?? '';
          return { ...e, summary: { ar: text, en: text } };
        }),
      };
      const full = await buildInSlices(withSummaries, lang, cancelled);
      if (full) {
        setBuilt({ index: full, dataset, lang });
        markReady();
      }
    })();
    return () => {
      stop = true;
    };
  }, [small, dataset, lang, details]);

  return ready ?? immediate;
}
