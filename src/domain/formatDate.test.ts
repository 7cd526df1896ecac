// Exact strings from this machine's ICU (Node 20); the formatter turns Intl's thin and
// no-break spaces into plain ones, so these hold in Chromium too unless ICU changes wording.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  axisLabel,
  formatEventDate,
  formatHijri,
  formatPartialDate,
  formatReadBack,
  isoDay,
  localeFor,
  utcDate,
} from './formatDate.ts';
import type { EventDate } from './schema.ts';
import type { Precision } from './partialDate.ts';

const ev = (
  start: string,
  end?: string,
  precision: Precision = 'day',
  status: 'happened' | 'planned' = 'happened',
) => {
  const date: EventDate = end === undefined ? { precision, start } : { precision, start, end };
  return { date, status };
};
const text = (...args: Parameters<typeof ev>) => ({
  ar: formatEventDate(ev(...args), 'ar').text,
  en: formatEventDate(ev(...args), 'en').text,
});

describe('formatEventDate: dates written once are remembered, never mixed up', () => {
  it('gives each language, digit shape, calendar, precision and range its own text', () => {
    // Each asked twice, interleaved: a remembered text must be the one its own inputs give.
    for (let round = 0; round < 2; round++) {
      expect(formatEventDate(ev('2026-02-04'), 'ar').text).toBe('4 فبراير 2026');
      expect(formatEventDate(ev('2026-02-04'), 'ar', { digits: 'arab' }).text).toBe(
        '٤ فبراير ٢٠٢٦',
      );
      expect(formatEventDate(ev('2026-02-04'), 'en').text).toBe('4 February 2026');
      expect(formatEventDate(ev('2026-02', undefined, 'month'), 'en').text).toBe('February 2026');
      expect(formatEventDate(ev('2026-02-04', '2026-02-06'), 'en').text).toBe(
        '4 – 6 February 2026',
      );
      expect(formatEventDate(ev('2026-02-04'), 'ar').hijri).toBe(formatHijri('2026-02-04', 'ar'));
      expect(formatEventDate(ev('2026-02-04'), 'ar').hijri).not.toBe('4 فبراير 2026');
    }
  });
});

describe('formatEventDate: Gregorian text', () => {
  it('writes a day with the month name, day first, Latin digits by default', () => {
    expect(text('2026-02-04')).toEqual({ ar: '4 فبراير 2026', en: '4 February 2026' });
  });

  it('writes Arabic-Indic digits when asked', () => {
    expect(formatEventDate(ev('2026-02-04'), 'ar', { digits: 'arab' }).text).toBe('٤ فبراير ٢٠٢٦');
  });

  it('writes a month and a year', () => {
    expect(text('2026-02', undefined, 'month')).toEqual({ ar: 'فبراير 2026', en: 'February 2026' });
    expect(text('2026', undefined, 'year')).toEqual({ ar: '2026', en: '2026' });
  });

  it('collapses a day range within one month', () => {
    expect(text('2025-03-03', '2025-03-05')).toEqual({
      ar: '3–5 مارس 2025',
      en: '3 – 5 March 2025',
    });
  });

  it('keeps both months of a day range across months, and the year once', () => {
    expect(text('2025-03-31', '2025-04-02')).toEqual({
      ar: '31 مارس – 2 أبريل 2025',
      en: '31 March – 2 April 2025',
    });
  });

  it('keeps both years of a range across a new year', () => {
    expect(text('2025-12-30', '2026-01-02')).toEqual({
      ar: '30 ديسمبر 2025 – 2 يناير 2026',
      en: '30 December 2025 – 2 January 2026',
    });
  });

  it('writes month ranges with the year once', () => {
    expect(text('2026-01', '2026-06', 'month')).toEqual({
      ar: 'يناير – يونيو 2026',
      en: 'January – June 2026',
    });
  });

  it('writes a range whose start and end are the same as a single date', () => {
    const r = formatEventDate(ev('2026-02-04', '2026-02-04'), 'ar');
    expect(r.text).toBe('4 فبراير 2026');
    expect(r.range).toBe(false);
    expect(r.datetimeEnd).toBeUndefined();
  });

  it('never leaves thin or no-break spaces in the text', () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((d) => isoDay(new Date(Date.UTC(2020, 0, 1 + d))));
    fc.assert(
      fc.property(day, day, fc.constantFrom('ar' as const, 'en' as const), (a, b, lang) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const r = formatEventDate(ev(start, end), lang);
        expect(r.text + (r.hijri ?? '')).not.toMatch(/[\u2009\u202f\u00a0]/);
      }),
    );
  });
});

