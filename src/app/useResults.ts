/**
 * The events the view state selects: the filter result (counts for every choice included), the
 * events in chronological order and the timeline's data for them, and the query they answer.
 *
 * A click (an actor, a forum, a type, a period, clear all) shows its results in the render that
 * takes it, at every size. A deferred render had been used on large corpora, so the checkbox
 * would tick at once and the results follow, interruptibly; but the results then came later in
 * every case measured (npm run bench, the page settled with the results: at 10,000 events actor
 * on 127 → 102 ms, forum 81 → 68; at 100,000, actor on 149 → 119, forum 127 → 97, clear all
 * 145 → 94), because React slices a deferred render between frames and the input's own render
 * and paint come first.
 *
 * Typing is another matter on a very large corpus: keystrokes come faster than results can be
 * drawn, and a deferred render is dropped when the next keystroke arrives, so the letters show at
 * once and only the results of a pause are drawn. Above TYPING_IMMEDIATE_UP_TO events the query
 * alone is deferred.
 */
import { useDeferredValue, useMemo } from 'react';
import { applyFilters, type FacetIndex, type FilterView } from '../domain/filters.ts';
import type { SearchIndex } from '../domain/searchIndex.ts';
import type { Dataset } from '../domain/schema.ts';
import type { ViewState } from '../domain/viewState.ts';
import { timelineData } from '../timeline/timelineData.ts';

/** Corpus size up to which a keystroke's results are drawn in the render that takes it (see above). */
export const TYPING_IMMEDIATE_UP_TO = 50_000;

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
  const deferTyping = dataset.events.length > TYPING_IMMEDIATE_UP_TO;
  // A constant while typing is immediate, so the deferred render never runs for nothing.
  const deferredQ = useDeferredValue(deferTyping ? state.q : '');
  const q = deferTyping ? deferredQ : state.q;
  const applied = useMemo(
    () => (q === filterView.q ? filterView : { ...filterView, q }),
    [filterView, q],
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
  // The query the results were filtered by (a keystroke behind, while a deferred one is pending),
  // and none while the index builds.
  const query = searchFor ? applied.q : '';
  // What the results answer, for an export's name and citation: the filters as applied.
  const filters = useMemo(() => ({ ...applied, q: query }), [applied, query]);
  return { result, data, events: data.events, query, filters, view: filterView };
}
