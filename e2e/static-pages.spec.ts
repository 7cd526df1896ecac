// The static page of an event and of a day (src/pages/, written by the build): what a link
// preview, a search engine and a reader without JavaScript see, and the way on into the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { detailsPanel, urlParam } from './support/app.ts';
import { compile, expectNothingRan, watchDialogs } from './support/hostile.ts';
import { writePages } from '../src/pages/writePages.ts';
import { pageLabels } from '../src/pages/pageLabels.ts';

const EVENT = eventById('2024-10-22-brics-kazan-summit');

function watchCsp(page: Page) {
  return page.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
    });`);
}

test('an event page reads without JavaScript: title, date, sources, preview tags, JSON-LD', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/e/${EVENT.id}/`);
  // Not sent on to the app: the reader stays on the page.
  expect(new URL(page.url()).pathname).toBe(`/e/${EVENT.id}/`);
  await expect(page).toHaveTitle(`${EVENT.title.ar} · مسار`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENT.title.ar);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('time').first()).toHaveAttribute('datetime', EVENT.date.start);
  // Every source with an address is a link to it, written out as well.
  const urls = (EVENT.sources ?? []).flatMap((s) => (s.url ? [s.url] : []));
  expect(urls.length).toBeGreaterThan(0);
  expect(
    await page
      .locator('.sources a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  ).toEqual(urls);

  const og = (property: string) => page.locator(`meta[property="${property}"]`);
  await expect(og('og:title')).toHaveAttribute('content', `${EVENT.title.ar} · مسار`);
  await expect(og('og:image')).toHaveAttribute('content', `/e/${EVENT.id}/preview.png`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );
  await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute(
    'href',
    `/en/e/${EVENT.id}/`,
  );

  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
  ) as Record<string, unknown>;
  expect(jsonLd).toMatchObject({
    '@type': 'Event',
    name: EVENT.title.ar,
    startDate: EVENT.date.start,
    endDate: EVENT.date.end ?? EVENT.date.start,
    superEvent: [{ '@type': 'Event', name: 'مجموعة بريكس' }],
  });
  expect((jsonLd.subjectOf as unknown[]).length).toBeGreaterThan(0);

  // The link into the app, and the English twin.
  await expect(page.getByRole('link', { name: 'افتح في مسار على الخط الزمني' })).toHaveAttribute(
    'href',
    `/?event=${EVENT.id}`,
  );
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EVENT.title.en);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await context.close();
});

test('the preview images are PNGs of 1200×630', async ({ request }) => {
  for (const path of [`/e/${EVENT.id}/preview.png`, `/en/d/${EVENT.date.start}/preview.png`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const png = await response.body();
    expect(png.subarray(0, 8).toString('hex'), path).toBe('89504e470d0a1a0a');
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
  }
});

test('with JavaScript the event and day pages open the app there, and the CSP blocks nothing', async ({
  page,
}) => {
  await watchCsp(page);
  const html = await (await page.request.get(`/d/${EVENT.date.start}/`)).text();
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));

  await page.goto(`/e/${EVENT.id}/`);
  await expect(detailsPanel(page, EVENT).getByRole('heading', { level: 2 })).toHaveText(
    EVENT.title.ar,
  );
  expect(urlParam(page, 'event')).toBe(EVENT.id);
  expect(await page.evaluate<string[]>('window.__cspViolations')).toEqual([]);

  await page.goto(`/en/d/${EVENT.date.start}/`);
  await expect.poll(() => urlParam(page, 'date')).toBe(EVENT.date.start);
  expect(urlParam(page, 'lang')).toBe('en');
  expect(await page.evaluate<string[]>('window.__cspViolations')).toEqual([]);
});

test('hostile data on a static page stays text: nothing runs, nothing becomes markup', async ({
  page,
}) => {
  const outDir = `.tmp/e2e-hostile/pages-${test.info().workerIndex}`;
  const { code, output } = compile('e2e/fixtures/hostile', join(outDir, 'data/events.json'));
  expect(code, output).toBe(0);
  writePages({
    outDir,
    labels: { ar: pageLabels('ar'), en: pageLabels('en') },
    site: '',
    contentSecurityPolicy: "default-src 'self'; script-src 'self'",
    previewLimit: 0,
    cacheDir: 'node_modules/.cache/masar-previews',
  });
  const id = '2026-02-01-markup';
  // The hostile page at the app's address; its script stays away so the page is what we read.
  await page.route(`**/e/${id}/`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(outDir, `e/${id}/index.html`), 'utf8'),
    }),
  );
  await page.route('**/open-in-app.js', (route) => route.abort());
  const dialogs = watchDialogs(page);
  await page.goto(`/e/${id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'عنوان <img src=x onerror=window.__pwned=1>',
  );
  await expect(page).toHaveTitle('عنوان <img src=x onerror=window.__pwned=1> · مسار');
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
  ) as { name: string };
  expect(jsonLd.name).toBe('عنوان <img src=x onerror=window.__pwned=1>');
  // The JSON-LD holds the payloads as JSON text (it is data, never run); the check below looks
  // for payloads that became elements, so it reads the page without that one element.
  await page.locator('script[type="application/ld+json"]').evaluate((el) => el.remove());
  await expectNothingRan(page, dialogs);
});
