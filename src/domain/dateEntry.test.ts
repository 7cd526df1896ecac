import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDateEntry, toMonth, type DateEntryResult } from './dateEntry.ts';
import { formatPartialDate, formatReadBack } from './formatDate.ts';
import { isoDay } from './calendar.ts';

const value = (text: string) => {
  const r = readDateEntry(text);
  return r.ok ? r.value : r.reason;
};
const reason = (text: string) => {
  const r: DateEntryResult = readDateEntry(text);
  if (r.ok) throw new Error(`"${text}" was read as ${r.value}`);
  return r.reason;
};

describe('numbers, day first', () => {
  it.each([
    '4/2/2026',
    '4-2-2026',
    '4.2.2026',
    '04/02/2026',
    ' 4 / 2 / 2026 ',
    '4 2 2026',
    '٤/٢/٢٠٢٦',
    '۴/۲/۲۰۲۶',
    '٤-٢-2026',
    '2026-02-04',
    '2026/2/4',
  ])('reads %s as 4 February 2026', (text) => {
    expect(readDateEntry(text)).toEqual({
      ok: true,
      precision: 'day',
      value: '2026-02-04',
      start: '2026-02-04',
      end: '2026-02-04',
    });
  });

  it('never reads numbers month first: 2/4/2026 is 2 April', () => {
    expect(value('2/4/2026')).toBe('2026-04-02');
    expect(value('12/1/2026')).toBe('2026-01-12');
  });

  it('reads a month and a year, day first or ISO', () => {
    for (const text of ['2/2026', '02/2026', '2-2026', '٢/٢٠٢٦', '2026-02', '2026/2']) {
      expect(readDateEntry(text), text).toEqual({
        ok: true,
        precision: 'month',
        value: '2026-02',
        start: '2026-02-01',
        end: '2026-02-28',
      });
    }
    expect(readDateEntry('2/2024')).toMatchObject({ end: '2024-02-29' });
  });

  it('reads a year alone as the whole year', () => {
    for (const text of ['2026', '٢٠٢٦', '۲۰۲۶', '2026م', 'سنة 2026', ' 2026 ']) {
      expect(readDateEntry(text), text).toEqual({
        ok: true,
        precision: 'year',
        value: '2026',
        start: '2026-01-01',
        end: '2026-12-31',
      });
    }
  });
});

