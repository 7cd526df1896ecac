/**
 * i18next setup. Arabic is the source language; English mirrors its keys (a unit test checks that).
 * Resources are bundled: two small JSON files cost less than a second request before first paint.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLang, LANGUAGES, type Lang } from '../domain/languages.ts';
import { numberLocale, type Digits } from '../domain/displayPrefs.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';

export const resources = { ar: { translation: ar }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ar };
  }
}

const DIGITS_CHANGED = 'digitsChanged';

void i18next.use(initReactI18next).init({
  resources,
  lng: 'ar',
  fallbackLng: 'ar',
  interpolation: { escapeValue: false }, // React escapes; nothing here reaches innerHTML.
  returnNull: false,
  // Components re-render on a digit change as on a language change: their counts are formatted.
  react: { bindI18n: `languageChanged ${DIGITS_CHANGED}` },
});

// Numbers in the reader's digits (Latin unless they chose Arabic-Indic, which English ignores)
// with the language's grouping (10,000): plain "ar" switched digit shapes between ICU versions,
// so the locale extension is explicit. `year` is a number without grouping (2026, not 2,026).
let digits: Digits = 'latn';
const NUMBERS = new Map<string, Intl.NumberFormat>();
const numbers = (lng: string | undefined, grouping: boolean) => {
  const locale = numberLocale(isLang(lng) ? lng : 'ar', digits);
  const key = `${locale}|${grouping}`;
  let format = NUMBERS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: grouping });
    NUMBERS.set(key, format);
  }
  return format;
};
// Called for every count on screen: building an Intl.NumberFormat each time cost ~20 ms at load.
i18next.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
  numbers(lng, true).format(Number(value)),
);
i18next.services.formatter?.add('year', (value: unknown, lng: string | undefined) =>
  numbers(lng, false).format(Number(value)),
);

/** The digits numbers in translations use now (part of what a remembered text depends on). */
export const currentDigits = (): Digits => digits;

/** The digits numbers in translations use; call before the render that should show them. */
export function applyDigits(next: Digits): void {
  if (next === digits) return;
  digits = next;
  i18next.emit(DIGITS_CHANGED, next);
}

/**
 * The one place that sets the document's language and direction, and the title. The page shell's
 * texts are in both languages and follow <html lang> through the stylesheet (see index.html), so
 * they stay the elements first painted.
 */
export function applyLanguage(lang: Lang, doc: Document = document): void {
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  const root = doc.documentElement;
  root.lang = lang;
  root.dir = LANGUAGES[lang].dir;
  doc.title = i18next.t('app.documentTitle');
}

export default i18next;
