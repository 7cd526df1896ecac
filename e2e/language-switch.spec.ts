import { expect, test, type Page } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import {
  detailsPanel,
  eventList,
  filterPanel,
  itemCentreX,
  openApp,
  timelineItems,
  urlParam,
  type Lang,
  holdRequests,
} from './support/app.ts';

// Three one-day events in the UN forum, days apart, and the one the link opens.
const FIRST = eventById('2026-02-01-shoigu-wang-yi-beijing');
const LAST = eventById('2026-02-04-putin-xi-video-call');
const SELECTED = eventById('2026-02-02-lin-jian-briefing');

/** Where an item sits across the timeline, 0 at the left edge and 1 at the right. */
async function fraction(page: Page, event: typeof FIRST, lang: Lang): Promise<number> {
  const region = page.locator('.vis-timeline');
  const box = await region.boundingBox();
  if (!box) throw new Error('no timeline');
  return ((await itemCentreX(page, event, lang)) - box.x) / box.width;
}

test('switching to English flips the direction and the timeline, translates, and keeps the view', async ({
  page,
}) => {
  await openApp(page, `/?event=${SELECTED.id}&forums=un`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مسار', { useInnerText: true });
  await expect(detailsPanel(page, SELECTED).getByRole('heading', { level: 2 })).toHaveText(
    SELECTED.title.ar,
  );
  await expect(timelineItems(page)).toHaveCount(3);
  const firstAr = await fraction(page, FIRST, 'ar');
  const lastAr = await fraction(page, LAST, 'ar');
  expect(firstAr).toBeGreaterThan(lastAr);

  await page.getByRole('button', { name: 'Switch to English' }).click();

  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(() => urlParam(page, 'lang')).toBe('en');
  // The interface is in English, the page's own header included…
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masar', { useInnerText: true });
  // (innerText: what is drawn; the shell also holds the Arabic, undrawn, for the way back.)
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('A timeline of Russia–China relations', {
    useInnerText: true,
  });
  await expect(banner).toContainText('written in Arabic and English', { useInnerText: true });
  await expect(banner).not.toContainText('العلاقات', { useInnerText: true });
  await expect(filterPanel(page, 'en')).toBeVisible();
  await expect(eventList(page, 'en')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share link' })).toBeVisible();
  // …the selected event and the filter are kept…
  await expect(detailsPanel(page, SELECTED, 'en').getByRole('heading', { level: 2 })).toHaveText(
    SELECTED.title.en,
  );
  expect(urlParam(page, 'event')).toBe(SELECTED.id);
  expect(urlParam(page, 'forums')).toBe('un');
  await expect(
    page
      .getByRole('group', { name: 'Forums and organisations', exact: true })
      .getByRole('button', { name: /^UN\b/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(timelineItems(page)).toHaveCount(3);

  // …and the timeline is rebuilt left to right over the same window: each item sits at the
  // mirror image of where it was.
  const firstEn = await fraction(page, FIRST, 'en');
  const lastEn = await fraction(page, LAST, 'en');
  expect(firstEn).toBeLessThan(lastEn);
  expect(Math.abs(firstEn - (1 - firstAr))).toBeLessThan(0.03);
  expect(Math.abs(lastEn - (1 - lastAr))).toBeLessThan(0.03);
});

test('a link in English opens with the whole page in English, the header included', async ({
  page,
}) => {
  await openApp(page, '/?lang=en', 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masar', { useInnerText: true });
  await expect(page.getByRole('banner')).toContainText('A timeline of Russia–China relations');
  await expect(page).toHaveTitle('Masar: a timeline of Russia–China relations');
});

test('an English link paints the page shell in English, left to right, before the app has loaded', async ({
  page,
}) => {
  // Hold the app's script back: what shows meanwhile is the page as first painted.
  const { release } = await holdRequests(page, /\/assets\/[^/]*\.js$/);
  await page.goto('/?lang=en', { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Masar', { useInnerText: true });
  await expect(page.getByText('A timeline of Russia–China relations')).toBeVisible();
  await expect(page.getByText('خط زمني للعلاقات الروسية الصينية')).toBeHidden();
  // The header's start is on the left, as English reads.
  const box = await heading.boundingBox();
  expect(box?.x ?? 1000).toBeLessThan(100);
  // The events are in the page's HTML (prerendered), in English, while the app is still held.
  await expect(eventList(page, 'en').getByRole('listitem').first()).toBeVisible();
  await expect(eventList(page, 'ar')).toHaveCount(0);

  release();
  // The app has taken over (the header's buttons are its own) and the list is still English.
  await expect(page.getByRole('button', { name: 'التبديل إلى العربية' })).toBeVisible();
  await expect(eventList(page, 'en').getByRole('listitem').first()).toBeVisible();
  await expect(heading).toHaveText('Masar', { useInnerText: true });
  await expect(page.getByText('خط زمني للعلاقات الروسية الصينية')).toBeHidden();
});

test('an Arabic link, or none, paints the shell in Arabic as before', async ({ page }) => {
  await openApp(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مسار', { useInnerText: true });
  await expect(page.getByText('A timeline of Russia–China relations')).toBeHidden();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Masar', { useInnerText: true });
  await expect(page.getByText('A timeline of Russia–China relations')).toBeVisible();
});
