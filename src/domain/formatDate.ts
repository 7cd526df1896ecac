/**
 * How event dates read on screen, in Arabic and English, with Intl.
 *
 * Event dates are calendar dates, not instants, so every Date made here is UTC midnight and every
 * formatter has timeZone UTC: a reader west of Greenwich must not see 3 February for an event on
 * the 4th. Locales carry explicit Unicode extensions because the defaults moved between ICU
 * versions (plain "ar" switched between Arabic-Indic and Latin digits):
 * - Arabic: ar-u-nu-latn-ca-gregory, Latin digits, the reading most Arabic news sites use; the
 *   option digits: 'arab' gives ar-u-nu-arab-ca-gregory (٤ فبراير ٢٠٢٦) for readers who prefer it.
 * - English: en-GB-u-ca-gregory, because it writes day month year ("4 February 2026") like the
 *   Arabic, with no comma, and reads naturally for a non-American international audience.
 * - Hijri: the same locales with ca-islamic-umalqura (the Umm al-Qura calendar, as in Saudi
 *   Arabia and in ICU's default for Arabic), for day-precise dates only. A Gregorian month or
 *   year straddles two Hijri months or years, so a Hijri rendering of one would claim a precision
 *   the source does not have; for month and year precision hijri is null.
 *
 * Ranges go through Intl's formatRange, which collapses shared parts the way each language
 * expects: "3–5 مارس 2025", "31 مارس – 2 أبريل 2025", "يناير – يونيو 2026".
 *
 * Intl separates parts with U+2009 thin space, U+202F narrow no-break space or U+00A0 depending
 * on the ICU version (Node and Chromium differ); all become a plain space, so the text is the same
 * everywhere, tests can compare exact strings, and the UI's own line breaking decides.
 *
 * The result is structured rather than decorated: the UI gets the text plus flags (planned,
 * approximate, precision, range) and renders its own translated labels and styles for them, so
 * no UI wording lives in the domain.
 */
import type { EventDate, TimelineEvent } from './schema.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import type { CalendarFirst, Digits } from './displayPrefs.ts';
import {
  firstDay,
  isDateParts,
  lastDay,
  parsePartialDate,
  type PartialDate,
  type Precision,
} from './partialDate.ts';

/** A reader's DisplayPrefs fit here as they are. */
export interface DateFormatOptions {
  /** Arabic only: Latin (default) or Arabic-Indic digits. English always uses Latin digits. */
  digits?: Digits;
  /** Which calendar leads where a date has both (FormattedEventDate.line); Gregorian by default. */
  calendar?: CalendarFirst;
}

type Calendar = 'gregory' | 'islamic-umalqura';