describe('month names', () => {
  it.each([
    '4 فبراير 2026',
    '٤ فبراير ٢٠٢٦',
    '4 شباط 2026',
    '4 شباط، 2026',
    'الأربعاء، 4 فبراير 2026',
    '4 فيفري 2026',
    '4 February 2026',
    '4 february 2026',
    '4 FEB 2026',
    'February 4, 2026',
    'Feb 4 2026',
    '4th of February 2026',
    'Wednesday, 4 February 2026',
    '2026 Feb 4',
    '4فبراير2026',
  ])('reads %s as 4 February 2026', (text) => {
    expect(value(text)).toBe('2026-02-04');
  });

  it.each([
    ['فبراير 2026', '2026-02'],
    ['Feb 2026', '2026-02'],
    ['february, 2026', '2026-02'],
    ['2026 فبراير', '2026-02'],
    ['كانون الثاني 2026', '2026-01'],
    ['كانون الاول 2025', '2025-12'],
    ['كانون أول 2025', '2025-12'],
    ['تشرين الثانى 2025', '2025-11'],
    ['إبريل 2026', '2026-04'],
    ['ابريل 2026', '2026-04'],
    ['أبريل 2026', '2026-04'],
    ['آب 2026', '2026-08'],
    ['اب 2026', '2026-08'],
    ['يونيه 2026', '2026-06'],
    ['يوليه 2026', '2026-07'],
    ['أيـــار 2026', '2026-05'],
    ['أَيَّار 2026', '2026-05'],
    ['Sept 2026', '2026-09'],
  ])('reads %s as %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  // Every name ICU itself gives each month, in the Arabic of Egypt, the Gulf, the Levant, Iraq
  // and the Maghreb, and in English in full and short: what a reader copies from another site.
  it('reads every month name Intl writes', () => {
    const locales = ['ar-EG', 'ar-SA', 'ar-SY', 'ar-LB', 'ar-IQ', 'ar-DZ', 'ar-TN', 'ar-MA'];
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2026, month - 1, 10));
      const names = [
        ...locales.map((l) =>
          new Intl.DateTimeFormat(`${l}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' }).format(
            date,
          ),
        ),
        ...(['long', 'short'] as const).map((m) =>
          new Intl.DateTimeFormat('en-GB', { month: m, timeZone: 'UTC' }).format(date),
        ),
      ];
      for (const name of names) {
        expect(value(`10 ${name} 2026`), name).toBe(isoDay(2026, month, 10));
      }
    }
  });
});

describe('what it cannot read, and why', () => {
  it('quotes a word that names no month, as typed', () => {
    expect(reason('4 فبرير 2026')).toEqual({ kind: 'month-name', text: 'فبرير' });
    expect(reason('Febuary 2026')).toEqual({ kind: 'month-name', text: 'Febuary' });
    expect(reason('كانون الثالث 2026')).toEqual({ kind: 'month-name', text: 'كانون الثالث' });
  });

  it('names the day a month does not have', () => {
    expect(reason('31/4/2026')).toEqual({ kind: 'day', day: 31, month: 4, year: 2026, max: 30 });
    expect(reason('30 فبراير 2024')).toEqual({
      kind: 'day',
      day: 30,
      month: 2,
      year: 2024,
      max: 29,
    });
    expect(reason('29/2/2026')).toMatchObject({ kind: 'day', max: 28 });
    expect(reason('0/2/2026')).toMatchObject({ kind: 'day', day: 0 });
  });

  it('names a month number that does not exist, and spots American order', () => {
    expect(reason('14/13/2026')).toEqual({ kind: 'month', month: 13, swapped: false });
    expect(reason('12/25/2026')).toEqual({ kind: 'month', month: 25, swapped: true });
    expect(reason('4/13/2026')).toEqual({ kind: 'month', month: 13, swapped: true });
    expect(reason('2026-13')).toEqual({ kind: 'month', month: 13, swapped: false });
    expect(reason('0/2026')).toEqual({ kind: 'month', month: 0, swapped: false });
  });

  it('keeps years to 1900–2100', () => {
    expect(reason('1899')).toEqual({ kind: 'year', year: 1899 });
    expect(reason('4/2/2101')).toEqual({ kind: 'year', year: 2101 });
    expect(value('1900')).toBe('1900');
    expect(value('31/12/2100')).toBe('2100-12-31');
  });

  it('asks for the year in full', () => {
    expect(reason('4/2/26')).toEqual({ kind: 'short-year', text: '26' });
    expect(reason('فبراير 26')).toEqual({ kind: 'no-year' });
    expect(reason('4 فبراير 26')).toEqual({ kind: 'short-year', text: '26' });
    expect(reason('2/26')).toEqual({ kind: 'short-year', text: '26' });
  });

  it('asks for a year when there is none', () => {
    expect(reason('فبراير')).toEqual({ kind: 'no-year' });
    expect(reason('4 February')).toEqual({ kind: 'no-year' });
    expect(reason('4')).toEqual({ kind: 'no-year' });
  });

  it('refuses a Hijri date with its own reason', () => {
    expect(reason('16 شعبان 1447')).toEqual({ kind: 'hijri' });
    expect(reason('1447 هـ')).toEqual({ kind: 'hijri' });
    expect(reason('ذو الحجة 1446')).toEqual({ kind: 'hijri' });
  });

  it('says nothing was typed', () => {
    expect(reason('')).toEqual({ kind: 'empty' });
    expect(reason('   ')).toEqual({ kind: 'empty' });
  });

  it('gives up on what is not one date', () => {
    for (const text of [
      '4/2/2026 10:30',
      '1/2/3/2026',
      'فبراير مارس 2026',
      '2026 2027',
      '2026-02-04-05',
      '202604',
      '//',
    ]) {
      expect(reason(text), text).toEqual({ kind: 'unreadable' });
    }
  });
});

describe('round trips', () => {
  const day = fc
    .integer({ min: 0, max: 73_000 })
    .map((n) => new Date(Date.UTC(1900, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

  it('reads back every day as the page writes it, in either language and digits', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('ar', 'en' as const),
        fc.constantFrom('latn', 'arab' as const),
        (d, lang, digits) => {
          expect(value(formatPartialDate(d, lang, { digits }))).toBe(d);
          expect(value(formatReadBack(d, lang, { digits }).gregorian)).toBe(d);
        },
      ),
    );
  });

  it('reads back every month and year as the page writes it', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('ar', 'en' as const), (d, lang) => {
        expect(value(formatPartialDate(d.slice(0, 7), lang))).toBe(d.slice(0, 7));
        expect(value(formatPartialDate(d.slice(0, 4), lang))).toBe(d.slice(0, 4));
      }),
    );
  });

  it('reads back d/m/yyyy of any day, with either digit set', () => {
    fc.assert(
      fc.property(day, (d) => {
        const [y, m, dd] = d.split('-').map(Number);
        const numeric = `${dd}/${m}/${y}`;
        expect(value(numeric)).toBe(d);
        const arabic = new Intl.NumberFormat('ar-u-nu-arab', { useGrouping: false });
        expect(value(numeric.replace(/\d+/g, (n) => arabic.format(Number(n))))).toBe(d);
      }),
    );
  });
});

describe('toMonth', () => {
  it('widens a day to its month and leaves months and years alone', () => {
    const day = readDateEntry('4/2/2026');
    const year = readDateEntry('2026');
    if (!day.ok || !year.ok) throw new Error('should read');
    expect(toMonth(day)).toEqual({
      ok: true,
      precision: 'month',
      value: '2026-02',
      start: '2026-02-01',
      end: '2026-02-28',
    });
    expect(toMonth(year)).toBe(year);
  });
});
