import { expect, test } from '@playwright/test';
import { firstPageOf } from '../src/domain/listPage.ts';
import { dataset } from './support/dataset.ts';
import {
  arabicResults,
  drawnIds,
  eventsWhere,
  expectShown,
  listItems,
  timelineItems,
  openApp,
  resultCount,
  urlParam,
} from './support/app.ts';

const UN = dataset().forums.find((f) => f.id === 'un');
if (!UN) throw new Error('no forum un in the shipped data');

test('a forum chip narrows the timeline and the list, writes forums=, and toggling it off restores all', async ({
  page,
}) => {
  const all = dataset().events;
  const inForum = eventsWhere((e) => e.forums.includes(UN.id));
  expect(inForum.length).toBeGreaterThan(0);
  expect(inForum.length).toBeLessThan(all.length);

  await openApp(page);
  await expect(timelineItems(page).first()).toBeVisible();
  const opening = (await drawnIds(page)).sort();
  const chip = page
    .getByRole('group', { name: 'المنتديات والمنظمات', exact: true })
    .getByRole('button', { name: new RegExp(`^${(UN.short ?? UN.name).ar}`) });
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(resultCount(page)).toHaveText(arabicResults(all.length, all.length));

  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(resultCount(page)).toHaveText(arabicResults(inForum.length, all.length));
  await expectShown(page, inForum);
  await expect.poll(() => urlParam(page, 'forums')).toBe(UN.id);

  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(resultCount(page)).toHaveText(arabicResults(all.length, all.length));
  await expect(listItems(page)).toHaveCount(firstPageOf(all.length));
  // The timeline is back on the opening view of all events: the latest of them, readable.
  await expect.poll(async () => (await drawnIds(page)).sort()).toEqual(opening);
  await expect.poll(() => urlParam(page, 'forums')).toBe('');
});
