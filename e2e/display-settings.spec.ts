import { expect, test, type Page } from '@playwright/test';
import { dataset, eventById } from './support/dataset.ts';
import { detailsPanel, eventList, listButton, openApp, resultCount } from './support/app.ts';
import { tabTo } from './support/keyboard.ts';

// A day-precise range: it has a Hijri form to lead with.
const KAZAN = eventById('2024-10-22-brics-kazan-summit');
const LATIN = /[0-9]/;
// How many events the shipped data holds, in Latin and in Arabic-Indic digits (no filter applies).
const TOTAL = String(dataset().events.length);
const TOTAL_ARABIC = TOTAL.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const menuButton = (page: Page, name = 'خيارات العرض: الأرقام والتقويم') =>
  page.getByRole('button', { name });
const axis = (page: Page) => page.locator('.vis-timeline .vis-time-axis.vis-foreground');
// vis-timeline measures its label height with a hidden "0" (.vis-measure): no reader sees it.
const axisLabels = (page: Page) => axis(page).locator('.vis-text:not(.vis-measure)');
const firstDate = (page: Page) => eventList(page).getByRole('listitem').first().locator('time');

test('Arabic-Indic digits and Hijri first: chosen by mouse, remembered, shared, and opened by another reader', async ({
  page,
  browser,
}) => {
  await openApp(page, '/');
  await menuButton(page).click();
  await page.getByRole('radio', { name: 'هندية' }).click();

  // Dates, counts and the timeline's axis all switch to ٠-٩.
  await expect(firstDate(page)).toContainText('٢٠٢٦');
  await expect(firstDate(page)).not.toHaveText(LATIN);
  await expect(resultCount(page)).toContainText(TOTAL_ARABIC);
  await expect(resultCount(page)).not.toHaveText(LATIN);
  await expect(axis(page)).toContainText('٢٠٢٦');
  expect((await axisLabels(page).allInnerTexts()).join(' ')).not.toMatch(LATIN);

  await page.getByRole('radio', { name: 'هجري' }).click();
  await expect(listButton(page, KAZAN).locator('time')).toHaveText(
    '١٩–٢١ ربيع الآخر ١٤٤٦ هـ (٢٢–٢٤ أكتوبر ٢٠٢٤)',
  );

  // Remembered on this device, yet never written into the address bar.
  await page.reload();
  await expect(listButton(page, KAZAN).locator('time')).toHaveText(/^١٩–٢١ ربيع الآخر ١٤٤٦ هـ/);
  await expect(axis(page)).toContainText('٢٠٢٦');
  const here = new URL(page.url());
  expect(here.searchParams.has('digits')).toBe(false);
  expect(here.searchParams.has('cal')).toBe(false);

  // The shared link carries them.
  await page.getByRole('button', { name: 'مشاركة الرابط' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'نُسخ الرابط' })).toBeVisible();
  const copied = new URL(await page.evaluate<string>('navigator.clipboard.readText()'));
  expect(copied.searchParams.get('digits')).toBe('arab');
  expect(copied.searchParams.get('cal')).toBe('hijri');

  // A reader with nothing saved sees the page as it was shared.
  const other = await browser.newContext({ locale: 'ar', timezoneId: 'UTC' });
  const them = await other.newPage();
  await openApp(them, copied.href);
  await expect(listButton(them, KAZAN).locator('time')).toHaveText(/^١٩–٢١ ربيع الآخر ١٤٤٦ هـ/);
  await expect(resultCount(them)).toContainText(TOTAL_ARABIC);
  // Applied for the visit, not saved over their own choice.
  expect(await them.evaluate<string | null>("localStorage.getItem('masar.display')")).toBeNull();
  await other.close();
});

test('“copy link to this event” carries the digits and calendar too', async ({ page }) => {
  await openApp(page, `/?event=${KAZAN.id}`);
  await menuButton(page).click();
  await page.getByRole('radio', { name: 'هجري' }).click();
  await page.keyboard.press('Escape');
  const panel = detailsPanel(page, KAZAN);
  // Esc closed the menu, not the event.
  await expect(panel).toBeVisible();
  // The Hijri row leads in the details.
  await expect(panel.locator('dt').first()).toHaveText('بالتقويم الهجري');
  await panel.getByRole('button', { name: 'نسخ رابط هذا الحدث' }).click();
  const link = new URL(await page.evaluate<string>('navigator.clipboard.readText()'));
  expect(link.searchParams.get('event')).toBe(KAZAN.id);
  expect(link.searchParams.get('cal')).toBe('hijri');
  expect(link.searchParams.has('digits')).toBe(false);
});

test('a bad digits value in a link is named in a polite notice and the default applies', async ({
  page,
}) => {
  await openApp(page, '/?digits=xyz');
  const notice = page.getByRole('status').filter({ hasText: 'تجاهلنا جزءًا من الرابط' });
  await expect(notice).toContainText('digits=xyz');
  await expect(notice).toContainText('قيمة غير مفهومة');
  await expect(resultCount(page)).toContainText(TOTAL);
});

test('the menu by keyboard: Tab, Enter, arrows choose, Esc closes and focus returns', async ({
  page,
}) => {
  await openApp(page, '/');
  const button = menuButton(page);
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');

  // Into the digits group, then arrows move the choice as in any radio group.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'لاتينية' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'هندية' })).toBeChecked();
  await expect(firstDate(page)).toContainText('٢٠٢٦');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'ميلادي' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'هجري' })).toBeChecked();

  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('radio', { name: 'هجري' })).toBeHidden();
  await expect(button).toBeFocused();
});

test('in English the menu offers the calendar only, and dates keep Latin digits', async ({
  page,
}) => {
  await openApp(page, '/?lang=en', 'en');
  await page.getByRole('button', { name: 'Display options: digits and calendar' }).click();
  await expect(page.getByRole('radio', { name: 'Arabic-Indic' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Hijri' }).click();
  await expect(listButton(page, KAZAN, 'en').locator('time')).toHaveText(
    /^19\s?–\s?21 Rabiʻ II 1446 AH \(22\s?–\s?24 October 2024\)$/,
  );
});
