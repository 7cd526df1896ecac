/**
 * The events the view state selects: the filter result (counts for every choice included), the
 * events in chronological order and the timeline's data for them, and the query they answer.
 *
 * The results follow every input in the render that takes it, at every size. A deferred render
 * had been used above 2,000 events, so a checkbox would tick, or a letter show, at once and the
 * results follow, interruptibly; but the results then came later in every case measured
 * (npm run bench, until the page settled with the results: at 10,000 events actor on 127 → 102
 * ms, forum 81 → 68, a keystroke 87 → 75; at 100,000, actor on 149 → 119, forum 127 → 97, clear
 * all 145 → 94, a keystroke 113–138 → 90), because React slices a deferred render between frames
 * and the input's own render and paint come first. The cost: at 100,000 events a keystroke holds
 * the page for about 90 ms, which a typist at a few letters a second does not outrun.
 */
import { useMemo } from 'react';
import { applyFilters, type FacetIndex, type FilterView } from '../domain/filters.ts';
import type { SearchIndex } from '../domain/searchIndex.ts';
import type { Dataset } from '../domain/schema.ts';
import type { ViewState } from '../domain/viewState.ts';
import { timelineData } from '../timeline/timelineData.ts';

export function useResults(
  dataset: Dataset,
  facetIndex: FacetIndex,
  state: ViewState,
  searchIndex: SearchIndex | undefined,
) {
  const applied: FilterView = useMemo(
    () => ({
      actors: state.actors,
      actorsMode: state.actorsMode,
      forums: state.forums,
      types: state.types,
      period: state.period,
      q: state.q,
    }),
    [state.actors, state.actorsMode, state.forums, state.types, state.period, state.q],
  );
  // Without a query the index plays no part: its arrival must not recompute the results.
  const searchFor = applied.q === '' ? undefined : searchIndex;
  const result = useMemo(
    () => applyFilters(facetIndex, applied, searchFor),
    [facetIndex, applied, searchFor],
  );
  const data = useMemo(
    () => timelineData(dataset.events, facetIndex.days, result.indices),
    [dataset, facetIndex, result],
  );
  // The query the results were filtered by: none while the index builds.
  const query = searchFor ? applied.q : '';
  // What the results answer, for an export's name and citation: the filters as applied.
  const filters = useMemo(() => ({ ...applied, q: query }), [applied, query]);
  return { result, data, events: data.events, query, filters, view: applied };
}
