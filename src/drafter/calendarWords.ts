/**
 * The calendar vocabulary of Arabic news, in normalised spelling (see arabicText.ts): month names
 * in the three families (Egyptian/Gulf فبراير, Levantine/Iraqi شباط, Maghrebi فيفري), English
 * month names for "20th, September 2023" lines, weekdays, and small ordinals.
 */

// Index = month number − 1. Every spelling is already normalised (no hamza on alef, ه for ة).
const ARABIC_MONTHS: readonly string[][] = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'اذار'],
  ['ابريل', 'نيسان', 'افريل'],
  ['مايو', 'ايار', 'ماي'],
  ['يونيو', 'حزيران', 'جوان', 'يونيه'],
  ['يوليو', 'تموز', 'جويليه', 'يوليه'],
  ['اغسطس', 'اب', 'اوت'],
  ['سبتمبر', 'ايلول', 'شتنبر'],
  ['اكتوبر', 'تشرين الاول'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الاول', 'دجنبر'],
];

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Longest first, so "كانون الثاني" wins over a shorter name inside it.
const ARABIC_ENTRIES = ARABIC_MONTHS.flatMap((names, i) =>
  names.map((name) => [name, i + 1] as const),
).sort((a, b) => b[0].length - a[0].length);

/** Alternation (for a regex on normalised text) of every Arabic month name. */
export const ARABIC_MONTH_ALT = ARABIC_ENTRIES.map(([n]) => n.replace(/ /g, '\\s+')).join('|');

/**
 * One month, written alone or combined as outlets do: "شباط/فبراير", "شباط (فبراير)"
 * (the brackets are already spaces after normalisation). The combined form must agree.
 */
export const MONTH_PHRASE = `(?:${ARABIC_MONTH_ALT})(?:\\s*[/\\-]?\\s*(?:${ARABIC_MONTH_ALT}))?`;

export const ENGLISH_MONTH_ALT =
  ENGLISH_MONTHS.join('|') + '|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

/** Month number of a month phrase; null if the two names of a combined form disagree. */
export function monthOf(phrase: string): number | null {
  const found: number[] = [];
  let rest = phrase.replace(/\s+/g, ' ').trim();
  while (rest.length > 0) {
    const hit = ARABIC_ENTRIES.find(([name]) => rest.startsWith(name));
    if (hit) {
      found.push(hit[1]);
      rest = rest.slice(hit[0].length).replace(/^[\s/-]+/, '');
      continue;
    }
    const en = ENGLISH_MONTHS.findIndex((m) => m.startsWith(rest.slice(0, 3).toLowerCase()));
    if (en >= 0 && /^[a-z]/i.test(rest)) {
      found.push(en + 1);
      rest = rest.replace(/^[a-z]+/i, '').replace(/^[\s/-]+/, '');
      continue;
    }
    return null;
  }
  const first = found[0];
  if (first === undefined || found.some((m) => m !== first)) return null;
  return first;
}

/** Index = weekday (0 = Sunday). Normalised, with the article. */
export const WEEKDAYS = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'];
export const WEEKDAY_ALT = [...WEEKDAYS, 'الاتنين'].join('|');

export function weekdayIndex(word: string): number {
  if (word === 'الاتنين') return 1;
  return WEEKDAYS.indexOf(word);
}

export const WEEKDAY_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** Ordinal day words ("في الأول من شباط"), normalised. */
const ORDINALS = [
  'الاول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
];
export const ORDINAL_ALT = ORDINALS.join('|');
export function ordinalValue(word: string): number {
  return ORDINALS.indexOf(word) + 1;
}
