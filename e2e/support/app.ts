// What a reader sees on the page, found the way a reader finds it: by role and visible name, in the
// language on screen. Only the timeline needs CSS selectors: vis-timeline gives its items no roles.
import { expect, type Locator, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/domain/schema.ts';
import { dataset } from './dataset.ts';

export type Lang = 'ar' | 'en';

const LIST_HEADING: Record<Lang, string> = { ar: 'قائمة الأحداث', en: 'List of events' };
const FILTERS_HEADING: Record<Lang, string> = { ar: 'التصفية', en: 'Filters' };

/** Opens a link and waits until the data has loaded and the list shows its first event. */
export async function openApp(page: Page, path = '/', lang: Lang = 'ar'): Promise<void> {
  await page.goto(path);
  await expect(eventList(page, lang).getByRole('listitem').first()).toBeVisible();
}

export function eventList(page: Page, lang: Lang = 'ar'): Locator {
  return page.getByRole('region', { name: LIST_HEADING[lang], exact: true });
}

export function listItems(page: Page, lang: Lang = 'ar'): Locator {
  return eventList(page, lang).getByRole('listitem');
}

/** The button in the list that opens an event (its name holds the date, type and title). */
export function listButton(page: Page, event: TimelineEvent, lang: Lang = 'ar'): Locator {
  return eventList(page, lang).getByRole('button', { name: event.title[lang] });
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

/** Asserts that both the list and the timeline show exactly these events. */
export async function expectShown(
  page: Page,
  events: readonly TimelineEvent[],
  lang: Lang = 'ar',
): Promise<void> {
  await expect(listItems(page, lang)).toHaveCount(events.length);
  await expect(timelineItems(page)).toHaveCount(events.length);
  for (const event of events) {
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
