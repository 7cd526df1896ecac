import { useEffect, useMemo, useState } from 'react';
import { buildSearchIndex, searchIndexBuilder, type SearchIndex } from '../domain/searchIndex.ts';
import type { Dataset } from '../domain/schema.ts';
import type { Lang } from '../domain/viewState.ts';

/** Below this many events the index builds in a few milliseconds: no need to defer it. */
const BUILD_AT_ONCE_BELOW = 5_000;
/** Events indexed per idle slice: a few milliseconds each, so typing and panning stay fluid. */
const SLICE = 2_000;

/**
 * The free-text search index for the language on screen. A large corpus takes a second or two to
 * index, so that happens in idle slices after the first paint; until it is ready the text filter
 * is simply not applied (the caller can say so), and everything else works.
 */
export function useSearchIndex(dataset: Dataset, lang: Lang): SearchIndex | undefined {
  const small = dataset.events.length < BUILD_AT_ONCE_BELOW;
  const immediate = useMemo(
    () => (small ? buildSearchIndex(dataset, lang) : undefined),
    [small, dataset, lang],
  );
  const [built, setBuilt] = useState<{ index: SearchIndex; dataset: Dataset; lang: Lang }>();

  useEffect(() => {
    if (small) return;
    const builder = searchIndexBuilder(dataset, lang);
    let timer: number | undefined;
    const work = () => {
      const index = builder.step(SLICE);
      if (index) setBuilt({ index, dataset, lang });
      else timer = window.setTimeout(work, 0);
    };
    timer = window.setTimeout(work, 0);
    return () => window.clearTimeout(timer);
  }, [small, dataset, lang]);

  if (immediate) return immediate;
  return built && built.dataset === dataset && built.lang === lang ? built.index : undefined;
}
