/**
 * The languages Masar speaks, and everything that follows from each: its direction, its own
 * name (for the switch), the other language, and the Intl locale its dates, numbers and lists
 * use. Code asks this table instead of comparing language codes.
 */
export type Lang = 'ar' | 'en';

export interface Language {
  dir: 'rtl' | 'ltr';
  /** The language's name in itself, as the switch offers it. */
  name: string;
  /** The language the switch leads to. */
  other: Lang;
  /** Intl locale without extensions. English is en-GB: day month year, no comma. */
  intl: string;
  /** Whether readers may choose Arabic-Indic digits (dates then carry a numbering extension). */
  digitChoice: boolean;
}

export const LANGUAGES: Readonly<Record<Lang, Language>> = {
  ar: { dir: 'rtl', name: 'العربية', other: 'en', intl: 'ar', digitChoice: true },
  en: { dir: 'ltr', name: 'English', other: 'ar', intl: 'en-GB', digitChoice: false },
};

export const LANGS = Object.keys(LANGUAGES) as readonly Lang[];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

const lists = new Map<Lang, Intl.ListFormat>();

/**
 * Joins names the way the language lists them: «بوتين، وشي» in Arabic, "Putin, Xi" in English.
 * Parts rather than a string, so each name can keep its own markup (a <bdi>, say).
 */
export function listParts(
  lang: Lang,
  items: readonly string[],
): ReturnType<Intl.ListFormat['formatToParts']> {
  let format = lists.get(lang);
  if (!format) {
    format = new Intl.ListFormat(LANGUAGES[lang].intl, { type: 'unit', style: 'short' });
    lists.set(lang, format);
  }
  return format.formatToParts(items);
}
