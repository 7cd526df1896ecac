import { expect, test, type Locator, type Page } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { detailsPanel, eventsWhere, listButton, listItems, openApp } from './support/app.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const EVENT = eventById('2026-02-02-lin-jian-briefing');

/** Presses Tab (or Shift+Tab) until the target has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab', max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test('keyboard only: filter by a forum, reach an event in the list, open it, read it, close it', async ({
  page,
}) => {
  const inForum = eventsWhere((e) => e.forums.includes('un'));
  expect(inForum).toContainEqual(EVENT);
  await openApp(page);

  // The first stops are the skip links: to the timeline, then to the list.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى قائمة الأحداث' });
  await expect(skip).toBeFocused();

  // On to a forum chip, and Space presses it.
  const chip = page
    .getByRole('group', { name: 'المنتديات والمنظمات', exact: true })
    .getByRole('button', { name: /^الأمم المتحدة/ });
  await tabTo(page, chip, 'Tab');
  await page.keyboard.press('Space');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(listItems(page)).toHaveCount(firstPageOf(inForum.length));

  // Back to the skip link, which jumps past the filters and the timeline to the list.
  await tabTo(page, skip, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const button = listButton(page, EVENT);
  await tabTo(page, button, 'Tab', inForum.length + 1);

  // Enter opens it; the focus lands on the panel's heading, which reads the title.
  await page.keyboard.press('Enter');
  const heading = detailsPanel(page, EVENT).getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(EVENT.title.ar);

  // Escape closes it and gives the focus back to the event in the list.
  await page.keyboard.press('Escape');
  await expect(detailsPanel(page, EVENT)).toHaveCount(0);
  await expect(button).toBeFocused();
});
