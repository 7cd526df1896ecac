import { expect, test } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { clipboard, detailsPanel, openApp, urlParam } from './support/app.ts';

const EVENT = eventById('2024-10-22-brics-kazan-summit');

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('“share link” copies the address of the current view and says so', async ({ page }) => {
  await openApp(page, `/?event=${EVENT.id}&forums=brics`);
  await expect(detailsPanel(page, EVENT)).toBeVisible();

  // A filter typed just before sharing is part of the shared view.
  await page.getByLabel('بحث في الأحداث').fill('قازان');
  await page.getByRole('button', { name: 'مشاركة الرابط' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'نُسخ الرابط إلى الحافظة' }),
  ).toBeVisible();

  const copied = new URL(await clipboard(page));
  expect(copied.searchParams.get('event')).toBe(EVENT.id);
  expect(copied.searchParams.get('forums')).toBe('brics');
  expect(copied.searchParams.get('q')).toBe('قازان');
  // The address bar catches up with the same link.
  await expect.poll(() => page.url()).toBe(copied.href);
});

test('“copy link to this event” copies the event’s own page, which opens that event', async ({
  page,
  context,
}) => {
  await openApp(page, `/?event=${EVENT.id}&forums=brics`);
  const panel = detailsPanel(page, EVENT);
  await panel.getByRole('button', { name: 'نسخ رابط هذا الحدث' }).click();
  await expect(panel.getByRole('status')).toHaveText('نُسخ الرابط إلى الحافظة');

  const link = await clipboard(page);
  // The event's static page (a preview when pasted into a chat); it opens the app on the event.
  expect(new URL(link).pathname).toBe(`/e/${EVENT.id}/`);

  const other = await context.newPage();
  await openApp(other, link);
  await expect(detailsPanel(other, EVENT).getByRole('heading', { level: 2 })).toHaveText(
    EVENT.title.ar,
  );
  expect(urlParam(other, 'event')).toBe(EVENT.id);
});
