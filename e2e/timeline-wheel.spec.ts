// The mouse wheel over the timeline: Ctrl with the wheel zooms it (as a trackpad pinch does);
// the plain wheel keeps scrolling the page, and the timeline says how to zoom.
import { expect, test, type Page } from '@playwright/test';
import { openApp, urlParam } from './support/app.ts';
import { cardArea, settled } from './support/timeline.ts';

/** Days the link's window covers. */
function rangeDays(page: Page): number {
  const [start = '', end = ''] = urlParam(page, 'range').split('..');
  return (Date.parse(end) - Date.parse(start)) / 86_400_000;
}

async function overTimeline(page: Page) {
  const box = await cardArea(page).boundingBox();
  if (!box) throw new Error('no timeline');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

test('Ctrl with the wheel zooms the timeline in and out', async ({ page }) => {
  await openApp(page, '/?range=2020-01..2025-12');
  await settled(page);
  const before = rangeDays(page);
  await overTimeline(page);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(() => rangeDays(page)).toBeLessThan(before * 0.9);
  const zoomedIn = rangeDays(page);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 400);
  await page.keyboard.up('Control');
  await expect.poll(() => rangeDays(page)).toBeGreaterThan(zoomedIn * 1.1);
});

test('the plain wheel scrolls the page, not the timeline, and tells how to zoom', async ({
  page,
}) => {
  await openApp(page, '/?range=2020-01..2025-12');
  await settled(page);
  const range = urlParam(page, 'range');
  const scrolled = () => page.evaluate<number>('window.scrollY');
  const top = await scrolled();
  await overTimeline(page);
  await page.mouse.wheel(0, 300);
  await expect.poll(scrolled).toBeGreaterThan(top);
  await expect(page.getByText('للتكبير: Ctrl مع عجلة الفأرة')).toHaveCSS('opacity', '1');
  expect(urlParam(page, 'range')).toBe(range);
});
