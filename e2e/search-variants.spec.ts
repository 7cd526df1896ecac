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

// «بوتن» is one of Putin's listed aliases, and the loose key (long vowels come and go in foreign
// names) is matched against participants' names only, never against titles and summaries. So it
// finds every event Putin took part in, but not the events whose text merely mentions him, which
// «بوتين» also finds (reported to the lead; the spec asserts what holds today).
test('searching «بوتن» (without the long vowel) finds every event Putin took part in', async ({
  page,
}) => {
  const total = dataset().events.length;
  const putins = eventsWhere((e) => e.actors.includes('putin'));
  expect(putins.length).toBeGreaterThan(0);
  await openApp(page);

  await search(page, 'بوتين');
  await expect(resultCount(page)).not.toHaveText(arabicResults(total, total));
  const standard = await listItems(page).allTextContents();

  await search(page, 'بوتن');
  await expect(resultCount(page)).toHaveText(arabicResults(putins.length, total));
  for (const event of putins) await expect(listButton(page, event)).toBeVisible();
  for (const text of await listItems(page).allTextContents()) expect(standard).toContain(text);
});
