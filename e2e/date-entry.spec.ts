// Dates typed the way their readers write them: day first, Arabic-Indic digits, month names, a
// month or a year alone; what cannot be read is said plainly and moves nothing.
import { expect, test, type Page } from '@playwright/test';
import {
  eventsWhere,
  expectShown,
  filterPanel,
  openApp,
  timelineItem,
  urlParam,
} from './support/app.ts';
import { settled } from './support/timeline.ts';

const HIGHLIGHTED = '.vis-item.vis-box.is-highlighted, .vis-item.vis-range.is-highlighted';

/** The overview strip's reading of the window on screen ("المعروض من … إلى …"). */
function shownWindow(page: Page, name = 'نظرة عامة على الخط الزمني: الجزء المعروض') {
  return page.getByRole('slider', { name }).getAttribute('aria-valuetext');
}

test('a day typed day first in Arabic-Indic digits goes to that day and highlights it', async ({
  page,
}) => {
  const day = '2026-02-04';
  const onDay = eventsWhere((e) => e.date.precision === 'day' && e.from <= day && day <= e.to);
  expect(onDay.length).toBeGreaterThan(0);
  await openApp(page);
  await settled(page);

  const field = page.getByLabel('اذهب إلى تاريخ');
  await field.fill('٤/٢/٢٠٢٦');
  // Read back in words, with the Hijri date, before anything moves.
  const readBack = page.getByText('الأربعاء، 4 فبراير 2026 — 16 شعبان 1447 هـ');
  await expect(readBack).toBeVisible();
  await expect(field).toHaveAccessibleDescription(/الأربعاء، 4 فبراير 2026 — 16 شعبان 1447 هـ/);
  await page.getByRole('button', { name: 'اذهب', exact: true }).click();

  await expect.poll(() => urlParam(page, 'date')).toBe(day);
  await expect(page.locator(HIGHLIGHTED)).toHaveCount(onDay.length);
  for (const event of onDay) {
    await expect(timelineItem(page, event)).toHaveClass(/\bis-highlighted\b/);
  }
  // 2 April would be the American reading of 4/2: it is not where the timeline went.
  expect(urlParam(page, 'date')).not.toBe('2026-04-02');
});

test('a month typed by name shows that whole month', async ({ page }) => {
  await openApp(page);
  await settled(page);
  await page.getByLabel('اذهب إلى تاريخ').fill('فبراير 2026');
  await expect(page.getByText(/^فبراير 2026 — 13 شعبان – 11 رمضان 1447 هـ$/)).toBeVisible();
  await page.getByLabel('اذهب إلى تاريخ').press('Enter');

  await expect.poll(() => urlParam(page, 'range')).toBe('2026-02');
  expect(urlParam(page, 'date')).toBe('');
  await settled(page);
  await expect.poll(() => shownWindow(page)).toBe('المعروض من 1 فبراير 2026 إلى 28 فبراير 2026');
  // A fresh load of the link shows the month in the field, as the page writes it.
  await page.reload();
  await expect(page.getByLabel('اذهب إلى تاريخ')).toHaveValue('فبراير 2026');
});

test('a day the month does not have is named, announced, and moves nothing', async ({ page }) => {
  await openApp(page, '/?date=2024-10-22');
  await settled(page);
  const before = await shownWindow(page);
  const field = page.getByLabel('اذهب إلى تاريخ');
  // The linked day fills the field.
  await expect(field).toHaveValue('22 أكتوبر 2024');

  await field.fill('31/4/2026');
  await page.getByRole('button', { name: 'اذهب', exact: true }).click();

  const message = 'لا يوجد يوم 31 في أبريل 2026، فآخر أيامه 30.';
  await expect(page.getByText(message)).toBeVisible();
  // Announced: it sits in a polite live region, and the field points to it.
  await expect(
    page.getByText(message).locator('xpath=ancestor-or-self::*[@aria-live]'),
  ).toHaveAttribute('aria-live', 'polite');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(message));
  // The reader is still in the field, to correct it.
  await expect(field).toBeFocused();
  expect(urlParam(page, 'date')).toBe('2024-10-22');
  expect(await shownWindow(page)).toBe(before);

  // Corrected, the message gives way to the reading.
  await field.fill('30/4/2026');
  await expect(page.getByText(message)).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('الخميس، 30 أبريل 2026 — 13 ذو القعدة 1447 هـ')).toBeVisible();
});

