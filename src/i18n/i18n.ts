/**
 * i18next setup. Arabic is the source language; English mirrors its keys (a unit test checks that).
 * Resources are bundled: two small JSON files cost less than a second request before first paint.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLang, LANGUAGES, type Lang } from '../domain/languages.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';

export const resources = { ar: { translation: ar }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ar };
  }
}

void i18next.use(initReactI18next).init({
  resources,
  lng: 'ar',
  fallbackLng: 'ar',
  interpolation: { escapeValue: false }, // React escapes; nothing here reaches innerHTML.
  returnNull: false,
});

// Numbers in Latin digits with the reader's grouping (10,000), in both languages: plain "ar"
// switched digit shapes between ICU versions, so the locale extension is explicit.
const NUMBERS = new Map<Lang, Intl.NumberFormat>();
const numbers = (lang: Lang) => {
  let format = NUMBERS.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(`${LANGUAGES[lang].intl}-u-nu-latn`);
    NUMBERS.set(lang, format);
  }
  return format;
};
// Called for every count on screen: building an Intl.NumberFormat each time cost ~20 ms at load.
i18next.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
  numbers(isLang(lng) ? lng : 'ar').format(Number(value)),
);

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
