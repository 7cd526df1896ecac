import { expect, test, type Route } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import { listItems } from './support/app.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const DATA = '**/data/events.json';

// page.route does not see requests a service worker answers, and the app installs one: keep it
// out, so the failure is the one this spec stages.
test.use({ serviceWorkers: 'block' });

const FAILURES: { name: string; fail(route: Route): Promise<void>; message: string }[] = [
  {
    name: 'the network fails',
    fail: (route) => route.abort('internetdisconnected'),
    message: 'لا اتصال بالخادم',
  },
  {
    name: 'the server answers 500',
    fail: (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }),
    message: 'ردّ الخادم بخطأ (500)',
  },
  {
    name: 'the data arrives corrupt',
    fail: (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 1, "eve' }),
    message: 'وصلت بيانات الأحداث ناقصة أو تالفة',
  },
];

for (const { name, fail, message } of FAILURES) {
  test(`when ${name}, the page says so and “retry” loads the events`, async ({ page }) => {
    await page.route(DATA, fail);
    await page.goto('/');

    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'تعذّر تحميل الأحداث' })).toBeVisible();
    await expect(alert).toContainText(message);
    await expect(listItems(page)).toHaveCount(0);

    await page.unroute(DATA);
    await alert.getByRole('button', { name: 'إعادة المحاولة' }).click();
    await expect(alert).toHaveCount(0);
    await expect(listItems(page)).toHaveCount(firstPageOf(dataset().events.length));
  });
}
