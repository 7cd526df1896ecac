/**
 * The day a link focuses (?date=): the shown events on it, or, when it has none, the nearest
 * shown events before and after it. Only events known to the day count as "on" it: a
 * year-precision event merely may include it.
 */
import { useMemo } from 'react';
import type { FacetIndex } from '../domain/filters.ts';
import { eventsOnDay, nearestEvents } from '../domain/nearest.ts';
import type { Dataset, TimelineEvent } from '../domain/schema.ts';

export function useFocusedDay(
  dataset: Dataset,
  facetIndex: FacetIndex,
  date: string | undefined,
  shown: Uint32Array,
) {
  const dayEvents = useMemo(() => {
    if (!date) return [];
    const on = eventsOnDay(facetIndex.days, date, { within: shown, dayPreciseOnly: true });
    return Array.from(on, (i) => dataset.events[i] as TimelineEvent);
  }, [facetIndex, date, shown, dataset]);
  const highlighted = useMemo(() => new Set(dayEvents.map((e) => e.id)), [dayEvents]);
  // Nearest by the days they cover (the one that ended last before, the one that starts first
  // after), among the events dated to the day, like dayEvents.
  const nearest = useMemo(() => {
    if (!date || dayEvents.length > 0) return [];
    const found = nearestEvents(facetIndex.days, date, { within: shown, dayPreciseOnly: true });
    return Array.from([...found.before, ...found.after], (i) => dataset.events[i] as TimelineEvent);
  }, [facetIndex, date, dayEvents, shown, dataset]);
  return { dayEvents, highlighted, nearest };
}
