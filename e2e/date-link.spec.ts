import { expect, test } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { detailsPanel, eventsWhere, openApp, timelineItem, urlParam } from './support/app.ts';

test('a link to a day highlights that day’s events and says how many', async ({ page }) => {
  const day = '2026-02-04';
  // Events dated to that day; those known only to the month or year merely may include it.
  const onDay = eventsWhere((e) => e.date.precision === 'day' && e.from <= day && day <= e.to);
  expect(onDay).toHaveLength(2);

  await openApp(page, `/?date=${day}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'حدثان في 4 فبراير 2026 مميَّزان على الخط الزمني' }),
  ).toBeVisible();
  const highlighted = page.locator(
    '.vis-item.vis-box.is-highlighted, .vis-item.vis-range.is-highlighted',
  );
  await expect(highlighted).toHaveCount(onDay.length);
  for (const event of onDay) {
    await expect(timelineItem(page, event)).toHaveClass(/\bis-highlighted\b/);
  }
  // A neighbour a few days earlier is in view but not highlighted.
  const neighbour = eventById('2026-02-01-shoigu-wang-yi-beijing');
  await expect(timelineItem(page, neighbour)).toBeVisible();
  await expect(timelineItem(page, neighbour)).not.toHaveClass(/\bis-highlighted\b/);
});

test('a link to a day without events says so and offers the nearest events, which open', async ({
  page,
}) => {
  // No event is dated to this day (two approximate ones, "2026" and "January to June 2026",
  // may include it, but do not explain it).
  const day = '2026-01-15';
  const precise = eventsWhere((e) => e.date.precision === 'day');
  expect(precise.filter((e) => e.from <= day && day <= e.to)).toHaveLength(0);
  const before = precise.filter((e) => e.to < day).at(-1);
  const after = precise.find((e) => e.from > day);
  if (!before || !after) throw new Error('the shipped data should have events on both sides');

  await openApp(page, `/?date=${day}`);
  const notice = page.getByRole('status').filter({ hasText: 'لا أحداث مسجلة في 15 يناير 2026' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('أقرب الأحداث');
  await expect(notice.getByRole('button', { name: before.title.ar })).toBeVisible();
  const next = notice.getByRole('button', { name: after.title.ar });
  await expect(next).toBeVisible();
  await expect(page.locator('.vis-item.is-highlighted')).toHaveCount(0);

  await next.click();
  await expect(
    detailsPanel(page, after).getByRole('heading', { level: 2, name: after.title.ar }),
  ).toBeVisible();
  await expect.poll(() => urlParam(page, 'event')).toBe(after.id);
});
