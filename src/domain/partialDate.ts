/**
 * Partial calendar dates ("2026", "2026-02", "2026-02-04") as curated in data/.
 * They are calendar dates, not instants: every computation here is in plain integers,
 * never through Date in local time, so results do not depend on the reader's time zone.
 */

import { daysInMonth, isoDay } from './calendar.ts';

export type Precision = 'year' | 'month' | 'day';

/** A partial date string: YYYY, YYYY-MM or YYYY-MM-DD (years 0001–9999). */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export type PartialDateProblem =
  { kind: 'format' } | { kind: 'month'; month: number } | { kind: 'day'; day: number; max: number };

/** Parses a partial date, or says precisely why it is not a real calendar date. */
export function parsePartialDate(value: string): DateParts | PartialDateProblem {
  const m = PATTERN.exec(value);
  if (!m) return { kind: 'format' };
  const year = Number(m[1]);
  if (year < 1) return { kind: 'format' };
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { kind: 'month', month };
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return { kind: 'day', day, max };
  return { year, month, day };
}

export function isDateParts(v: DateParts | PartialDateProblem): v is DateParts {
  return 'year' in v;
}

export function precisionOf(value: PartialDate): Precision | undefined {
  const m = PATTERN.exec(value);
  if (!m) return undefined;
  if (m[2] === undefined) return 'year';
  if (m[3] === undefined) return 'month';
  return 'day';
}

/** The first calendar day a partial date covers, as YYYY-MM-DD. */
export function firstDay(value: PartialDate): string {
  const p = parsePartialDate(value);
  if (!isDateParts(p)) throw new RangeError(`not a partial date: ${value}`);
  return isoDay(p.year, p.month ?? 1, p.day ?? 1);
}

/** The last calendar day a partial date covers, as YYYY-MM-DD (inclusive). */
export function lastDay(value: PartialDate): string {
  const p = parsePartialDate(value);
  if (!isDateParts(p)) throw new RangeError(`not a partial date: ${value}`);
  const month = p.month ?? 12;
  const day = p.day ?? daysInMonth(p.year, month);
  return isoDay(p.year, month, day);
}
