import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  civilOf,
  dayNumber,
  daysInMonth,
  isoDay,
  isoOfDayNumber,
  validDay,
  weekdayOf,
} from './calendar.ts';

/** The reference: Date in UTC, with the year set explicitly so years 1–99 are not read as 19xx. */
function referenceDayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

const anyDay = fc
  .tuple(
    fc.integer({ min: 1, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  )
  .map(([y, m, d]) => [y, m, Math.min(d, daysInMonth(y, m))] as const);

describe('day numbers', () => {
  it('agree with Date in UTC for every day of years 1–9999, and read back to the same text', () => {
    fc.assert(
      fc.property(anyDay, ([y, m, d]) => {
        const text = isoDay(y, m, d);
        const n = dayNumber(text);
        expect(n).toBe(referenceDayNumber(y, m, d));
        expect(isoOfDayNumber(n)).toBe(text);
        expect(civilOf(n)).toEqual({ year: y, month: m, day: d });
      }),
    );
  });

  it('count from 1970-01-01, negative before it', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-02-04')).toBe(20488);
  });
});

describe('calendar helpers', () => {
  it('knows leap years by the Gregorian rule', () => {
    expect([2024, 1900, 2000, 2026].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28]);
  });

  it('adds days across month and year ends, and names weekdays', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(weekdayOf('2026-02-04')).toBe(3); // a Wednesday
    expect(weekdayOf('1949-10-01')).toBe(6); // a Saturday
  });

  it('adds months across years', () => {
    expect(addMonths(2025, 11, 3)).toEqual([2026, 2]);
    expect(addMonths(2026, 1, -1)).toEqual([2025, 12]);
  });

  it('refuses days that are not on the calendar', () => {
    expect(validDay(2026, 2, 29)).toBeNull();
    expect(validDay(2024, 2, 29)).toBe('2024-02-29');
    expect(validDay(2026, 13, 1)).toBeNull();
    expect(validDay(0, 1, 1)).toBeNull();
  });
});
