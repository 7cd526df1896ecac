/**
 * The addresses of the static pages the build writes for every event and every day with events
 * (scripts/staticPagesPlugin.ts): one scheme shared by the build, which writes them, and the app,
 * whose share buttons hand them out. Arabic is the site's first language and has the short
 * path; English lives under /en/. Ids match ID_PATTERN and days are YYYY-MM-DD, so neither
 * needs escaping in a path.
 */
import type { Lang } from './languages.ts';

export type PageTarget = { kind: 'event'; id: string } | { kind: 'day'; day: string };

const PREFIX: Record<Lang, string> = { ar: '/', en: '/en/' };

/** The page's path, ending in a slash (the folder whose index.html the build writes). */
export function pagePath(target: PageTarget, lang: Lang): string {
  const tail = target.kind === 'event' ? `e/${target.id}/` : `d/${target.day}/`;
  return `${PREFIX[lang]}${tail}`;
}

/** The 1200×630 preview image beside the page. */
export function previewPath(target: PageTarget, lang: Lang): string {
  return `${pagePath(target, lang)}preview.png`;
}

/** The app's own link for the same view: `?event=` and `?date=` are what the app reads. */
export function appPath(target: PageTarget, lang: Lang): string {
  const query = target.kind === 'event' ? `event=${target.id}` : `date=${target.day}`;
  return `/?${query}${lang === 'en' ? '&lang=en' : ''}`;
}

/**
 * The build writes pages for the newest PAGE_LIMIT events and the days they cover: all of them
 * in any curated corpus, a bounded folder for a generated one (README.md, "Links that preview").
 */
export const PAGE_LIMIT = 2000;

interface PagedEvent {
  id: string;
  date: { precision: string };
  from: string;
  to: string;
}

/** The events that have pages, given all of them in the compiled (chronological) order. */
export function pagedEvents<T>(events: readonly T[]): readonly T[] {
  return events.slice(Math.max(0, events.length - PAGE_LIMIT));
}

/** Which events and days of a dataset have pages: what the share buttons may hand out. */
export function pagesOf(dataset: { events: readonly PagedEvent[] } | undefined): {
  event(id: string): boolean;
  day(day: string): boolean;
} {
  const paged = dataset ? pagedEvents(dataset.events) : [];
  // An export asks for every row's link: a set, not a scan per row.
  const ids = new Set(paged.map((e) => e.id));
  return {
    event: (id) => ids.has(id),
    // YYYY-MM-DD strings compare in calendar order.
    day: (day) => paged.some((e) => e.date.precision === 'day' && e.from <= day && day <= e.to),
  };
}
