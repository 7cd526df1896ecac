/**
 * Reads a date as a person types it into a field, in Arabic or English, and says precisely what
 * it could not read.
 *
 * What it accepts:
 * - numbers, always day first (4/2/2026 is 4 February, never 2 April), with / - . or spaces
 *   between them; month and year (2/2026); a year alone (2026);
 * - ISO order when the year comes first (2026-02-04, 2026-02), which is never ambiguous;
 * - month names: the Levantine and Iraqi names (شباط, كانون الثاني), the Egyptian and Gulf ones
 *   (فبراير, يناير), the Maghrebi ones (فيفري, جانفي, شتنبر), and English names in full or
 *   abbreviated, in any case; around them, in either order, a day and a year
 *   (4 فبراير 2026, فبراير 2026, February 4, 2026, 2026 Feb);
 * - Arabic-Indic (٠–٩) and Persian (۰–۹) digits, hamza seats, ة/ه, ى/ي, tatweel and vowel marks,
 *   through the same fold the search uses (arabic.ts), so «إبريل» and «ابريل» are one month;
 * - words that only decorate: a weekday (the read-back line starts with one, and may be pasted
 *   back), "th" of "4th", "of", «م» and «ميلادي».
 *
 * A year must be written in full (26 could be 1926 or 2026) and lie in 1900–2100, the span the
 * timeline can show. Hijri dates are refused with their own reason: the field takes Gregorian
 * dates and shows the Hijri one beside them.
 */
import { normalizeForSearch } from './arabic.ts';
import { daysInMonth, isoDay, isoMonth, pad } from './calendar.ts';
import type { PartialDate, Precision } from './partialDate.ts';

export const MIN_ENTRY_YEAR = 1900;
export const MAX_ENTRY_YEAR = 2100;

export interface ReadDate {
  ok: true;
  precision: Precision;
  /** YYYY, YYYY-MM or YYYY-MM-DD: what the reader meant, as the link writes it. */
  value: PartialDate;
  /** First day covered, YYYY-MM-DD. */
  start: string;
  /** Last day covered, YYYY-MM-DD (the month's or the year's last day). */
  end: string;
}

export type DateEntryProblem =
  /** Nothing typed. */
  | { kind: 'empty' }
  /** A word that names no month; text is the word as typed. */
  | { kind: 'month-name'; text: string }
  /** A month number outside 1–12; swapped when the numbers read day-first would make sense. */
  | { kind: 'month'; month: number; swapped: boolean }
  /** A day the month does not have (31 April, 30 February). */
  | { kind: 'day'; day: number; month: number; year: number; max: number }
  /** A year outside MIN_ENTRY_YEAR–MAX_ENTRY_YEAR. */
  | { kind: 'year'; year: number }
  /** A year of one or two digits: text is the number as typed. */
  | { kind: 'short-year'; text: string }
  /** A day or month without a year. */
  | { kind: 'no-year' }
  /** A Hijri month name or era mark: the field takes Gregorian dates. */
  | { kind: 'hijri' }
  /** Anything else: too many numbers, two month names, a number with a time in it. */
  | { kind: 'unreadable' };

export type DateEntryResult = ReadDate | { ok: false; reason: DateEntryProblem };

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي', 'january', 'jan'],
  ['فبراير', 'شباط', 'فيفري', 'february', 'feb'],
  ['مارس', 'آذار', 'march', 'mar'],
  ['أبريل', 'إبريل', 'نيسان', 'أفريل', 'april', 'apr'],
  ['مايو', 'أيار', 'ماي', 'may'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان', 'june', 'jun'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز', 'july', 'jul'],
  ['أغسطس', 'آب', 'أوت', 'غشت', 'august', 'aug'],
  ['سبتمبر', 'أيلول', 'شتنبر', 'september', 'sept', 'sep'],
  ['أكتوبر', 'تشرين الأول', 'تشرين أول', 'october', 'oct'],
  ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر', 'november', 'nov'],
  ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر', 'december', 'dec'],
];