test('a misspelt month is quoted back', async ({ page }) => {
  await openApp(page);
  const field = page.getByLabel('اذهب إلى تاريخ');
  await field.fill('4 فبرير 2026');
  await field.press('Enter');
  await expect(page.getByText('لم أفهم الشهر «فبرير»', { exact: false })).toBeVisible();
  await expect(field).toBeFocused();
  expect(urlParam(page, 'date')).toBe('');
});

test('in English, "Feb 4, 2026" goes to 4 February', async ({ page }) => {
  await openApp(page, '/?lang=en', 'en');
  await settled(page);
  const field = page.getByLabel('Go to date');
  await field.fill('Feb 4, 2026');
  await expect(page.getByText('Wednesday, 4 February 2026 — 16 Shaʻban 1447 AH')).toBeVisible();
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect.poll(() => urlParam(page, 'date')).toBe('2026-02-04');
  await expect(page.locator(HIGHLIGHTED).first()).toBeVisible();
});

test('the period takes a year to a year and filters the list', async ({ page }) => {
  const inPeriod = eventsWhere((e) => e.to >= '2024-01-01' && e.from <= '2025-12-31');
  expect(inPeriod.length).toBeGreaterThan(0);
  expect(inPeriod.length).toBeLessThan(eventsWhere(() => true).length);
  await openApp(page);
  const panel = filterPanel(page);
  const from = panel.getByLabel('من', { exact: true });
  const to = panel.getByLabel('إلى', { exact: true });

  await from.fill('2024');
  await from.press('Enter');
  await to.fill('٢٠٢٥');
  await to.press('Enter');

  await expect.poll(() => urlParam(page, 'period')).toBe('2024..2025');
  await expectShown(page, inPeriod);
  await expect(to).toHaveValue('٢٠٢٥');

  // Clearing the filters empties both fields.
  await panel.getByRole('button', { name: 'إعادة الضبط' }).click();
  await expect(from).toHaveValue('');
  await expect(to).toHaveValue('');
});

test('each period label sits with its own field, the "to" field below the "from" one', async ({
  page,
}) => {
  for (const [width, height] of [
    [1366, 800],
    [360, 740],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openApp(page);
    if (width < 768) await page.getByRole('button', { name: /إظهار عوامل التصفية/ }).click();
    const panel = filterPanel(page);
    const fields = [
      panel.getByLabel('من', { exact: true }),
      panel.getByLabel('إلى', { exact: true }),
    ];
    const labels = [
      panel.locator('label').filter({ hasText: /^من$/ }),
      panel.locator('label').filter({ hasText: /^إلى$/ }),
    ];
    // Measured in one scroll position: boxes are relative to the viewport.
    await fields[0]?.scrollIntoViewIfNeeded();
    const boxes = [];
    for (let i = 0; i < 2; i++) {
      const field = await fields[i]?.boundingBox();
      const label = await labels[i]?.boundingBox();
      if (!field || !label) throw new Error('the period fields have no box');
      boxes.push({ field, label });
    }
    const [a, b] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
    for (const { field, label } of boxes) {
      // Directly above its own field: nothing between them.
      expect(label.y + label.height).toBeLessThanOrEqual(field.y + 1);
      expect(field.y - (label.y + label.height)).toBeLessThan(12);
    }
    // The "to" group starts below the "from" field, so "إلى" can never sit beside "from".
    expect(b.label.y).toBeGreaterThanOrEqual(a.field.y + a.field.height);

    // And the field labelled «إلى» is the one that sets the end.
    await fields[1]?.fill('2025');
    await fields[1]?.press('Enter');
    await expect.poll(() => urlParam(page, 'period')).toMatch(/\.\.2025$/);
  }
});
