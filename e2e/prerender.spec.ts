// The page the server sends holds the opening view (src/prerender, scripts/prerenderPlugin.ts):
// the events are in the first frame, readable and followable without scripts, in the link's
// language, and the scripts bring those same elements to life instead of painting new ones.
import { expect, test, type Page } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import { firstPageOf } from '../src/domain/listPage.ts';
import {
  detailsPanel,
  eventList,
  listButton,
  listIds,
  listItems,
  timelineItems,
  holdRequests,
} from './support/app.ts';

const DATA = dataset();
// The list reads newest first.
const [NEXT, NEWEST] = DATA.events.slice(-2);
if (!NEWEST || !NEXT) throw new Error('the shipped data has fewer than two events');

/**
 * Counts layout shifts (not those a click caused) and CSP refusals, and keeps the first list entry
 * of each language's view as it entered the page.
 */
function watchPage(page: Page) {
  return page.addInitScript(`
    window.__shift = 0;
    window.__csp = [];
    window.__painted = {};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective));
    const observer = new MutationObserver(() => {
      for (const box of document.querySelectorAll('main > div[data-prerendered]')) {
        const lang = box.getAttribute('data-prerendered');
        const first = box.querySelector('li[data-event-id] a');
        if (first && !window.__painted[lang]) window.__painted[lang] = first;
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  `);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page holds the newest events, each a link to its own page', async ({ page }) => {
    await page.goto('/');
    const link = listButton(page, NEWEST);
    await expect(link).toBeVisible();
    await expect(eventList(page)).toContainText(NEXT.title.ar);
    // Only the page's language shows.
    await expect(eventList(page, 'en')).toHaveCount(0);
    // What needs the app is not offered; a note says so, above the list.
    await expect(page.getByRole('button', { name: 'الحدث التالي' })).toBeHidden();
    await expect(page.getByRole('checkbox').first()).toBeHidden();
    // (Playwright's text search skips <noscript>: found by place, checked by text.)
    const note = page.locator('#root > noscript p[lang="ar"]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('يحتاج الخط الزمني والتصفية والبحث إلى تفعيل JavaScript');
    const [noteBox, listBox] = await Promise.all([note.boundingBox(), link.boundingBox()]);
    expect(noteBox?.y ?? Infinity).toBeLessThan(listBox?.y ?? 0);
    await link.click();
    await expect(page).toHaveURL(`/e/${NEWEST.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEWEST.title.ar);
  });
});

test('an English link is English before any of the app’s scripts has run', async ({ page }) => {
  // The shell's language script runs (it is not under /assets/); the app never arrives.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const link = listButton(page, NEWEST, 'en');
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', `/en/e/${NEWEST.id}/`);
  await expect(eventList(page, 'ar')).toHaveCount(0);
  await expect(page.getByText(NEWEST.title.ar)).toBeHidden();
});

for (const [lang, path] of [
  ['ar', '/'],
  ['en', '/?lang=en'],
] as const) {
  test(`${lang}: the scripts bring the painted events to life without replacing them`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await watchPage(page);
    await page.goto(path);
    // Hydrated and on its way: the timeline draws once React runs.
    await expect(timelineItems(page).first()).toBeVisible();
    // The entry on screen is the element the HTML brought, not a copy React painted over it.
    expect(
      await page.evaluate(
        `window.__painted[${JSON.stringify(lang)}] === document.querySelector('li[data-event-id] a')`,
      ),
    ).toBe(true);
    const { shift, csp } = (await page.evaluate(
      '({ shift: window.__shift, csp: window.__csp })',
    )) as {
      shift: number;
      csp: string[];
    };
    // What moved at all moved by a font swap's fraction: the app arriving moved nothing.
    expect(shift).toBeLessThan(0.01);
    expect(csp).toEqual([]);
    // The link is live: a click opens the event in place, not the event's page.
    await listButton(page, NEWEST, lang).click();
    await expect(detailsPanel(page, NEWEST, lang)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
  });
}

test('a link to another view never shows the prerendered one, only its own', async ({ page }) => {
  const forum = DATA.forums[0];
  if (!forum) throw new Error('the shipped data has no forum');
  const inForum = DATA.events.filter((e) => e.forums.includes(forum.id));
  const { release } = await holdRequests(page, /\/assets\/[^/]*\.js$/);
  await page.goto(`/?forums=${forum.id}`, { waitUntil: 'commit' });
  // Before the app: the loading text, not the opening view's events.
  await expect(page.getByText('جارٍ تحميل الأحداث…')).toBeVisible();
  await expect(listButton(page, NEWEST)).toHaveCount(0);
  release();
  await expect(listItems(page)).toHaveCount(firstPageOf(inForum.length));
  const ids = await listIds(page);
  expect(ids.every((id) => inForum.some((e) => e.id === id))).toBe(true);
});

test('before the app has taken over, its controls take no input; the list’s links do', async ({
  page,
}) => {
  // The events are held back: the page stays as the HTML painted it.
  const { release } = await holdRequests(page, '**/data/events.json');
  await page.goto('/');
  const checkbox = page.getByRole('checkbox').first();
  const box = await page.locator('#filters input[type=checkbox]').first().boundingBox();
  if (!box) throw new Error('no checkbox on the page');
  // A real click at its centre: nothing ticks over a state that would say otherwise.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('#filters input[type=checkbox]').first()).not.toBeChecked();
  await expect(page).toHaveURL(/\/$/);

  release();
  // Live: the same click ticks it and filters.
  await expect(checkbox).toBeVisible();
  await checkbox.click();
  await expect(checkbox).toBeChecked();
  await expect(page).toHaveURL(/actors=/);
});
