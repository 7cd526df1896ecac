// Real input, and what it reaches: a pointer at an element's centre must land on that element,
// inside the visible box of its container, the way a reader's mouse or finger would.
import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/** Centre of an element on screen; fails when it has no box (not rendered). */
export async function centreOf(target: Locator): Promise<Point> {
  const box = await target.boundingBox();
  if (!box) throw new Error('the element has no box on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Asserts what a person perceives: the element lies inside the container's visible box, and the
 * topmost element at its centre is the element itself (or a part of it), not a layer over it.
 */
export async function expectReachable(target: Locator, container: Locator): Promise<void> {
  await expect(target).toBeVisible();
  const [box, outer] = await Promise.all([target.boundingBox(), container.boundingBox()]);
  if (!box || !outer) throw new Error('no box on screen');
  expect(box.x, 'starts inside the container').toBeGreaterThanOrEqual(outer.x - 1);
  expect(box.y, 'top inside the container').toBeGreaterThanOrEqual(outer.y - 1);
  expect(box.x + box.width, 'ends inside the container').toBeLessThanOrEqual(
    outer.x + outer.width + 1,
  );
  expect(box.y + box.height, 'bottom inside the container').toBeLessThanOrEqual(
    outer.y + outer.height + 1,
  );
  const hit = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = el.ownerDocument.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top === null ? 'nothing' : el.contains(top) ? 'itself' : top.className || top.tagName;
  });
  expect(hit, 'what a pointer at its centre reaches').toBe('itself');
}

/** A finger dragged from one point to another, through Chromium's own touch input. */
export async function swipe(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: Point) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: p ? [{ x: Math.round(p.x), y: Math.round(p.y), id: 1 }] : [],
    });
  await touch('touchStart', from);
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', {
      x: from.x + ((to.x - from.x) * i) / steps,
      y: from.y + ((to.y - from.y) * i) / steps,
    });
    // A finger moves over time: gesture recognisers ignore moves that all arrive at once.
    await page.waitForTimeout(16);
  }
  await touch('touchEnd');
  await cdp.detach();
}
