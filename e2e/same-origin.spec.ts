// Nothing leaves the origin: every request of a full session (load, filter, open an event, switch
// language, open the list) goes to the app's own server, the served page carries its
// Content-Security-Policy, and the policy never has to block anything.
import { expect, test } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { detailsPanel, listButton, listItems, openApp } from './support/app.ts';

const EVENT = eventById('2026-02-02-lin-jian-briefing');

test('a full session requests nothing from another origin, and the CSP blocks nothing', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs are made in the page itself; they never reach a network.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  await page.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
    });`);

  // The policy is in the HTML as served, before any script.
  const html = await (await page.request.get('/')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  expect(meta, 'the served page has a CSP meta tag').not.toBeNull();
  const policy = (meta?.[1] ?? '').replaceAll('&#39;', "'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("connect-src 'self'");
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));

  await openApp(page);
  await expect(page.locator('.vis-item.vis-box, .vis-item.vis-range').first()).toBeVisible();
  await page
    .getByRole('group', { name: 'المنتديات والمنظمات', exact: true })
    .getByRole('button', { name: /^الأمم المتحدة/ })
    .click();
  await listButton(page, EVENT).click();
  await expect(detailsPanel(page, EVENT)).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(detailsPanel(page, EVENT, 'en')).toBeVisible();
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(listItems(page, 'en').first()).toBeVisible();
  await expect(page.getByRole('application')).toHaveCount(0);

  expect(foreign).toEqual([]);
  expect(await page.evaluate<string[]>('window.__cspViolations')).toEqual([]);
});
