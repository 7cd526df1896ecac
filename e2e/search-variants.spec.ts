import { expect, test, type Page } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import {
  arabicResults,
  eventsWhere,
  listButton,
  listItems,
  openApp,
  resultCount,
  urlParam,
} from './support/app.ts';

// Each pair: the standard spelling, and a spelling readers also type.
const VARIANTS = [
  { standard: 'بوتين', variant: 'بُوتِين', why: 'with tashkeel' },
  // An alias of Putin: it must also find the events that name him only in their text.
  { standard: 'بوتين', variant: 'بوتن', why: 'without the long vowel' },
  { standard: 'الأقطاب', variant: 'الاقطاب', why: 'without the hamza' },
  { standard: 'إقامة', variant: 'اقامه', why: 'without the hamza, ه for ة' },
];

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('بحث في الأحداث').fill(text);
  await expect.poll(() => urlParam(page, 'q')).toBe(text);
}

for (const { standard, variant, why } of VARIANTS) {
  test(`searching «${variant}» (${why}) finds what «${standard}» finds`, async ({ page }) => {
    const total = dataset().events.length;
    await openApp(page);

    await search(page, standard);
    await expect(resultCount(page)).not.toHaveText(arabicResults(total, total));
    await expect(resultCount(page)).not.toHaveText(arabicResults(0, total));
    const found = await listItems(page).allTextContents();
    expect(found.length).toBeGreaterThan(0);

    await search(page, variant);
    await expect(listItems(page)).toHaveText(found);
    await expect(resultCount(page)).toHaveText(arabicResults(found.length, total));
  });
}

test('searching «بوتن» lists the events that name Putin only in their text', async ({ page }) => {
  const mentions = eventsWhere(
    (e) => !e.actors.includes('putin') && `${e.title.ar} ${e.summary?.ar ?? ''}`.includes('بوتين'),
  );
  expect(mentions.length).toBeGreaterThan(0);
  await openApp(page);

  await search(page, 'بوتن');
  for (const event of mentions) await expect(listButton(page, event)).toBeVisible();
});
