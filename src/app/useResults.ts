/**
 * The events the view state selects: the filter result (counts for every choice included), the
 * events in chronological order and the timeline's data for them, and the query they answer.
 *
 * Up to IMMEDIATE_UP_TO events the results follow an input in the render that takes it. On this
 * project's 2-core machine that whole render (results, list, panel, timeline) takes ~55 ms at
 * 10,000 events, one task under 100 ms even for a keystroke; a deferred render instead, which React
 * slices between frames, painted a forum click's results at 88–130 ms there and at ~75 ms on the
 * 88 shipped events. Above it, the input (the ticked box, the typed letter) renders first and the
 * results follow in a deferred, interruptible render, so typing stays fluid.
 */
import { useDeferredValue, useMemo } from 'react';
import { applyFilters, type FacetIndex, type FilterView } from '../domain/filters.ts';
import type { SearchIndex } from '../domain/searchIndex.ts';
import type { Dataset } from '../domain/schema.ts';
import type { ViewState } from '../domain/viewState.ts';
import { timelineData } from '../timeline/timelineData.ts';

/** Corpus size up to which results follow an input in the same render (see above). */
export const IMMEDIATE_UP_TO = 10_000;

export function useResults(
  dataset: Dataset,
  facetIndex: FacetIndex,
  state: ViewState,
  searchIndex: SearchIndex | undefined,
) {
  const filterView: FilterView = useMemo(
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
  const immediate = dataset.events.length <= IMMEDIATE_UP_TO;
  // A constant while immediate, so the deferred render never runs for nothing.
  const deferred = useDeferredValue(immediate ? undefined : filterView);
  const deferredView = immediate || deferred === undefined ? filterView : deferred;
  // Without a query the index plays no part: its arrival must not recompute the results.
  const searchFor = deferredView.q === '' ? undefined : searchIndex;
  const result = useMemo(
    () => applyFilters(facetIndex, deferredView, searchFor),
    [facetIndex, deferredView, searchFor],
  );
  const data = useMemo(
    () => timelineData(dataset.events, facetIndex.days, result.indices),
    [dataset, facetIndex, result],
  );
  // The query the results were filtered by: the deferred one, and none while the index builds.
  const query = searchFor ? deferredView.q : '';
  // What the results answer, for an export's name and citation: the filters as applied.
  const filters = useMemo(() => ({ ...deferredView, q: query }), [deferredView, query]);
  return { result, data, events: data.events, query, filters };
}
