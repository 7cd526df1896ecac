import { expect, test } from '@playwright/test';
import { dataset, eventById } from './support/dataset.ts';
import {
  detailsPanel,
  eventsWhere,
  listButton,
  listItems,
  openApp,
  urlParam,
} from './support/app.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const EVENT = eventById('2026-02-01-shoigu-wang-yi-beijing');
const FORUM = 'un';

test('Back and Forward walk through selections and filters: the panel and filters follow the link', async ({
  page,
}) => {
  const all = dataset().events;
  const inForum = eventsWhere((e) => e.forums.includes(FORUM));
  expect(inForum).toContainEqual(EVENT);
  expect(inForum.length).toBeLessThan(all.length);

  await openApp(page);
  const heading = detailsPanel(page, EVENT).getByRole('heading', {
    level: 2,
    name: EVENT.title.ar,
  });
  const chip = page
    .getByRole('group', { name: 'المنتديات والمنظمات', exact: true })
    .getByRole('button', { name: /^الأمم المتحدة/ });

  // 1. Select an event.
  await listButton(page, EVENT).click();
  await expect(heading).toBeVisible();
  await expect.poll(() => urlParam(page, 'event')).toBe(EVENT.id);

  // 2. Filter by a forum.
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(listItems(page)).toHaveCount(firstPageOf(inForum.length));
  await expect.poll(() => urlParam(page, 'forums')).toBe(FORUM);

  // Back: the filter is undone, the event stays open.
  await page.goBack();
  await expect.poll(() => urlParam(page, 'forums')).toBe('');
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(listItems(page)).toHaveCount(firstPageOf(all.length));
  await expect(heading).toBeVisible();

  // Back again: the event closes.
  await page.goBack();
  await expect.poll(() => urlParam(page, 'event')).toBe('');
  await expect(heading).toHaveCount(0);
  await expect(listItems(page)).toHaveCount(firstPageOf(all.length));

  // Forward: the event opens again, then the filter comes back.
  await page.goForward();
  await expect.poll(() => urlParam(page, 'event')).toBe(EVENT.id);
  await expect(heading).toBeVisible();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');

  await page.goForward();
  await expect.poll(() => urlParam(page, 'forums')).toBe(FORUM);
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(listItems(page)).toHaveCount(firstPageOf(inForum.length));
  await expect(heading).toBeVisible();
});
