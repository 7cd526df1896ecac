/**
 * vis-timeline's edge: it counts time in milliseconds, the rest of Masar in day numbers
 * (src/domain/calendar.ts). Windows are day numbers too, fractional inside a day, with an
 * exclusive end; these are the only conversions between the two.
 */
export const DAY_MS = 86_400_000;

/** A span of the timeline in day numbers: start inclusive, end exclusive, fractions allowed. */
export interface DayWindow {
  start: number;
  end: number;
}

/** The instant a day starts (UTC midnight). */
export function msOfDay(day: number): number {
  return day * DAY_MS;
}

/** The day number of an instant, with the fraction of the day it is into. */
export function dayOfMs(ms: number): number {
  return ms / DAY_MS;
}

export function windowOfMs(w: { start: number | Date; end: number | Date }): DayWindow {
  return { start: dayOfMs(Number(w.start)), end: dayOfMs(Number(w.end)) };
}

/**
 * The same window but for vis-timeline's rounding: it reports a window set in day numbers back
 * through milliseconds, slightly off; under 1e-7 of a day (8.6 ms) is no move.
 */
export function sameWindow(a: DayWindow | undefined, b: DayWindow): boolean {
  return a !== undefined && Math.abs(a.start - b.start) < 1e-7 && Math.abs(a.end - b.end) < 1e-7;
}
