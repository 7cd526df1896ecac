/**
 * The days each event covers, as day numbers in typed arrays, for the period filter and for
 * "events on a day" / "nearest events" (nearest.ts). Built once per dataset.
 */
import { dayNumber } from './calendar.ts';
import type { Dataset } from './schema.ts';

export interface EventDays {
  /** First and last day covered by event i (days since 1970-01-01, inclusive). */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** 1 when event i is dated to the day (a day or a range of days), 0 for month or year. */
  readonly dayPrecise: Uint8Array;
  /** The longest event, in days minus one: how far before a day an event covering it can start. */
  readonly maxSpan: number;
}

export function buildEventDays(dataset: Dataset): EventDays {
  const n = dataset.events.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const dayPrecise = new Uint8Array(n);
  let maxSpan = 0;
  dataset.events.forEach((e, i) => {
    const first = dayNumber(e.from);
    const last = dayNumber(e.to);
    from[i] = first;
    to[i] = last;
    dayPrecise[i] = e.date.precision === 'day' ? 1 : 0;
    maxSpan = Math.max(maxSpan, last - first);
  });
  return { from, to, dayPrecise, maxSpan };
}

/** First position in the ascending array `from` whose value is greater than day. */
export function upperBound(from: Int32Array, day: number): number {
  let lo = 0;
  let hi = from.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((from[mid] ?? 0) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