describe('formatEventDate: flags for the UI', () => {
  it('marks planned events and dates known only to the month or year', () => {
    const planned = formatEventDate(ev('2026-05', undefined, 'month', 'planned'), 'ar');
    expect(planned).toMatchObject({ planned: true, approximate: true, precision: 'month' });
    const exact = formatEventDate(ev('2026-02-04'), 'ar');
    expect(exact).toMatchObject({ planned: false, approximate: false, precision: 'day' });
  });

  it('gives <time datetime> values for the start and, for ranges, the end', () => {
    expect(formatEventDate(ev('2025-03-31', '2025-04-02'), 'en')).toMatchObject({
      datetime: '2025-03-31',
      datetimeEnd: '2025-04-02',
      range: true,
    });
    expect(formatEventDate(ev('2026', undefined, 'year'), 'en').datetime).toBe('2026');
  });
});

describe('Hijri dates', () => {
  it('gives the Umm al-Qura date of a day (4 Feb 2026 = 16 Shaʻban 1447)', () => {
    expect(formatEventDate(ev('2026-02-04'), 'ar').hijri).toBe('16 شعبان 1447 هـ');
    expect(formatEventDate(ev('2026-02-04'), 'en').hijri).toBe('16 Shaʻban 1447 AH');
  });

  it('gives a Hijri range, collapsed, for a range of days', () => {
    // Eid al-Fitr 1446 fell on 30 March 2025: 31 March is 2 Shawwal.
    expect(formatEventDate(ev('2025-03-31', '2025-04-02'), 'ar').hijri).toBe('2–4 شوال 1446 هـ');
    expect(formatHijri('2025-12-30', 'en', { end: '2026-01-02' })).toBe('10–13 Rajab 1447 AH');
  });

  it('gives no Hijri date for month or year precision', () => {
    expect(formatEventDate(ev('2026-02', undefined, 'month'), 'ar').hijri).toBeNull();
    expect(formatEventDate(ev('2026', undefined, 'year'), 'ar').hijri).toBeNull();
  });

  it('uses Arabic-Indic digits in Hijri too when asked', () => {
    expect(formatEventDate(ev('2026-02-04'), 'ar', { digits: 'arab' }).hijri).toBe(
      '١٦ شعبان ١٤٤٧ هـ',
    );
  });
});

describe('formatPartialDate', () => {
  it('formats a partial date at its own precision, and a range', () => {
    expect(formatPartialDate('2026-02', 'ar')).toBe('فبراير 2026');
    expect(formatPartialDate('2025', 'en', { end: '2026' })).toBe('2025 – 2026');
  });

  it('rejects text that is not a partial date', () => {
    expect(() => formatPartialDate('2026-13', 'ar')).toThrow(RangeError);
  });
});

describe('axisLabel', () => {
  const wed = utcDate(2026, 2, 4);

  it('labels ticks in Arabic with Arabic month and weekday names', () => {
    expect(axisLabel(wed, 'day', 'ar')).toBe('4');
    expect(axisLabel(wed, 'weekday', 'ar')).toBe('الأربعاء، 4');
    expect(axisLabel(wed, 'month', 'ar')).toBe('فبراير');
    expect(axisLabel(wed, 'year', 'ar')).toBe('2026');
  });

  it('labels ticks in English', () => {
    expect(axisLabel(wed, 'weekday', 'en')).toBe('Wed 4');
    expect(axisLabel(wed, 'month', 'en')).toBe('Feb');
  });

  it('labels the enclosing span for major ticks', () => {
    expect(axisLabel(wed, 'day', 'ar', { major: true })).toBe('فبراير 2026');
    expect(axisLabel(wed, 'month', 'en', { major: true })).toBe('2026');
    expect(axisLabel(wed, 'year', 'en', { major: true })).toBe('');
  });

  it('reads the Date as its UTC day, whatever the clock time', () => {
    const lateEvening = new Date(Date.UTC(2026, 1, 4, 23, 30));
    expect(axisLabel(lateEvening, 'day', 'en')).toBe('4');
  });

  it('uses Arabic-Indic digits when asked', () => {
    expect(axisLabel(wed, 'year', 'ar', { digits: 'arab' })).toBe('٢٠٢٦');
  });
});

