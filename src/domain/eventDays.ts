/**
 * The days each event covers, as day numbers in typed arrays, for the period filter and for
 * "events on a day" / "nearest events" (nearest.ts). Built once per dataset.
 */
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

const DIGIT_0 = 48;
const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + s.charCodeAt(k) - DIGIT_0;
  return n;
};

/**
 * Days since 1970-01-01 of a YYYY-MM-DD day, without Date or string splitting: this runs twice
 * per event at load. The days-from-civil algorithm (proleptic Gregorian, as partialDate's
 * dayNumber, which the tests compare it with).
 */
function fastDayNumber(isoDay: string): number {
  const y0 = digits(isoDay, 0, 4);
  const m = digits(isoDay, 5, 7);
  const d = digits(isoDay, 8, 10);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function buildEventDays(dataset: Dataset): EventDays {
  const n = dataset.events.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const dayPrecise = new Uint8Array(n);
  let maxSpan = 0;
  dataset.events.forEach((e, i) => {
    const first = fastDayNumber(e.from);
    const last = fastDayNumber(e.to);
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
