/**
 * Calendar arithmetic on YYYY-MM-DD strings for the date finders: plain day numbers in UTC,
 * so nothing depends on the machine's time zone.
 */
import { dayNumber, daysInMonth } from '../domain/partialDate.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Null when the numbers do not form a real calendar date (31/02, month 13). */
export function validDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDay(year, month, day);
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function addMonths(year: number, month: number, delta: number): [number, number] {
  const total = year * 12 + (month - 1) + delta;
  return [Math.floor(total / 12), (total % 12) + 1];
}

export function partsOf(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}
