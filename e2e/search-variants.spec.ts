import { expect, test, type Page } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import {
  arabicResults,
  eventList,
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
    const count = (await resultCount(page).textContent()) ?? '';
    // The list's first page: a long result continues behind "earlier events".
    const found = await listItems(page).allTextContents();
    expect(found.length).toBeGreaterThan(0);

    await search(page, variant);
    await expect(listItems(page)).toHaveText(found);
    await expect(resultCount(page)).toHaveText(count);
  });
}

test('searching «بوتن» lists the events that name Putin only in their text', async ({ page }) => {
  const mentions = eventsWhere(
    (e) => !e.actors.includes('putin') && `${e.title.ar} ${e.summary?.ar ?? ''}`.includes('بوتين'),
  );
  expect(mentions.length).toBeGreaterThan(0);
  await openApp(page);

  await search(page, 'بوتن');
  // Putin's events fill more than a page: the reader asks for the earlier ones until none are left.
  const earlier = eventList(page).getByRole('button', { name: /^عرض .*(سابق|السابق)/ });
  while ((await earlier.count()) > 0) await earlier.click();
  for (const event of mentions) await expect(listButton(page, event)).toBeVisible();
});

test('a link with a search opens on its results, with no moment of unfiltered results', async ({
  page,
}) => {
  const total = dataset().events.length;
  const expected = eventsWhere((e) => `${e.title.ar} ${e.summary?.ar ?? ''}`.includes('بوتين'));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(total);
  // Every count the page shows, frame by frame from its first (the page's HTML holds the opening
  // view's panel too, hidden from the first frame on a link like this one: not shown, not counted).
  await page.addInitScript(`
    window.__counts = [];
    const look = () => {
      const count = document.querySelector('#filter-panel [aria-live]');
      const text = count && count.checkVisibility() ? count.textContent : '';
      if (text && window.__counts[window.__counts.length - 1] !== text) window.__counts.push(text);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);`);
  await page.goto(`/?q=${encodeURIComponent('بوتين')}`);
  await expect(resultCount(page)).toHaveText(arabicResults(expected.length, total));
  await expect(page.getByLabel('بحث في الأحداث')).toHaveValue('بوتين');
  const counts = (await page.evaluate('window.__counts')) as string[];
  expect(counts).not.toContain(arabicResults(total, total));
});
