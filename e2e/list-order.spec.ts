// The list reads newest first, as newsrooms read; oldest first is one choice away and the link
// keeps it. The timeline is untouched: it runs along time either way.
import { expect, test, type Page } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import { LIST_PAGE } from '../src/domain/listPage.ts';
import { eventList, listItems, openApp, urlParam } from './support/app.ts';

const ids = (page: Page) =>
  listItems(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-event-id')));
const chronological = () => dataset().events.map((e) => e.id);
// The list shows its first page: the newest (or oldest) LIST_PAGE events.
const newestPage = () => chronological().reverse().slice(0, LIST_PAGE);
const oldestPage = () => chronological().slice(0, LIST_PAGE);

test('the list is newest first by default; oldest first reorders it, goes into the link and survives a reload', async ({
  page,
}) => {
  await openApp(page);
  const order = eventList(page).getByLabel('الترتيب');
  await expect(order).toHaveValue('newest');
  expect(await ids(page)).toEqual(newestPage());
  expect(urlParam(page, 'order')).toBe('');

  await order.selectOption({ label: 'الأقدم أولًا' });
  await expect.poll(() => ids(page)).toEqual(oldestPage());
  await expect.poll(() => urlParam(page, 'order')).toBe('oldest');

  await page.reload();
  await expect(listItems(page).first()).toBeVisible();
  await expect(eventList(page).getByLabel('الترتيب')).toHaveValue('oldest');
  expect(await ids(page)).toEqual(oldestPage());

  // Back returns to newest first, as any other change of view.
  await page.goBack();
  await expect.poll(() => urlParam(page, 'order')).toBe('');
  await expect.poll(() => ids(page)).toEqual(newestPage());
});

test('resetting the filters keeps the order: it is how the list reads, not what it holds', async ({
  page,
}) => {
  await openApp(page, '/?order=oldest&forums=brics');
  await page.getByRole('button', { name: 'إعادة الضبط' }).click();
  await expect.poll(() => urlParam(page, 'forums')).toBe('');
  expect(urlParam(page, 'order')).toBe('oldest');
  await expect.poll(() => ids(page)).toEqual(oldestPage());
});

test('a link with an unknown order says so politely and reads newest first', async ({ page }) => {
  await openApp(page, '/?order=random');
  const notice = page.getByRole('status').filter({ hasText: 'تجاهلنا جزءًا من الرابط' });
  await expect(notice).toContainText('order=random');
  await expect(notice).toContainText('قيمة غير مفهومة');
  await expect(eventList(page).getByLabel('الترتيب')).toHaveValue('newest');
  expect(await ids(page)).toEqual(newestPage());
  await expect.poll(() => urlParam(page, 'order')).toBe('');
});
