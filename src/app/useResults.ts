/**
 * The events the view state selects: the filter result (counts for every choice included), the
 * events in chronological order and the timeline's data for them, and the query they answer.
 *
 * On a large corpus typing stays responsive because the results follow the input in a deferred,
 * interruptible render. On a small one that render costs less than its own scheduling: React
 * slices it between frames, so a filter click on 17 events painted its results ~75 ms after the
 * click instead of in the click's own frame. Below IMMEDIATE_UP_TO events the results follow at
 * once.
 */
import { useDeferredValue, useMemo } from 'react';
import { applyFilters, type FacetIndex, type FilterView } from '../domain/filters.ts';
import type { SearchIndex } from '../domain/searchIndex.ts';
import type { Dataset } from '../domain/schema.ts';
import type { ViewState } from '../domain/viewState.ts';
import { timelineData } from '../timeline/timelineData.ts';

/** Corpus size up to which results follow an input in the same render (see above). */
export const IMMEDIATE_UP_TO = 2000;

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
  return { result, data, events: data.events, query, filters, view: filterView };
}
