// What a reader sees on the page, found the way a reader finds it: by role and visible name, in the
// language on screen. Only the timeline needs CSS selectors: vis-timeline gives its items no roles.
import { expect, type Locator, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/domain/schema.ts';
import { dataset } from './dataset.ts';
import { firstPageOf } from '../../src/domain/listPage.ts';

export type Lang = 'ar' | 'en';

const LIST_HEADING: Record<Lang, string> = { ar: 'قائمة الأحداث', en: 'List of events' };
const FILTERS_HEADING: Record<Lang, string> = { ar: 'التصفية', en: 'Filters' };

/**
 * Opens a link and waits until the list shows its first event and the app is live: the page's
 * HTML holds the opening view's events before any script has run (src/prerender), so a visible
 * event is not enough. The header's buttons are the app's own, rendered once it has hydrated.
 */
export async function openApp(page: Page, path = '/', lang: Lang = 'ar'): Promise<void> {
  await page.goto(path);
  await expect(eventList(page, lang).getByRole('listitem').first()).toBeVisible();
  await expect(page.locator('#header-controls-slot [data-stand-in]')).toHaveCount(0);
}

/**
 * Holds back the requests a pattern matches until `release()` is called: the page stays as it is
 * before they arrive (the app's scripts, the events).
 */
export async function holdRequests(
  page: Page,
  pattern: string | RegExp,
): Promise<{ release(): void }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return { release: () => release() };
}

export function eventList(page: Page, lang: Lang = 'ar'): Locator {
  return page.getByRole('region', { name: LIST_HEADING[lang], exact: true });
}

export function listItems(page: Page, lang: Lang = 'ar'): Locator {
  return eventList(page, lang).getByRole('listitem');
}

/**
 * The link in the list that opens an event in place (its name holds the date, type and title;
 * its address is the event's own page, for a new tab or a browser without scripts).
 */
export function listButton(page: Page, event: TimelineEvent, lang: Lang = 'ar'): Locator {
  return eventList(page, lang).getByRole('link', { name: event.title[lang] });
}

export function filterPanel(page: Page, lang: Lang = 'ar'): Locator {
  return page.getByRole('region', { name: FILTERS_HEADING[lang], exact: true });
}

/** The live "N of M" count at the top of the filter panel. */
export function resultCount(page: Page, lang: Lang = 'ar'): Locator {
  return filterPanel(page, lang).getByRole('status');
}

/** The count as the Arabic interface words it (Arabic has six plural forms). */
export function arabicResults(count: number, total: number): string {
  const rest = `من أصل ${total}`;
  if (count === 0) return `لا أحداث ${rest}`;
  if (count === 1) return `حدث واحد ${rest}`;
  if (count === 2) return `حدثان ${rest}`;
  const mod = count % 100;
  if (mod >= 3 && mod <= 10) return `${count} أحداث ${rest}`;
  if (mod >= 11) return `${count} حدثًا ${rest}`;
  return `${count} حدث ${rest}`;
}

/** The timeline's item boxes and bars (a box item also renders a line and a dot: not counted). */
export function timelineItems(page: Page): Locator {
  return page.locator('.vis-item.vis-box, .vis-item.vis-range');
}

export function timelineItem(page: Page, event: TimelineEvent, lang: Lang = 'ar'): Locator {
  return timelineItems(page).filter({ hasText: event.title[lang] });
}

/** The details panel of an event: a region named by its title. */
export function detailsPanel(page: Page, event: TimelineEvent, lang: Lang = 'ar'): Locator {
  return page.getByRole('region', { name: event.title[lang], exact: true });
}

/** The ids of the list's items, top to bottom. */
export function listIds(page: Page, lang: Lang = 'ar'): Promise<(string | null)[]> {
  return listItems(page, lang).evaluateAll((items) =>
    items.map((li) => li.getAttribute('data-event-id')),
  );
}

/** The ids of the events the timeline has drawn as cards (clusters carry none). */
export function drawnIds(page: Page): Promise<string[]> {
  return page
    .locator('.masar-item-content[data-event-id]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-event-id') ?? ''));
}

/**
 * Asserts what a reader sees of a result: the list's first page holds exactly its events, newest
 * first (a result longer than a page continues behind "later events"), and the timeline draws
 * none but these, its latest ones among them (it fits the latest few of a long result: Timeline.tsx).
 */
export async function expectShown(
  page: Page,
  events: readonly TimelineEvent[],
  lang: Lang = 'ar',
): Promise<void> {
  const newestFirst = [...events].reverse();
  await expect
    .poll(() => listIds(page, lang))
    .toEqual(newestFirst.slice(0, firstPageOf(events.length)).map((e) => e.id));
  const latest = newestFirst.slice(0, 3).map((e) => e.id);
  await expect.poll(() => drawnIds(page)).toEqual(expect.arrayContaining(latest));
  const shown = new Set(events.map((e) => e.id));
  expect((await drawnIds(page)).filter((id) => !shown.has(id))).toEqual([]);
  for (const event of newestFirst.slice(0, 3)) {
    await expect(listButton(page, event, lang)).toBeVisible();
    await expect(timelineItem(page, event, lang)).toHaveCount(1);
  }
}

export function eventsWhere(predicate: (event: TimelineEvent) => boolean): TimelineEvent[] {
  return dataset().events.filter(predicate);
}

/** One query parameter of the current address, decoded ('' when absent). */
export function urlParam(page: Page, key: string): string {
  return new URL(page.url()).searchParams.get(key) ?? '';
}

/** Horizontal centre of an item on screen. */
export async function itemCentreX(page: Page, event: TimelineEvent, lang: Lang): Promise<number> {
  const item = timelineItem(page, event, lang);
  await expect(item).toBeVisible();
  const box = await item.boundingBox();
  if (!box) throw new Error(`no box for ${event.id}`);
  return box.x + box.width / 2;
}

/** The clipboard's text (the context must have been granted clipboard-read). */
export function clipboard(page: Page): Promise<string> {
  // A string: the specs are typed for Node, which has no navigator.
  return page.evaluate<string>('navigator.clipboard.readText()');
}
