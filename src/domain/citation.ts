/**
 * "Cite this": a reference to a view or an event, in Arabic and in English, naming the data
 * version (events change as curators correct them, so a citation must say which text it read),
 * the day it was read, and the link that opens the same view.
 */
import { formatPartialDate, type DateFormatOptions } from './formatDate.ts';
import type { Lang } from './languages.ts';

export interface CitationParts {
  /** The view's label (exportView.ts) or the event's title, in the citation's language. */
  what: string;
  /** The event's date as read, in the citation's language; absent for a view. */
  date?: string;
  /** The data version (its hash). */
  version: string;
  /** The day of the data version, YYYY-MM-DD, when known. */
  versionDate?: string;
  /** The day the reader read it, YYYY-MM-DD. */
  accessed: string;
  link: string;
}

const NAME = { ar: 'مسار', en: 'Masar' } as const;

/**
 * A citation in `lang`. Latin runs inside the Arabic (the version, the link) are isolated with
 * FSI…PDI, so pasting it into a right-to-left document keeps their characters in order.
 */
export function citation(
  parts: CitationParts,
  lang: Lang,
  options: DateFormatOptions = {},
): string {
  const day = (iso: string) => formatPartialDate(iso, lang, options);
  const isolate = (s: string) => (lang === 'ar' ? `\u2068${s}\u2069` : s);
  const versionDate = parts.versionDate ? ` (${day(parts.versionDate)})` : '';
  if (lang === 'ar') {
    const what = parts.date ? `«${parts.what}» (${parts.date})` : `«${parts.what}»`;
    return (
      `${NAME.ar}. ${what}. نسخة البيانات ${isolate(parts.version)}${versionDate}. ` +
      `${isolate(parts.link)}. تاريخ الاطلاع: ${day(parts.accessed)}.`
    );
  }
  const what = parts.date ? `“${parts.what}” (${parts.date})` : `“${parts.what}”`;
  return (
    `${NAME.en}. ${what}. Data version ${parts.version}${versionDate}. ` +
    `${parts.link}. Accessed ${day(parts.accessed)}.`
  );
}
