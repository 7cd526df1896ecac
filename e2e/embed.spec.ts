// Masar embedded in an article on another site (another port, so another origin): the embed view
// follows the reader's clicks, its host script keeps the view in the article's hash and sizes the
// frame, an article opened with that hash opens the embed there, and forged messages are ignored.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { eventById } from './support/dataset.ts';

const FIRST = eventById('2024-10-22-brics-kazan-summit');
const SECOND = eventById('2026-02-02-lin-jian-briefing');

let server: Server;
let hostOrigin = '';

test.beforeAll(async ({ baseURL }) => {
  const masar = new URL(baseURL ?? '').origin;
  // The article: what a newsroom would paste from the share menu's "Embed".
  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
<body><h1>An article about Kazan</h1>
<iframe src="${masar}/embed/?event=${FIRST.id}" title="Masar" width="100%" height="720" style="border:0" data-masar-embed></iframe>
<script src="${masar}/embed.js" async></script></body></html>`;
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(article);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

const embed = (page: Page) => page.frameLocator('iframe[data-masar-embed]');
const hostHash = (page: Page) => new URL(page.url()).hash;

test('the embed follows clicks, and the article’s hash and frame height follow the embed', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${hostOrigin}/article.html`);
  const frame = embed(page);
  await expect(frame.getByRole('region', { name: FIRST.title.ar, exact: true })).toBeVisible();
  // No filters or header buttons in the embed; a way out to the full view.
  await expect(frame.getByRole('region', { name: 'التصفية', exact: true })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'مشاركة الرابط' })).toHaveCount(0);
  await expect(frame.getByRole('link', { name: 'افتح العرض كاملًا في مسار' })).toHaveAttribute(
    'href',
    `${new URL(baseURL ?? '').origin}/?event=${FIRST.id}`,
  );
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect.poll(() => hostHash(page)).toContain(encodeURIComponent(`event=${FIRST.id}`));

  await frame
    .getByRole('region', { name: 'قائمة الأحداث', exact: true })
    .getByRole('link', { name: SECOND.title.ar })
    .click();
  await expect(frame.getByRole('region', { name: SECOND.title.ar, exact: true })).toBeVisible();
  await expect.poll(() => hostHash(page)).toContain(encodeURIComponent(`event=${SECOND.id}`));
  // The host script sized the frame to its content (the article said 720).
  await expect
    .poll(() => page.locator('iframe[data-masar-embed]').evaluate((f) => f.style.height))
    .toMatch(/^\d+px$/);

  // The article's link with that hash opens the embed on the same view.
  const shared = page.url();
  const reader = await page.context().newPage();
  await reader.goto(shared);
  await expect(
    embed(reader).getByRole('region', { name: SECOND.title.ar, exact: true }),
  ).toBeVisible();
});

test('the host script ignores view messages from any other origin or window', async ({ page }) => {
  await page.goto(`${hostOrigin}/article.html`);
  await expect.poll(() => hostHash(page)).toContain(encodeURIComponent(`event=${FIRST.id}`));
  const before = hostHash(page);
  // A script of the article itself (the wrong origin and window) forges a view.
  await page.evaluate(
    `window.postMessage({ masar: 1, type: 'view', query: '?event=forged', height: 300 }, '*')`,
  );
  // And a well-formed message that is not a view query at all.
  await page.evaluate(
    `window.postMessage({ masar: 1, type: 'view', query: 'javascript:alert(1)', height: 300 }, '*')`,
  );
  await page.waitForTimeout(300);
  expect(hostHash(page)).toBe(before);
  expect(await page.locator('iframe[data-masar-embed]').evaluate((f) => f.style.height)).not.toBe(
    '300px',
  );
});

test('“Embed” beside the share button gives the iframe code of the current view', async ({
  page,
  baseURL,
}) => {
  await page.goto(`/?event=${FIRST.id}`);
  await page.getByRole('button', { name: 'تضمين' }).click();
  const code = await page.getByLabel('رمز التضمين (iframe)').inputValue();
  const origin = new URL(baseURL ?? '').origin;
  expect(code).toContain(`<iframe src="${origin}/embed/?event=${FIRST.id}"`);
  expect(code).toMatch(/ height="\d+"/);
  expect(code).toContain(`<script src="${origin}/embed.js" async></script>`);
});
