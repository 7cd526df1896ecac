// A control that goes away, or goes out of use, as the reader presses it must not drop their
// focus to the page's start: with the keyboard (or a screen reader) they would start over from
// the top of a long page. Each of these failed before: the focus fell to <body>.
import { expect, test, type Locator } from '@playwright/test';
import { dataset, eventById } from './support/dataset.ts';
import {
  detailsPanel,
  eventList,
  filterPanel,
  holdRequests,
  listButton,
  listItems,
  openApp,
} from './support/app.ts';
import { tabTo } from './support/keyboard.ts';
import { LIST_PAGE } from '../src/domain/listPage.ts';

/** The focused element is this one, on screen, and a pointer at its centre reaches it. */
async function expectFocusedAndSeen(target: Locator) {
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  const reached = await target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = el.ownerDocument.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
  expect(reached).toBe(true);
}

test('the filter panel’s reset keeps the focus, and Tab goes on to the next control', async ({
  page,
}) => {
  await openApp(page, '/?forums=sco');
  const panel = filterPanel(page);
  const reset = panel.getByRole('button', { name: 'إعادة الضبط', exact: true });
  await tabTo(page, reset);
  await page.keyboard.press('Enter');

  const total = dataset().events.length;
  await expect(panel.getByRole('status')).toContainText(String(total));
  // Nothing left to reset: the button says so, and still holds the focus.
  await expect(reset).toHaveAttribute('aria-disabled', 'true');
  await expectFocusedAndSeen(reset);
  // Pressing it again changes nothing.
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toContainText(String(total));
  await expect(page).not.toHaveURL(/forums=/);
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('searchbox', { name: 'بحث في الأحداث' })).toBeFocused();
});

test('“show all events” on an empty result moves the focus to the list it brings back', async ({
  page,
}) => {
  // A participant and a forum that never meet: no event matches both.
  const { events, actors, forums } = dataset();
  const pair = actors
    .flatMap((a) => forums.map((f) => [a.id, f.id] as const))
    .find(([a, f]) => !events.some((e) => e.actors.includes(a) && e.forums.includes(f)));
  if (!pair) throw new Error('every participant meets every forum: no empty result to reach');
  await page.goto(`/?actors=${pair[0]}&forums=${pair[1]}`);
  const showAll = page.getByRole('button', { name: 'عرض كل الأحداث', exact: true });
  await expect(showAll).toBeVisible();
  await expect(listItems(page)).toHaveCount(0);
  await tabTo(page, showAll);
  await page.keyboard.press('Enter');

  await expect(showAll).toHaveCount(0);
  await expect(listItems(page).first()).toBeVisible();
  await expect(eventList(page)).toBeFocused();
  await expect(eventList(page)).toBeInViewport();
  // The next Tab is inside the list, not back at the page's first control.
  await page.keyboard.press('Tab');
  const inList = await eventList(page).evaluate((list) =>
    list.contains(list.ownerDocument.activeElement),
  );
  expect(inList).toBe(true);
});

test('showing earlier events moves the focus to the first row they bring', async ({ page }) => {
  const events = dataset().events;
  expect(events.length).toBeGreaterThan(LIST_PAGE);
  // Newest first: the button under the first page brings the events after it in that order.
  const firstNew = [...events].reverse()[LIST_PAGE];
  if (!firstNew) throw new Error('no second page of events');
  await openApp(page);
  const rest = events.length - LIST_PAGE;
  const more = eventList(page).getByRole('button', {
    name: new RegExp(`^عرض ${Math.min(rest, LIST_PAGE)} `),
  });
  await tabTo(page, more, 'Tab', 200);
  await page.keyboard.press('Enter');

  const row = eventList(page).getByRole('link', { name: firstNew.title.ar });
  await expectFocusedAndSeen(row);
  await expect(listItems(page)).toHaveCount(Math.min(events.length, 2 * LIST_PAGE));
});

test('an export keeps the focus on the format the reader pressed while the file is prepared', async ({
  page,
}) => {
  await openApp(page, '/?forums=brics');
  const menu = page.getByRole('button', { name: 'تصدير أحداث هذا العرض أو الاستشهاد به' });
  await tabTo(page, menu);
  await page.keyboard.press('Enter');
  const csv = page.getByRole('button', { name: 'جدول (CSV)', exact: true });
  await tabTo(page, csv);
  // The file's writer is loaded on demand: held back, the file stays "being prepared".
  const writer = await holdRequests(page, /\/assets\/export[^/]*\.js$/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'جارٍ تجهيز الملف' })).toBeVisible();
  await expect(csv).toHaveAttribute('aria-disabled', 'true');
  await expect(csv).toBeFocused();
  writer.release();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(csv).toHaveAttribute('aria-disabled', 'false');
  await expect(csv).toBeFocused();
});

test('hiding a notice moves the focus to the next notice, then on to the filters', async ({
  page,
}) => {
  // An unknown participant is ignored with a notice, and the date has one of its own.
  await openApp(page, '/?actors=nobody-at-all&date=2024-10-22');
  const hide = page.getByRole('button', { name: 'إخفاء التنبيه', exact: true });
  await expect(hide).toHaveCount(2);
  await tabTo(page, hide.first());
  await page.keyboard.press('Enter');

  await expect(hide).toHaveCount(1);
  await expectFocusedAndSeen(hide);
  await page.keyboard.press('Enter');

  await expect(hide).toHaveCount(0);
  // The filters' region takes the focus (it is the skip links' target too), and Tab goes on
  // into it rather than back to the page's first control.
  const filters = page.locator('#filters');
  await expect(filters).toBeFocused();
  await page.keyboard.press('Tab');
  const inFilters = await filters.evaluate((aside) =>
    aside.contains(aside.ownerDocument.activeElement),
  );
  expect(inFilters).toBe(true);
});

test('closing an event opened by a link moves the focus to its row in the list', async ({
  page,
}) => {
  const kazan = eventById('2024-10-22-brics-kazan-summit');
  await openApp(page, `/?event=${kazan.id}`);
  const panel = detailsPanel(page, kazan);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  const close = panel.getByRole('button', { name: `إغلاق: ${kazan.title.ar}` });
  await tabTo(page, close);
  await page.keyboard.press('Enter');

  await expect(panel).toHaveCount(0);
  await expectFocusedAndSeen(listButton(page, kazan));
});
