// The timeline with a mouse and a finger, as a reader uses it: no force, no synthetic events.
// Each card a pointer aims at must be the topmost element there (vis-timeline once left a
// transparent loading layer over every card, and every click landed on it).
import { expect, test, type Page } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { detailsPanel, openApp, timelineItem, urlParam } from './support/app.ts';
import { centreOf, expectReachable, swipe } from './support/pointer.ts';
import { card, cardArea, idsInView, settled } from './support/timeline.ts';

const KAZAN = eventById('2024-10-22-brics-kazan-summit');

function timelineBox(page: Page) {
  return page.locator('.vis-timeline');
}

/** A point on the timeline's empty axis strip, away from every card. */
async function axisPoint(page: Page, fraction: number) {
  const box = await page.locator('.vis-timeline .vis-time-axis.vis-foreground').boundingBox();
  if (!box) throw new Error('no axis');
  return { x: box.x + box.width * fraction, y: box.y + box.height / 2 };
}

test.describe('mouse', () => {
  test('a click on a card opens its details', async ({ page }) => {
    await openApp(page, '/?date=2024-10-22');
    const card = timelineItem(page, KAZAN);
    await expectReachable(card, timelineBox(page));
    const { x, y } = await centreOf(card);
    await page.mouse.click(x, y);
    await expect(detailsPanel(page, KAZAN).getByRole('heading', { level: 2 })).toHaveText(
      KAZAN.title.ar,
    );
    expect(urlParam(page, 'event')).toBe(KAZAN.id);
  });

  test('a card clicked on a wide screen opens the details beside a timeline that still shows every card it showed', async ({
    page,
  }) => {
    // Wide enough for the details to open as a column, which narrows the timeline.
    await page.setViewportSize({ width: 1366, height: 800 });
    await openApp(page);
    await settled(page);
    const before = await idsInView(page);
    expect(before.length).toBeGreaterThan(1);
    const last = eventById(before[before.length - 1] ?? '');
    const target = card(page, last);
    await expectReachable(target, cardArea(page));
    const { x, y } = await centreOf(target);
    await page.mouse.click(x, y);
    await expect(detailsPanel(page, last).getByRole('heading', { level: 2 })).toHaveText(
      last.title.ar,
    );
    await settled(page);
    // The window keeps its span at the new width: nothing the reader was looking at is cut off.
    expect((await idsInView(page)).sort()).toEqual([...before].sort());
    await expectReachable(target, cardArea(page));
  });

  test('dragging the timeline pans it, the overview’s handle goes with it and the link follows', async ({
    page,
  }) => {
    await openApp(page, '/?range=2024-01..2024-12');
    await expect(timelineItem(page, KAZAN)).toBeVisible();
    const before = urlParam(page, 'range');
    const handle = page.getByRole('slider', { name: 'نظرة عامة على الخط الزمني: الجزء المعروض' });
    const shown = await handle.getAttribute('aria-valuetext');
    const from = await axisPoint(page, 0.7);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 150, from.y, { steps: 8 });
    // Still held: the handle already shows the window on screen.
    await expect(handle).not.toHaveAttribute('aria-valuetext', shown ?? '');
    await page.mouse.move(from.x - 300, from.y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => urlParam(page, 'range')).not.toBe(before);
    const [start, end] = urlParam(page, 'range').split('..');
    // The handle names the days the link names (Arabic months; the years are enough here).
    await expect(handle).toHaveAttribute(
      'aria-valuetext',
      new RegExp(`${start?.slice(0, 4)}.*${end?.slice(0, 4)}`),
    );
  });
});

test.describe('touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap on a card opens its details', async ({ page }) => {
    await openApp(page, '/?date=2024-10-22');
    const card = timelineItem(page, KAZAN);
    await card.scrollIntoViewIfNeeded();
    await expectReachable(card, timelineBox(page));
    const { x, y } = await centreOf(card);
    await page.touchscreen.tap(x, y);
    await expect(detailsPanel(page, KAZAN).getByRole('heading', { level: 2 })).toHaveText(
      KAZAN.title.ar,
    );
  });

  test('a swipe pans the timeline', async ({ page }) => {
    await openApp(page, '/?range=2024-01..2024-12');
    await timelineBox(page).scrollIntoViewIfNeeded();
    const before = urlParam(page, 'range');
    const from = await axisPoint(page, 0.8);
    await swipe(page, from, { x: from.x - 200, y: from.y });
    await expect.poll(() => urlParam(page, 'range')).not.toBe(before);
  });
});