// Hijri months (and the era words) that someone may type out of habit. Only the names that are
// not ordinary words: صفر is also "zero", and رجب a man's name, yet a date field has no other use
// for them.
const HIJRI_WORDS = [
  'محرم',
  'صفر',
  'ربيع',
  'جمادى',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو',
  'ذي',
  'القعدة',
  'الحجة',
  'هـ',
  'هجري',
  'هجرية',
  'ah',
];

const NOISE_WORDS = [
  // Weekdays, as the read-back line writes them and as people add them.
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sun',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  // "4th of February", «سنة 2026», «2026م».
  'st',
  'nd',
  'rd',
  'th',
  'of',
  'the',
  'م',
  'ميلادي',
  'ميلادية',
  'سنة',
  'عام',
];

const key = (word: string) => normalizeForSearch(word);

// Keys are the folded spellings, so a table entry matches every way of writing it.
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((name) => MONTHS.set(key(name), i + 1)));
const HIJRI = new Set(HIJRI_WORDS.map(key));
const NOISE = new Set(NOISE_WORDS.map(key));

interface Token {
  /** As typed, for messages. */
  text: string;
  /** Folded: ASCII digits, lowercase, no marks. */
  key: string;
}

/**
 * Words and numbers in order. Anything but letters, marks and digits separates them, and a run of
 * digits is cut from the letters it touches («2026م», "4th").
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  // Invisible controls (bidi marks pasted from news sites) would otherwise split a word.
  const visible = text.replace(/\p{Cf}/gu, '');
  for (const word of visible.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    for (const piece of word.match(/\p{Nd}+|[^\p{Nd}]+/gu) ?? []) {
      const k = key(piece);
      if (k !== '') out.push({ text: piece, key: k });
    }
  }
  return out;
}

type Item = { kind: 'number'; text: string; value: number } | { kind: 'month'; month: number };

const isNumber = (t: Token) => /^\d+$/.test(t.key);

/** Numbers and month names, or the reason the text is not a date. */
function items(list: Token[]): Item[] | DateEntryProblem {
  const out: Item[] = [];
  for (let i = 0; i < list.length; i++) {
    const token = list[i] as Token;
    if (isNumber(token)) {
      out.push({ kind: 'number', text: token.key, value: Number(token.key) });
      continue;
    }
    // Two-word names first: «كانون الثاني» is not «كانون» and then a stray word.
    const next = list[i + 1];
    const pair = next && !isNumber(next) ? MONTHS.get(`${token.key} ${next.key}`) : undefined;
    if (pair !== undefined) {
      out.push({ kind: 'month', month: pair });
      i++;
      continue;
    }
    const month = MONTHS.get(token.key);
    if (month !== undefined) out.push({ kind: 'month', month });
    else if (HIJRI.has(token.key)) return { kind: 'hijri' };
    else if (!NOISE.has(token.key)) {
      // «كانون» or «تشرين» alone is half a month name: quote both words if a second follows.
      return {
        kind: 'month-name',
        text: next && !isNumber(next) ? `${token.text} ${next.text}` : token.text,
      };
    }
  }
  return out;
}

type Num = Extract<Item, { kind: 'number' }>;
const isYear = (n: Num) => n.text.length >= 3;

