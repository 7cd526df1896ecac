/**
 * What names an export: the view it holds (filters and search) and the data version, in the
 * file's name and in its citation.
 */
import { formatPartialDate, type DateFormatOptions } from './formatDate.ts';
import { namesOf, type NameBook } from './exportEvent.ts';
import type { Lang } from './languages.ts';
import type { ViewState } from './viewState.ts';

/** The filters of a view, the only part of it that changes which events an export holds. */
export type ExportFilters = Pick<
  ViewState,
  'actors' | 'actorsMode' | 'forums' | 'types' | 'period' | 'q'
>;

const MAX_NAME = 80;

/**
 * An ASCII file name (ids are ASCII by rule; a search's words are not, so only the word "search"
 * stands for them): `masar-actors-putin-xi-forums-brics-<version>.csv`, `masar-all-<version>.ics`.
 */
export function exportFileName(filters: ExportFilters, version: string, ext: string): string {
  const parts: string[] = [];
  if (filters.actors.length > 0) {
    parts.push(filters.actorsMode === 'all' ? 'with-all' : 'actors', ...filters.actors);
  }
  if (filters.forums.length > 0) parts.push('forums', ...filters.forums);
  if (filters.types.length > 0) parts.push('types', ...filters.types);
  if (filters.period) parts.push(`${filters.period.start}..${filters.period.end}`);
  if (filters.q.trim() !== '') parts.push('search');
  let view = parts.length > 0 ? parts.join('-') : 'all';
  if (view.length > MAX_NAME) view = view.slice(0, MAX_NAME).replace(/-+$/, '');
  return `masar-${view}-${version}.${ext}`;
}

const LABELS = {
  ar: {
    all: 'كل الأحداث',
    actors: 'المشاركون',
    allOf: 'المشاركون معًا',
    forums: 'الأطر',
    types: 'الأنواع',
    period: 'الفترة',
    search: 'البحث',
    separator: '؛ ',
    list: '، ',
    quote: (s: string) => `«${s}»`,
  },
  en: {
    all: 'all events',
    actors: 'participants',
    allOf: 'participants together',
    forums: 'forums',
    types: 'types',
    period: 'period',
    search: 'search',
    separator: '; ',
    list: ', ',
    quote: (s: string) => `“${s}”`,
  },
} as const;

/** The view in words, in `lang`: "participants: Putin, Xi; forums: BRICS; search: “gas”". */
export function viewLabel(
  filters: ExportFilters,
  book: NameBook,
  lang: Lang,
  options: DateFormatOptions = {},
): string {
  const l = LABELS[lang];
  const names = (ids: string[], from: NameBook['actors']) =>
    namesOf(ids, from)
      .map((n) => n.name[lang])
      .join(l.list);
  const parts: string[] = [];
  if (filters.actors.length > 0) {
    const label = filters.actorsMode === 'all' ? l.allOf : l.actors;
    parts.push(`${label}: ${names(filters.actors, book.actors)}`);
  }
  if (filters.forums.length > 0) parts.push(`${l.forums}: ${names(filters.forums, book.forums)}`);
  if (filters.types.length > 0) parts.push(`${l.types}: ${names(filters.types, book.types)}`);
  if (filters.period) {
    const { start, end } = filters.period;
    const from = formatPartialDate(start, lang, options);
    const to = formatPartialDate(end, lang, options);
    parts.push(`${l.period}: ${from === to ? from : `${from} – ${to}`}`);
  }
  if (filters.q.trim() !== '') parts.push(`${l.search}: ${l.quote(filters.q.trim())}`);
  return parts.length > 0 ? parts.join(l.separator) : l.all;
}
