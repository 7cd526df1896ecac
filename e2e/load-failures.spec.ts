// The failures e2e/fetch-retry.spec.ts does not stage: data of a newer format version, a slow
// server, and a failure read in English. Each has its own message, and retrying (or waiting) works.
import { expect, test } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import { listItems, holdRequests } from './support/app.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const DATA = '**/data/events.json';

// page.route does not see requests a service worker answers: keep the worker out.
test.use({ serviceWorkers: 'block' });

test('data of a newer format version: the page asks for a reload, and retry loads the events', async ({
  page,
}) => {
  await page.route(DATA, (route) => route.fulfill({ json: { ...dataset(), format: 99 } }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'تعذّر تحميل الأحداث' })).toBeVisible();
  await expect(alert).toContainText('بيانات الأحداث أحدث من هذه النسخة من التطبيق');
  await expect(listItems(page)).toHaveCount(0);

  await page.unroute(DATA);
  await alert.getByRole('button', { name: 'إعادة المحاولة' }).click();
  await expect(alert).toHaveCount(0);
  await expect(listItems(page)).toHaveCount(firstPageOf(dataset().events.length));
});

test('a slow server, a link to a view: the page says it is loading, then that it takes longer, then the events come', async ({
  page,
}) => {
  const { release } = await holdRequests(page, DATA);
  // Not the opening view: the prerendered events are not this link's, and do not show.
  await page.goto('/?view=list');
  const status = page.getByRole('status').filter({ hasText: 'جارٍ تحميل الأحداث…' });
  await expect(status).toBeVisible();
  await expect(listItems(page)).toHaveCount(0);
  // The loader switches its message after 4 s of waiting.
  await expect(page.getByText('التحميل يستغرق وقتًا أطول من المعتاد…')).toBeVisible({
    timeout: 10_000,
  });
  release();
  await expect(listItems(page)).toHaveCount(firstPageOf(dataset().events.length));
  await expect(page.getByText('التحميل يستغرق وقتًا أطول من المعتاد…')).toHaveCount(0);
});

test('a slow server, the opening view: its events show at once, a note says the rest takes longer', async ({
  page,
}) => {
  const { release } = await holdRequests(page, DATA);
  await page.goto('/');
  // The page's HTML holds them (src/prerender).
  await expect(listItems(page)).toHaveCount(firstPageOf(dataset().events.length));
  const note = page.getByRole('status').filter({ hasText: 'التحميل يستغرق وقتًا أطول من المعتاد…' });
  await expect(note).toBeVisible({ timeout: 10_000 });
  release();
  await expect(note).toHaveCount(0);
  // Live now: a filter answers.
  const chip = page
    .getByRole('group', { name: 'المنتديات والمنظمات', exact: true })
    .getByRole('button')
    .first();
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
});

test('in English: the server answers 500, the page says so in English, retry works', async ({
  page,
}) => {
  await page.route(DATA, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: 'The events could not be loaded' }),
  ).toBeVisible();
  await expect(alert).toContainText(
    'The server answered with an error (500). Try again in a moment.',
  );

  await page.unroute(DATA);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await expect(listItems(page, 'en')).toHaveCount(firstPageOf(dataset().events.length));
});