/** Checks the numbers and builds the result; year, month and day are as read, not yet checked. */
function build(
  year: Num,
  month: number | undefined,
  day: number | undefined,
  swapped = false,
): DateEntryResult {
  if (!isYear(year)) return fail({ kind: 'short-year', text: year.text });
  if (year.text.length > 4) return fail({ kind: 'unreadable' });
  const y = year.value;
  if (y < MIN_ENTRY_YEAR || y > MAX_ENTRY_YEAR) return fail({ kind: 'year', year: y });
  if (month === undefined) {
    return {
      ok: true,
      precision: 'year',
      value: pad(y, 4),
      start: isoDay(y, 1, 1),
      end: isoDay(y, 12, 31),
    };
  }
  if (month < 1 || month > 12) return fail({ kind: 'month', month, swapped });
  const max = daysInMonth(y, month);
  if (day === undefined) {
    return {
      ok: true,
      precision: 'month',
      value: isoMonth(y, month),
      start: isoDay(y, month, 1),
      end: isoDay(y, month, max),
    };
  }
  if (day < 1 || day > max) return fail({ kind: 'day', day, month, year: y, max });
  const value = isoDay(y, month, day);
  return { ok: true, precision: 'day', value, start: value, end: value };
}

const fail = (reason: DateEntryProblem): DateEntryResult => ({ ok: false, reason });

function fromNumbers(numbers: Num[]): DateEntryResult {
  const [a, b, c] = numbers;
  if (!a) return fail({ kind: 'empty' });
  if (numbers.length > 3) return fail({ kind: 'unreadable' });
  if (!b) return isYear(a) ? build(a, undefined, undefined) : fail({ kind: 'no-year' });
  // A year written first is ISO order: year, month, day.
  if (isYear(a))
    return isYear(b) || (c && isYear(c))
      ? fail({ kind: 'unreadable' })
      : build(a, b.value, c?.value);
  if (!c)
    return isYear(b) ? build(b, a.value, undefined) : fail({ kind: 'short-year', text: b.text });
  if (isYear(b)) return fail({ kind: 'unreadable' });
  // Day first. 12/25/2026 is surely American: say so, rather than "no month 25" alone.
  return build(c, b.value, a.value, b.value > 12 && a.value <= 12);
}

function withMonthName(list: Item[], month: number): DateEntryResult {
  const numbers = list.filter((x): x is Num => x.kind === 'number');
  if (numbers.length === 0) return fail({ kind: 'no-year' });
  if (numbers.length > 2) return fail({ kind: 'unreadable' });
  const [a, b] = numbers as [Num, Num | undefined];
  if (!b) return isYear(a) ? build(a, month, undefined) : fail({ kind: 'no-year' });
  // The year is the number of three or more digits, wherever it stands; the other is the day.
  if (isYear(a) && !isYear(b)) return build(a, month, b.value);
  if (isYear(b) && !isYear(a)) return build(b, month, a.value);
  return isYear(a) ? fail({ kind: 'unreadable' }) : fail({ kind: 'short-year', text: b.text });
}

/**
 * Reads what a person typed as a Gregorian date. It takes no page language: both languages'
 * month names are understood on either page (a reader may paste an English date into the Arabic
 * page), and numbers are read day first on both, so the language would change nothing.
 */
export function readDateEntry(text: string): DateEntryResult {
  // Every date field reads its text on every render of the panel around it, nearly always empty:
  // its Unicode-class patterns are not compiled for that (a few ms of a page's first filter click).
  if (text.trim() === '') return fail({ kind: 'empty' });
  const list = items(tokens(text));
  if (!Array.isArray(list)) return fail(list);
  if (list.length === 0)
    return fail(text.trim() === '' ? { kind: 'empty' } : { kind: 'unreadable' });
  const months = list.filter((x) => x.kind === 'month');
  if (months.length > 1) return fail({ kind: 'unreadable' });
  const [named] = months;
  return named ? withMonthName(list, named.month) : fromNumbers(list as Num[]);
}

/** A day read where only months count (the period filter): its month. */
export function toMonth(read: ReadDate): ReadDate {
  if (read.precision !== 'day') return read;
  const [y, m] = read.value.split('-').map(Number) as [number, number];
  return {
    ok: true,
    precision: 'month',
    value: isoMonth(y, m),
    start: isoDay(y, m, 1),
    end: isoDay(y, m, daysInMonth(y, m)),
  };
}