describe('isoDay and utcDate', () => {
  it('round-trips every calendar day, including years below 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
        expect(isoDay(utcDate(y, m, 1))).toBe(iso);
      }),
    );
  });
});

describe('localeFor', () => {
  it('names calendar and digits explicitly', () => {
    expect(localeFor('ar')).toBe('ar-u-nu-latn-ca-gregory');
    expect(localeFor('ar', 'gregory', 'arab')).toBe('ar-u-nu-arab-ca-gregory');
    expect(localeFor('en', 'islamic-umalqura')).toBe('en-GB-u-ca-islamic-umalqura');
  });
});

describe('formatReadBack', () => {
  it('reads a day back with its weekday and Hijri date', () => {
    expect(formatReadBack('2026-02-04', 'ar')).toEqual({
      gregorian: 'الأربعاء، 4 فبراير 2026',
      hijri: '16 شعبان 1447 هـ',
    });
    expect(formatReadBack('2026-02-04', 'en')).toEqual({
      gregorian: 'Wednesday, 4 February 2026',
      hijri: '16 Shaʻban 1447 AH',
    });
    expect(formatReadBack('2026-02-04', 'ar', { digits: 'arab' }).hijri).toBe('١٦ شعبان ١٤٤٧ هـ');
  });

  it('gives a month or a year the Hijri days it spans, not a Hijri month it is not', () => {
    // 1 Ramadan 1447 fell on 18 February 2026 in the Umm al-Qura calendar: Shaʻban had 29 days,
    // 16 Shaʻban (4 February) + 13 = 29 Shaʻban on 17 February.
    expect(formatReadBack('2026-02', 'ar')).toEqual({
      gregorian: 'فبراير 2026',
      hijri: '13 شعبان – 11 رمضان 1447 هـ',
    });
    expect(formatHijri('2026-02-18', 'ar')).toBe('1 رمضان 1447 هـ');
    expect(formatReadBack('2026', 'en').gregorian).toBe('2026');
    expect(formatReadBack('2026', 'en').hijri).toMatch(/^12 Rajab 1447 – \d+ Rajab 1448 AH$/);
  });
});

describe('the reader’s display choice', () => {
  const hijriArab = { digits: 'arab', calendar: 'hijri' } as const;

  it('leads with the Hijri date and keeps the Gregorian in brackets', () => {
    const d = formatEventDate(ev('2024-10-22', '2024-10-24'), 'ar', hijriArab);
    expect(d.line).toBe('١٩–٢١ ربيع الآخر ١٤٤٦ هـ (٢٢–٢٤ أكتوبر ٢٠٢٤)');
    expect(d.hijriFirst).toBe(true);
  });

  it('reads Gregorian alone by default, in Latin digits', () => {
    const d = formatEventDate(ev('2024-10-22', '2024-10-24'), 'ar');
    expect(d.line).toBe('22–24 أكتوبر 2024');
    expect(d.hijriFirst).toBe(false);
  });

  it('keeps a month or a year Gregorian, since it has no Hijri form', () => {
    const d = formatEventDate(ev('2026-02', undefined, 'month'), 'ar', hijriArab);
    expect(d.line).toBe('فبراير ٢٠٢٦');
    expect(d.hijriFirst).toBe(false);
  });

  it('leads with the Hijri date in English too, in Latin digits', () => {
    const d = formatEventDate(ev('2026-02-04'), 'en', { calendar: 'hijri' });
    expect(d.line).toMatch(/^16 Shaʻban 1447 AH \(4 February 2026\)$/);
  });
});
