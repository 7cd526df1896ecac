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

/** Whether the build wrote a page for a day: some event dated to the day covers it. */
export function hasDayPage(
  dataset:
    { events: readonly { date: { precision: string }; from: string; to: string }[] } | undefined,
  day: string,
): boolean {
  // YYYY-MM-DD strings compare in calendar order.
  return (
    dataset?.events.some((e) => e.date.precision === 'day' && e.from <= day && day <= e.to) ?? false
  );
}
