// The timeline's code comes in a separate download after the page. If that download fails, the
// rest of the page keeps working, the timeline's place says what happened, and retry loads it.
import { expect, test } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import { listItems, timelineItems } from './support/app.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const ENGINE = '**/assets/Timeline-*.js';

// page.route does not see requests a service worker answers: keep the worker out.
test.use({ serviceWorkers: 'block' });

test('the timeline engine fails to download: the list still works, and retry brings the timeline', async ({
  page,
}) => {
  await page.route(ENGINE, (route) => route.abort('connectionreset'));
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'تعذّر تحميل الخط الزمني' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('القائمة والتصفية تعملان كالمعتاد');
  await expect(listItems(page)).toHaveCount(firstPageOf(dataset().events.length));
  await expect(timelineItems(page)).toHaveCount(0);

  // The rest of the page still answers: a forum filter narrows the list.
  await page
    .getByRole('group', { name: 'المنتديات والمنظمات', exact: true })
    .getByRole('button', { name: /^بريكس/ })
    .click();
  const brics = dataset().events.filter((e) => e.forums.includes('brics')).length;
  await expect(listItems(page)).toHaveCount(brics);

  await page.unroute(ENGINE);
  await alert.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(alert).toHaveCount(0);
  await expect(timelineItems(page).first()).toBeVisible();
  // The timeline opens on the latest of the filtered events (Timeline.tsx: fitRecent), so it
  // holds some of them, and only them.
  const bricsIds = new Set(
    dataset()
      .events.filter((e) => e.forums.includes('brics'))
      .map((e) => e.id),
  );
  const drawn = await page
    .locator('.masar-item-content[data-event-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn.length).toBeLessThanOrEqual(brics);
  for (const id of drawn) expect(bricsIds.has(id), id).toBe(true);
});
