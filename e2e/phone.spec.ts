import { expect, test } from '@playwright/test';
import { dataset, eventById } from './support/dataset.ts';
import { detailsPanel, listButton, listItems, openApp } from './support/app.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const EVENT = eventById('2025-05-08-xi-visit-moscow');

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test('on a 360 px phone: no sideways scroll, filters behind a button, the list opens details', async ({
  page,
}) => {
  await openApp(page);
  // A string: the specs are typed for Node, which has no document.
  const scrollWidth = () => page.evaluate<number>('document.documentElement.scrollWidth');
  expect(await scrollWidth()).toBeLessThanOrEqual(360);

  // The filters are folded away behind a button that says how many events are shown.
  const toggle = page.getByRole('button', { name: /إظهار عوامل التصفية/ });
  const search = page.getByLabel('بحث في الأحداث');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(search).toBeHidden();
  await toggle.click();
  await expect(page.getByRole('button', { name: /إخفاء عوامل التصفية/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(search).toBeVisible();
  expect(await scrollWidth()).toBeLessThanOrEqual(360);

  // The list shows every event, and tapping one shows its details on screen.
  await expect(listItems(page)).toHaveCount(firstPageOf(dataset().events.length));
  await listButton(page, EVENT).tap();
  const heading = detailsPanel(page, EVENT).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(EVENT.title.ar);
  await expect(heading).toBeInViewport();
  expect(await scrollWidth()).toBeLessThanOrEqual(360);
});
