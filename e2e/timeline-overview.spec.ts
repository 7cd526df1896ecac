// The overview strip under the timeline: the whole span in small, with the part on screen as a
// handle a reader drags, resizes, swipes or moves with the keys to travel across the decades.
import { expect, test, type Page } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { openApp, urlParam } from './support/app.ts';
import { tabTo } from './support/keyboard.ts';
import { centreOf, swipe } from './support/pointer.ts';
import { expectReadable, settled } from './support/timeline.ts';

const FIRST = eventById('1949-10-02-diplomatic-relations');
const HANDLE = {
  ar: 'نظرة عامة على الخط الزمني: الجزء المعروض',
  en: 'Timeline overview: the part on screen',
};

function handle(page: Page, lang: 'ar' | 'en' = 'ar') {
  return page.getByRole('slider', { name: HANDLE[lang] });
}

/** The start year of the window the link names. */
function rangeStartYear(page: Page): number {
  return Number(urlParam(page, 'range').slice(0, 4));
}

async function strip(page: Page) {
  const box = await page.getByTestId('overview-bars').boundingBox();
  if (!box) throw new Error('no overview strip');
  return box;
}

test('dragging the handle to the far past shows the first event; the link follows', async ({
  page,
}) => {
  await openApp(page);
  await settled(page);
  const from = await centreOf(handle(page));
  const bars = await strip(page);
  // In Arabic the past is on the right.
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(bars.x + bars.width - 5, from.y, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => rangeStartYear(page)).toBeLessThan(1950);
  await settled(page);
  await expectReadable(page, FIRST);
  await expect(handle(page)).toHaveAttribute('aria-valuetext', /1949/);
});

test('dragging a grip of the handle widens the window towards the past', async ({ page }) => {
  await openApp(page, '/?lang=en', 'en');
  await settled(page);
  const grip = handle(page, 'en').locator('[data-part="start"]');
  // A reader scrolls the strip into view first (on a 720 px window it sits at the fold).
  await grip.scrollIntoViewIfNeeded();
  const from = await centreOf(grip);
  const before = await handle(page, 'en').boundingBox();
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // In English the past is on the left.
  await page.mouse.move(from.x - 200, from.y, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => urlParam(page, 'range')).not.toBe('');
  const after = await handle(page, 'en').boundingBox();
  if (!before || !after) throw new Error('no handle');
  expect(after.width).toBeGreaterThan(before.width + 150);
  expect(rangeStartYear(page)).toBeLessThan(2020);
});

test('the keys move the handle: Home goes to the first years', async ({ page }) => {
  await openApp(page);
  await settled(page);
  await page.getByLabel('بحث في الأحداث').click();
  await tabTo(page, handle(page));
  await page.keyboard.press('Home');
  await expect.poll(() => rangeStartYear(page)).toBeLessThan(1950);
  await settled(page);
  await expectReadable(page, FIRST);
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a finger drags the handle towards the past', async ({ page }) => {
    await openApp(page);
    await handle(page).scrollIntoViewIfNeeded();
    await settled(page);
    const from = await centreOf(handle(page));
    const bars = await strip(page);
    await swipe(page, from, { x: bars.x + bars.width * 0.6, y: from.y });
    await expect.poll(() => urlParam(page, 'range')).not.toBe('');
    expect(rangeStartYear(page)).toBeLessThan(2010);
  });
});
