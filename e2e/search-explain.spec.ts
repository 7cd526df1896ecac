// Search says why an event matched: the words it found are marked, in the spelling the text uses
// whatever spelling was typed, and an event found only in its summary says so in the list.
import { expect, test, type Page } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import {
  detailsPanel,
  eventList,
  eventsWhere,
  listButton,
  openApp,
  urlParam,
} from './support/app.ts';

// Wang Yi's own events, with his name in their titles; the Belt and Road forum, which names him
// only in its summary; and the foreign ministry briefing, which names him in its title without
// listing him as a participant.
const OWN = eventsWhere((e) => e.actors.includes('wang-yi'));
const SUMMARY_ONLY = eventById('2023-10-17-belt-and-road-forum');
const BRIEFING = eventById('2026-02-02-lin-jian-briefing');
const OPENED = eventById('2024-09-10-wang-yi-shoigu-st-petersburg');

async function search(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label).fill(text);
  await expect.poll(() => urlParam(page, 'q')).toBe(text);
}

function item(page: Page, id: string, lang: 'ar' | 'en' = 'ar') {
  return eventList(page, lang).locator(`li[data-event-id="${id}"]`);
}

test('«فان يي» marks «وانغ يي» in the list and the details, and notes the summary-only match', async ({
  page,
}) => {
  expect(OWN.length).toBe(4);
  await openApp(page);
  await search(page, 'بحث في الأحداث', 'فان يي');
  // His own events, the briefing and the summary-only match are all there (the search also finds
  // other events that name a «وانغ», such as Wang Guangya's vetoes); one sentence says where
  // search looks, so more results than the participant filter's four are no mystery.
  for (const event of [...OWN, BRIEFING, SUMMARY_ONLY])
    await expect(item(page, event.id)).toBeVisible();
  await expect(eventList(page)).toContainText('يبحث في العناوين والملخّصات والأماكن');

  for (const event of [...OWN, BRIEFING]) {
    await expect(item(page, event.id).locator('mark').first()).toHaveText('وانغ يي');
    await expect(item(page, event.id)).not.toContainText('ورد في الملخّص');
  }
  const note = item(page, SUMMARY_ONLY.id)
    .locator('p')
    .filter({ hasText: /^ورد في الملخّص/ });
  await expect(note).toBeVisible();
  await expect(note.locator('mark')).toHaveText(['وانغ يي']);

  await listButton(page, OPENED).click();
  const panel = detailsPanel(page, OPENED);
  await expect(panel.getByRole('heading', { level: 2 }).locator('mark')).toHaveText(['وانغ يي']);
  // Among the participants, and every spelling in the summary: the full name and the bare «وانغ».
  await expect(panel.getByRole('definition').locator('mark')).toHaveText(['وانغ يي']);
  await expect(panel.locator('p mark')).toHaveText(['وانغ يي', 'وانغ']);
});

test('«Wang» in English marks «Wang Yi» and notes the summary match in English', async ({
  page,
}) => {
  await openApp(page, '/?lang=en', 'en');
  await search(page, 'Search events', 'Wang');
  for (const event of [...OWN, BRIEFING, SUMMARY_ONLY]) {
    await expect(item(page, event.id, 'en')).toBeVisible();
  }
  await expect(eventList(page, 'en')).toContainText('Search looks in titles, summaries and places');
  await expect(item(page, BRIEFING.id, 'en').locator('mark')).toHaveText(['Wang Yi']);
  const note = item(page, SUMMARY_ONLY.id, 'en')
    .locator('p')
    .filter({ hasText: /^Mentioned in the summary/ });
  await expect(note.locator('mark')).toHaveText(['Wang Yi']);
});

test('without a search nothing is marked', async ({ page }) => {
  await openApp(page);
  await expect(eventList(page).locator('mark')).toHaveCount(0);
  await expect(eventList(page)).not.toContainText('يبحث في العناوين');
});
