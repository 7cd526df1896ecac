/**
 * How a reader likes numbers and dates shown: Latin or Arabic-Indic digits, and which calendar
 * leads when both are shown. A preference of the reader, not of the view: it is remembered on the
 * device and travels in a link only when the reader shares one (see src/url/displayQuery.ts).
 */
import { LANGUAGES, type Lang } from './languages.ts';

export type Digits = 'latn' | 'arab';
/** The calendar shown first; the other follows it where a date has both. */
export type CalendarFirst = 'gregory' | 'hijri';

export interface DisplayPrefs {
  digits: Digits;
  calendar: CalendarFirst;
}

export const DIGITS: readonly Digits[] = ['latn', 'arab'];
export const CALENDARS: readonly CalendarFirst[] = ['gregory', 'hijri'];

export const DEFAULT_DISPLAY: DisplayPrefs = { digits: 'latn', calendar: 'gregory' };

export const isDigits = (value: unknown): value is Digits => DIGITS.some((d) => d === value);
export const isCalendarFirst = (value: unknown): value is CalendarFirst =>
  CALENDARS.some((c) => c === value);

/**
 * The preferences as a language can honour them: a language without a digit choice (English)
 * always shows Latin digits, whatever the reader chose while reading Arabic. The calendar order
 * applies in every language.
 */
export function displayFor(prefs: DisplayPrefs, lang: Lang): DisplayPrefs {
  return LANGUAGES[lang].digitChoice ? prefs : { ...prefs, digits: 'latn' };
}

/** The Intl locale for plain numbers (counts, years) in a language and digit shape. */
export function numberLocale(lang: Lang, digits: Digits): string {
  const { intl, digitChoice } = LANGUAGES[lang];
  return `${intl}-u-nu-${digitChoice ? digits : 'latn'}`;
}

const ARABIC_INDIC_ZERO = 0x0660;

/**
 * Text with its ASCII digits in the chosen shapes, for numbers the UI writes itself rather than
 * through Intl (an example such as 4/2/2026). Latin leaves the text as it is.
 */
export function withDigits(text: string, digits: Digits): string {
  if (digits === 'latn') return text;
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(d)));
}
