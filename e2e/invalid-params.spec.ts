import { expect, test } from '@playwright/test';
import { eventsWhere, listItems, openApp, urlParam } from './support/app.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a link with bad values keeps the good ones and lists the rest, as text, in a dismissible notice', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const putins = eventsWhere((e) => e.actors.includes('putin'));

  await openApp(
    page,
    `/?actors=putin~nobody&date=2026-13-45&forums=${encodeURIComponent(HOSTILE)}&utm_source=x`,
  );

  const notice = page.getByRole('status').filter({ hasText: 'تجاهلنا جزءًا من الرابط' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(3);
  await expect(notice).toContainText('actors=nobody');
  await expect(notice).toContainText('مشارك غير موجود في البيانات');
  await expect(notice).toContainText('date=2026-13-45');
  await expect(notice).toContainText('تاريخ غير صالح');
  // The hostile value is shown as the text it is, never parsed as markup.
  await expect(notice).toContainText(`forums=${HOSTILE}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // Foreign parameters are ignored silently.
  await expect(notice).not.toContainText('utm_source');

  // putin is kept: the picker has him ticked and the list holds his events.
  await expect(
    page
      .getByRole('group', { name: 'المشاركون', exact: true })
      .getByRole('checkbox', { name: /^فلاديمير بوتين/ }),
  ).toBeChecked();
  await expect(listItems(page)).toHaveCount(firstPageOf(putins.length));
  // The address is rewritten to the view it shows.
  await expect.poll(() => urlParam(page, 'actors')).toBe('putin');
  expect(urlParam(page, 'utm_source')).toBe('');
  expect(urlParam(page, 'date')).toBe('');
  expect(urlParam(page, 'forums')).toBe('');

  await notice.getByRole('button', { name: 'إخفاء التنبيه' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByText(HOSTILE)).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a broken percent escape is dropped with the notice, not searched for as "�%A"', async ({
  page,
}) => {
  const all = eventsWhere(() => true);
  // Not through encodeURIComponent: the link must reach the page as broken as it was written.
  await openApp(page, '/?q=%E0%A4%A&lang=en&digits=ar%E0', 'en');

  const notice = page.getByRole('status').filter({ hasText: 'Parts of the link were ignored' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(2);
  await expect(notice).toContainText('q=%E0%A4%A — damaged encoding');
  await expect(notice).toContainText('digits=ar%E0 — damaged encoding');
  await expect(notice).not.toContainText('\uFFFD');
  // No search is applied: the box is empty and every event is listed.
  await expect(page.getByLabel('Search events')).toHaveValue('');
  await expect(listItems(page, 'en')).toHaveCount(firstPageOf(all.length));
  await expect.poll(() => urlParam(page, 'lang')).toBe('en');
  expect(urlParam(page, 'q')).toBe('');

  // The same notice in Arabic, with the value still left to right inside it.
  await page.getByRole('button', { name: 'التبديل إلى العربية' }).click();
  const arabic = page.getByRole('status').filter({ hasText: 'تجاهلنا جزءًا من الرابط' });
  await expect(arabic).toContainText('q=%E0%A4%A — ترميز تالف في الرابط');
  await expect(arabic.locator('bdi', { hasText: 'q=%E0%A4%A' })).toHaveAttribute('dir', 'ltr');
});
