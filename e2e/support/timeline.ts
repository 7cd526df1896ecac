// The timeline as a reader sees it: an event's card, the visible part of the timeline, and
// whether a card can be read and reached there.
import { expect, type Locator, type Page } from '@playwright/test';
import type { TimelineEvent } from '../../src/domain/schema.ts';
import { expectReachable } from './pointer.ts';

/** The part of the timeline that shows cards (it scrolls up and down when they stack high). */
export function cardArea(page: Page): Locator {
  return page.locator('.masar-timeline .vis-panel.vis-center');
}

/** An event's card on the timeline: its dots and title. */
export function card(page: Page, event: TimelineEvent): Locator {
  return page.locator(`.masar-item-content[data-event-id="${event.id}"]`);
}

/** The card is on screen inside the timeline, and a pointer at its centre reaches it. */
export async function expectReadable(page: Page, event: TimelineEvent): Promise<void> {
  await expectReachable(card(page, event), cardArea(page));
}

/** Ids of the events whose cards lie, whole, inside the visible part of the timeline. */
export async function idsInView(page: Page): Promise<string[]> {
  const area = await cardArea(page).boundingBox();
  if (!area) throw new Error('the timeline has no box');
  // One read of every card's box: the timeline redraws while a reader scrolls it, and a card
  // listed first and measured later may be gone by then.
  const cards = await page.locator('.masar-item-content[data-event-id]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-event-id') ?? '',
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
      };
    }),
  );
  return cards
    .filter(
      (box) =>
        box.w > 0 &&
        box.x >= area.x - 1 &&
        box.x + box.w <= area.x + area.width + 1 &&
        box.y >= area.y - 1 &&
        box.y + box.h <= area.y + area.height + 1,
    )
    .map((box) => box.id);
}

/** Waits until the timeline has settled: its cards stop moving between two frames. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.masar-item-content').first()).toBeVisible();
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(
        await page
          .locator('.masar-item-content[data-event-id]')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x)),
      );
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
}
