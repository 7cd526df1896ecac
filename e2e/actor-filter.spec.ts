import { expect, test, type Page } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import {
  arabicResults,
  eventsWhere,
  expectShown,
  openApp,
  resultCount,
  urlParam,
} from './support/app.ts';

function actor(id: string) {
  const found = dataset().actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor ${id} in the shipped data`);
  return found;
}

const WANG_YI = actor('wang-yi');
const PUTIN = actor('putin');

function picker(page: Page) {
  return page.getByRole('group', { name: 'المشاركون', exact: true });
}

test('ticking an actor narrows the timeline and the list to their events and writes actors=', async ({
  page,
}) => {
  const total = dataset().events.length;
  const theirs = eventsWhere((e) => e.actors.includes(WANG_YI.id));
  expect(theirs.length).toBeGreaterThan(0);
  expect(theirs.length).toBeLessThan(total);

  await openApp(page);
  await expect(resultCount(page)).toHaveText(arabicResults(total, total));

  await page.getByLabel('ابحث عن مشارك').fill('وانغ');
  await picker(page)
    .getByRole('checkbox', { name: new RegExp(`^${WANG_YI.name.ar}`) })
    .check();

  await expect(resultCount(page)).toHaveText(arabicResults(theirs.length, total));
  await expectShown(page, theirs);
  await expect.poll(() => urlParam(page, 'actors')).toBe(WANG_YI.id);
});

for (const spelling of ['فان يي', 'Wang', 'وانج']) {
  test(`the picker finds Wang Yi by the spelling «${spelling}»`, async ({ page }) => {
    await openApp(page);
    const search = page.getByLabel('ابحث عن مشارك');
    const wangYi = picker(page).getByRole('checkbox', { name: new RegExp(`^${WANG_YI.name.ar}`) });
    const putin = picker(page).getByRole('checkbox', { name: new RegExp(`^${PUTIN.name.ar}`) });

    await search.fill(spelling);
    await expect(wangYi).toBeVisible();
    // The picker narrows to the match: a name that does not match is gone.
    await expect(putin).toHaveCount(0);

    await search.fill('');
    await expect(putin).toBeVisible();
  });
}
