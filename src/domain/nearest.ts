/**
 * Events on a calendar day, and the nearest events around it, for a focused date (?date=…).
 *
 * An event is on a day when its first..last days (inclusive) cover it, so a summit from 31 March
 * to 2 April is on 1 April, and an event dated only "2025" is on every day of 2025. When a link
 * names a day with nothing on it, the nearest events are those that ended most recently before
 * it and those that start soonest after it (all events tied on that day, so two events on the
 * same day both show). Pass dayPreciseOnly to leave out events known only to the month or year:
 * a focused day should usually not be "explained" by an event dated "2025".
 *
 * Both work on the whole dataset or on a filtered subset (FilterResult.indices), using binary
 * search over first days, which ascend because events are stored chronologically. Events
 * covering a day can only start up to the longest event's length before it, which bounds the
 * scan.
 */
import { dayNumber } from './calendar.ts';
import { firstDay } from './partialDate.ts';
import type { EventDays } from './eventDays.ts';

export interface DayOptions {
  /** Ascending event indices to search among (e.g. the filter result); all events when absent. */
  within?: Uint32Array;
  /** Only events dated to the day (a day or a range of days). */
  dayPreciseOnly?: boolean;
}

/** A view of the events being searched: position k → event index. */
interface Subset {
  readonly length: number;
  event(k: number): number;
}

function subsetOf(days: EventDays, within: Uint32Array | undefined): Subset {
  return within
    ? { length: within.length, event: (k) => within[k] ?? 0 }
    : { length: days.from.length, event: (k) => k };
}

/** First position whose event starts after day (after = true), or on or after it (false). */
function searchFrom(days: EventDays, s: Subset, day: number, after: boolean): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const f = days.from[s.event(mid)] ?? 0;
    if (after ? f <= day : f < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function parseDay(day: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a calendar day: ${day}`);
  return dayNumber(firstDay(day));
}

const eligible = (days: EventDays, i: number, options: DayOptions) =>
  !options.dayPreciseOnly || days.dayPrecise[i] === 1;

/** Events whose days cover the given day (YYYY-MM-DD), in chronological order. */
export function eventsOnDay(days: EventDays, day: string, options: DayOptions = {}): Uint32Array {
  const d = parseDay(day);
  const s = subsetOf(days, options.within);
  const end = searchFrom(days, s, d, true);
  const out: number[] = [];
  for (let k = searchFrom(days, s, d - days.maxSpan, false); k < end; k++) {
    const i = s.event(k);
    if ((days.to[i] ?? 0) >= d && eligible(days, i, options)) out.push(i);
  }
  return Uint32Array.from(out);
}

export interface NearestEvents {
  /** Events on the day itself. */
  on: Uint32Array;
  /** The events that ended last before the day (all ending on that same day), chronological. */
  before: Uint32Array;
  /** The events that start first after the day (all starting on that same day). */
  after: Uint32Array;
  /** Days from the end of `before` to the day, and from the day to the start of `after`. */
  daysBefore: number | null;
  daysAfter: number | null;
}

/** The events on a day and the nearest ones on either side of it. */
export function nearestEvents(
  days: EventDays,
  day: string,
  options: DayOptions = {},
): NearestEvents {
  const d = parseDay(day);
  const s = subsetOf(days, options.within);

  // Before: ended before d. Walk back from the last event starting before d; once an event
  // starts more than the longest span before the best end found, nothing earlier can reach it.
  let bestEnd = -Infinity;
  const before: number[] = [];
  for (let k = searchFrom(days, s, d, false) - 1; k >= 0; k--) {
    const i = s.event(k);
    if ((days.from[i] ?? 0) + days.maxSpan < bestEnd) break;
    const to = days.to[i] ?? 0;
    if (to >= d || !eligible(days, i, options)) continue;
    if (to > bestEnd) {
      bestEnd = to;
      before.length = 0;
    }
    if (to === bestEnd) before.push(i);
  }
  before.reverse();

  // After: starts after d. Events are sorted by first day, so the earliest group is contiguous
  // once the ineligible ones are skipped.
  const after: number[] = [];
  let firstStart: number | null = null;
  for (let k = searchFrom(days, s, d, true); k < s.length; k++) {
    const i = s.event(k);
    const from = days.from[i] ?? 0;
    if (firstStart !== null && from > firstStart) break;
    if (!eligible(days, i, options)) continue;
    firstStart = from;
    after.push(i);
  }

  return {
    on: eventsOnDay(days, day, options),
    before: Uint32Array.from(before),
    after: Uint32Array.from(after),
    daysBefore: before.length > 0 ? d - bestEnd : null,
    daysAfter: firstStart !== null ? firstStart - d : null,
  };
}
