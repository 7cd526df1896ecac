import { expect, test, type Page } from '@playwright/test';
import type { TimelineEvent } from '../src/domain/schema.ts';
import { eventById } from './support/dataset.ts';

// Two events decades apart, by their stable ids, and a window that shows both.
const EARLIER = eventById('1996-04-25-strategic-partnership');
const LATER = eventById('2023-03-20-xi-state-visit-moscow');
const BOTH = 'range=1990..2024';

async function itemX(page: Page, event: TimelineEvent): Promise<number> {
  // A box item renders three .vis-item nodes; the box (or range) is the one that holds the card.
  const item = page
    .locator('.vis-item.vis-box, .vis-item.vis-range')
    .filter({ has: page.locator(`[data-event-id="${event.id}"]`) });
  await expect(item).toBeVisible();
  const box = await item.boundingBox();
  if (!box) throw new Error(`no box for ${event.id}`);
  return box.x + box.width / 2;
}

test('in Arabic time runs right to left: an earlier event sits to the right of a later one', async ({
  page,
}) => {
  await page.goto(`/?${BOTH}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const earlier = await itemX(page, EARLIER);
  const later = await itemX(page, LATER);
  expect(earlier).toBeGreaterThan(later);
});

test('in English time runs left to right: an earlier event sits to the left of a later one', async ({
  page,
}) => {
  await page.goto(`/?${BOTH}&lang=en`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const earlier = await itemX(page, EARLIER);
  const later = await itemX(page, LATER);
  expect(earlier).toBeLessThan(later);
});
