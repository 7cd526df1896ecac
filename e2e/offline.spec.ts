// Offline: once a reader has opened Masar, the service worker keeps the page, the timeline and the
// events working without a network.
import { expect, test } from '@playwright/test';
import { dataset, eventById } from './support/dataset.ts';
import { detailsPanel, listButton, listItems, openApp } from './support/app.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const EVENT = eventById('2025-05-08-xi-visit-moscow');

test.use({ serviceWorkers: 'allow' });

test('after one visit, a reload without network still shows the events, the timeline and details', async ({
  page,
  context,
}) => {
  await openApp(page);
  // Polled from here: waitForFunction with a string predicate needs eval, which the CSP forbids.
  await expect
    .poll(() => page.evaluate<boolean>('navigator.serviceWorker.controller !== null'))
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(listItems(page)).toHaveCount(firstPageOf(dataset().events.length));
  await expect(page.locator('.vis-item.vis-box, .vis-item.vis-range').first()).toBeVisible();
  await listButton(page, EVENT).click();
  await expect(detailsPanel(page, EVENT).getByRole('heading', { level: 2 })).toHaveText(
    EVENT.title.ar,
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});
