// Links are input from strangers: script payloads, a 10,000-character value and a key repeated 200
// times never run, never break the page, and every invalid value is reported as ignored. The
// search text is free text: it is searched for literally and shown as typed.
// (e2e/invalid-params.spec.ts covers the notice's wording and the rewritten address.)
import { expect, test, type Page } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import { eventsWhere, listItems, openApp } from './support/app.ts';
import {
  expectNoSidewaysScroll,
  expectNothingRan,
  IMG,
  JS,
  SCRIPT,
  SVG,
  watchDialogs,
} from './support/hostile.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const all = () => dataset().events.length;

function notice(page: Page) {
  return page.getByRole('status').filter({ hasText: 'تجاهلنا جزءًا من الرابط' });
}

function link(params: [string, string][]): string {
  return `/?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

test('script payloads in every parameter are ignored, reported as text, and never run', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await openApp(
    page,
    link([
      ['actors', IMG],
      ['forums', SVG],
      ['types', SCRIPT],
      ['event', 'javascript:alert(1)'],
      ['date', SCRIPT],
      ['range', `${JS}..${IMG}`],
      ['view', SVG],
      ['lang', JS],
    ]),
  );
  await expect(listItems(page)).toHaveCount(firstPageOf(all()));
  await expect(notice(page)).toContainText('event=javascript:alert(1)');
  await expect(notice(page)).toContainText('حدث غير موجود في البيانات');
  await expect(notice(page)).toContainText(`actors=${IMG}`);
  await expect(notice(page).getByRole('listitem')).toHaveCount(8);
  await expectNothingRan(page, dialogs);
  await expectNoSidewaysScroll(page);
});

test('a script in the search text is searched for literally and shown as typed', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await page.goto(link([['q', SCRIPT]]));
  await expect(page.getByLabel('بحث في الأحداث')).toHaveValue(SCRIPT);
  // No event contains it: the page says so and offers the way back to all events.
  await expect(page.getByRole('heading', { name: 'لا أحداث تطابق التصفية الحالية' })).toBeVisible();
  await page.getByRole('button', { name: 'عرض كل الأحداث' }).click();
  await expect(listItems(page)).toHaveCount(firstPageOf(all()));
  await expectNothingRan(page, dialogs);
});

test('a 10,000-character value and a key repeated 200 times are reported, the rest still works', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  const long = `${IMG}${'x'.repeat(10_000 - IMG.length)}`;
  const repeated = Array.from({ length: 200 }, (_, i) =>
    i % 2 === 0 ? `actors=putin` : `actors=xi`,
  ).join('&');
  await openApp(page, `/?${repeated}&q=${encodeURIComponent(long)}`);
  const putins = eventsWhere((e) => e.actors.includes('putin'));
  await expect(listItems(page)).toHaveCount(firstPageOf(putins.length));
  await expect(notice(page)).toContainText('مكرر في الرابط، استُخدمت القيمة الأولى');
  await expect(notice(page)).toContainText('قيمة أطول من المسموح');
  await expect(notice(page)).toContainText(`q=${IMG}`);
  await expectNothingRan(page, dialogs);
  await expectNoSidewaysScroll(page);
});