export function localeFor(lang: Lang, calendar: Calendar = 'gregory', digits: Digits = 'latn') {
  const { intl, digitChoice } = LANGUAGES[lang];
  return digitChoice ? `${intl}-u-nu-${digits}-ca-${calendar}` : `${intl}-u-ca-${calendar}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Creating a DateTimeFormat costs far more than using one, and axis labels call this for every
// tick on every redraw: keep one per locale and option set.
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

const SPACES = /[\u2009\u202f\u00a0]/g;
const plainSpaces = (s: string) => s.replace(SPACES, ' ');

/** UTC midnight of a calendar day; correct for years below 100 too (Date.UTC maps them to 19xx). */
export function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

/** The YYYY-MM-DD of a Date's UTC calendar day: for <time datetime> and for URLs. */
export function isoDay(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function firstDate(value: PartialDate): Date {
  const p = parsePartialDate(value);
  if (!isDateParts(p)) throw new RangeError(`not a partial date: ${value}`);
  return utcDate(p.year, p.month ?? 1, p.day ?? 1);
}

const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * Spans already written, by locale, precision and dates. A list of fifty events formats each date
 * in two calendars, about 0.35 ms a date with Intl on this machine: a filter click that brought
 * back events seen before spent 17 ms of its 150 writing the same dates again. Bounded: a reader
 * paging through 100,000 events must not keep every date they passed.
 */
const spans = new Map<string, string>();
const MAX_SPANS = 20_000;

function formatSpan(
  locale: string,
  precision: Precision,
  start: PartialDate,
  end: PartialDate | undefined,
): string {
  const key = `${locale}|${precision}|${start}|${end ?? ''}`;
  const known = spans.get(key);
  if (known !== undefined) return known;
  const f = formatter(locale, FIELDS[precision]);
  const a = firstDate(start);
  const text = plainSpaces(
    end === undefined || end === start ? f.format(a) : f.formatRange(a, firstDate(end)),
  );
  if (spans.size >= MAX_SPANS) spans.clear();
  spans.set(key, text);
  return text;
}

/** A partial date (or a range of two of the same precision) in Gregorian, e.g. "فبراير 2026". */
export function formatPartialDate(
  start: PartialDate,
  lang: Lang,
  options: DateFormatOptions & { end?: PartialDate } = {},
): string {
  const precision = parsePrecision(start);
  return formatSpan(localeFor(lang, 'gregory', options.digits), precision, start, options.end);
}

/** The Hijri (Umm al-Qura) rendering of a day or a range of days, e.g. "16 شعبان 1447 هـ". */
export function formatHijri(
  startDay: string,
  lang: Lang,
  options: DateFormatOptions & { end?: string } = {},
): string {
  return formatSpan(
    localeFor(lang, 'islamic-umalqura', options.digits),
    'day',
    startDay,
    options.end,
  );
}

export interface ReadBack {
  /** The Gregorian date in words: a day with its weekday («الأربعاء، 4 فبراير 2026»). */
  gregorian: string;
  /**
   * The Hijri days it covers: one day, or for a month or a year the range of Hijri days from its
   * first to its last («13 شعبان – 11 رمضان 1447 هـ»), since a Gregorian month is no Hijri month.
   */
  hijri: string;
}

const WITH_WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long', ...FIELDS.day };

/**
 * What a date field reads back as the reader types: the date understood, in words, so that
 * 4/2/2026 visibly means 4 February, with the Hijri date beside it.
 */
export function formatReadBack(
  value: PartialDate,
  lang: Lang,
  options: DateFormatOptions = {},
): ReadBack {
  const precision = parsePrecision(value);
  const locale = localeFor(lang, 'gregory', options.digits);
  const gregorian =
    precision === 'day'
      ? plainSpaces(formatter(locale, WITH_WEEKDAY).format(firstDate(value)))
      : formatSpan(locale, precision, value, undefined);
  const first = firstDay(value);
  const last = lastDay(value);
  return {
    gregorian,
    hijri: formatHijri(first, lang, { ...options, ...(last !== first ? { end: last } : {}) }),
  };
}

function parsePrecision(value: PartialDate): Precision {
  const p = parsePartialDate(value);
  if (!isDateParts(p)) throw new RangeError(`not a partial date: ${value}`);
  return p.day !== undefined ? 'day' : p.month !== undefined ? 'month' : 'year';
}

export interface FormattedEventDate {
  /** The Gregorian date or range as read, e.g. "31 مارس – 2 أبريل 2025". */
  text: string;
  /** The Hijri equivalent for day-precise dates; null for month and year precision. */
  hijri: string | null;
  /**
   * The date as one line in the reader's calendar order: the Gregorian text, or with Hijri first
   * «19–21 ربيع الآخر 1446 هـ (22–24 أكتوبر 2024)». Month and year precision have no Hijri form,
   * so they read the same either way.
   */
  line: string;
  /** The Hijri date leads (the reader chose it and the date has one): the details swap rows. */
  hijriFirst: boolean;
  precision: Precision;
  /** The date is a range (start and end differ). */
  range: boolean;
  /** Known only to the month or year: the UI should say so, not just show a shorter date. */
  approximate: boolean;
  /** Announced but not yet happened: the UI marks it (label, style). */
  planned: boolean;
  /** For <time datetime>: the start as YYYY, YYYY-MM or YYYY-MM-DD (all valid HTML values). */
  datetime: string;
  /** For a second <time> on ranges; absent otherwise. */
  datetimeEnd?: string;
}

/** Everything the UI needs to show an event's date. */
export function formatEventDate(
  event: { date: EventDate; status: TimelineEvent['status'] },
  lang: Lang,
  options: DateFormatOptions = {},
): FormattedEventDate {
  const { precision, start } = event.date;
  const end = event.date.end !== undefined && event.date.end !== start ? event.date.end : undefined;
  const gregorian = localeFor(lang, 'gregory', options.digits);
  const hijri =
    precision === 'day'
      ? formatSpan(localeFor(lang, 'islamic-umalqura', options.digits), 'day', start, end)
      : null;
  const text = formatSpan(gregorian, precision, start, end);
  const hijriFirst = options.calendar === 'hijri' && hijri !== null;
  return {
    text,
    hijri,
    line: hijriFirst ? `${hijri} (${text})` : text,
    hijriFirst,
    precision,
    range: end !== undefined,
    approximate: precision !== 'day',
    planned: event.status === 'planned',
    datetime: start,
    ...(end !== undefined ? { datetimeEnd: end } : {}),
  };
}

// ---- Timeline axis ---------------------------------------------------------------------------

/** The unit of the timeline axis's minor ticks. */
export type AxisScale = 'day' | 'weekday' | 'month' | 'year';

// Minor labels name the tick; major labels name the span the ticks sit in (as vis-timeline's
// own majorLabels do): days sit in a month, months in a year, and years in nothing.
const MINOR: Record<AxisScale, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric' },
  weekday: { weekday: 'short', day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};
const MAJOR: Record<AxisScale, Intl.DateTimeFormatOptions | null> = {
  day: { month: 'long', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: null,
};

/**
 * The label of an axis tick at a Date (read as its UTC calendar day), e.g. "فبراير" for a month
 * tick in Arabic, "Wed 4" for a weekday tick in English. major gives the label of the enclosing
 * span instead ("فبراير 2026" above day ticks), or "" where there is none.
 */
export function axisLabel(
  date: Date,
  scale: AxisScale,
  lang: Lang,
  options: DateFormatOptions & { major?: boolean } = {},
): string {
  const fields = options.major ? MAJOR[scale] : MINOR[scale];
  if (!fields) return '';
  return plainSpaces(formatter(localeFor(lang, 'gregory', options.digits), fields).format(date));
}
