/**
 * Calendar arithmetic: the one home for day numbers, month lengths and YYYY-MM-DD text.
 *
 * Events are calendar dates, not instants, so everything here is integer arithmetic on the
 * proleptic Gregorian calendar, never Date in local time: no result depends on the reader's time
 * zone, and years before 100 are not shifted the way Date.UTC shifts them. A day number counts
 * days since 1970-01-01 (negative before it). Milliseconds belong to vis-timeline alone: the
 * timeline converts at its edge (src/timeline/visTime.ts).
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Zero-padded decimal: years take 4 digits, months and days 2. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** The day's text, or null when the numbers do not form a real calendar day (31/02, month 13). */
export function validDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDay(year, month, day);
}

/** [year, month, day] of YYYY-MM-DD text (month and day default to 1 when absent). */
export function partsOf(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

/** Day number of a calendar day (Howard Hinnant's days-from-civil). */
export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** The calendar day of a day number (civil-from-days, the inverse of dayOf). */
export function civilOf(dayNumber: number): CivilDay {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const DIGIT_0 = 48;
const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + s.charCodeAt(k) - DIGIT_0;
  return n;
};

/**
 * Day number of a YYYY-MM-DD day. Reads the digits in place, without Date or string splitting:
 * it runs twice per event at load (100,000 events on a large corpus). The text must be a valid
 * day; partialDate.ts validates what comes from outside.
 */
export function dayNumber(isoDayText: string): number {
  return dayOf(digits(isoDayText, 0, 4), digits(isoDayText, 5, 7), digits(isoDayText, 8, 10));
}

/** YYYY-MM-DD of a day number. */
export function isoOfDayNumber(dayNumberValue: number): string {
  const { year, month, day } = civilOf(dayNumberValue);
  return isoDay(year, month, day);
}

export function addDays(iso: string, days: number): string {
  return isoOfDayNumber(dayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 (day 0) was a Thursday. */
export function weekdayOf(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** The month `delta` months after (or before) a month, as [year, month]. */
export function addMonths(year: number, month: number, delta: number): [number, number] {
  const total = year * 12 + (month - 1) + delta;
  return [Math.floor(total / 12), (total % 12) + 1];
}
