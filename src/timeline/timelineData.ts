/**
 * What the timeline draws from: the filtered events in chronological order and the days each
 * covers, gathered from the day numbers computed once per dataset (src/domain/eventDays.ts). A
 * gather over typed arrays with no date parsing, because it runs on every filter change and at
 * 100,000 events parsing dates was most of that change's cost.
 */
import type { TimelineEvent } from '../domain/schema.ts';

export interface TimelineData {
  /** The events shown, chronological (by first day). */
  readonly events: readonly TimelineEvent[];
  /** First and last day (inclusive) of events[k], as day numbers. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** The longest event, in days minus one: how far back an event overlapping a day can start. */
  readonly maxSpan: number;
}

/**
 * The timeline's data for the events at `indices` (ascending positions in `all`), whose days
 * are `days.from[i]..days.to[i]`.
 */
export function timelineData(
  all: readonly TimelineEvent[],
  days: { readonly from: Int32Array; readonly to: Int32Array },
  indices: ArrayLike<number>,
): TimelineData {
  const n = indices.length;
  const events = new Array<TimelineEvent>(n);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  let maxSpan = 0;
  for (let k = 0; k < n; k++) {
    const i = indices[k] ?? 0;
    events[k] = all[i] as TimelineEvent;
    const first = days.from[i] ?? 0;
    const last = days.to[i] ?? 0;
    from[k] = first;
    to[k] = last;
    if (last - first > maxSpan) maxSpan = last - first;
  }
  return { events, from, to, maxSpan };
}

// Built on the first lookup in a data and kept with it: the selection, the keyboard cursor and the
// highlighted day are looked up on every render and every window move (an overview drag is dozens
// a second), and a scan of 100,000 events each time was most of a drag step.
const positions = new WeakMap<TimelineData, Map<string, number>>();

/** Position of an event in the data, or -1. */
export function positionOf(data: TimelineData, id: string | undefined): number {
  if (id === undefined) return -1;
  let index = positions.get(data);
  if (!index) {
    index = new Map();
    data.events.forEach((event, k) => index?.set(event.id, k));
    positions.set(data, index);
  }
  return index.get(id) ?? -1;
}
