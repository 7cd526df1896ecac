// Data is text, never markup: a corpus whose every text field carries script payloads,
// right-to-left marks, a summary and a title as long as the compiler allows (5,000 and 500
// characters) is compiled with the project's compiler, served in place of the real data, and
// shown literally without running anything or breaking the layout. The compiler itself refuses
// what text may not carry: javascript: links and direction overrides.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset, TimelineEvent } from '../src/domain/schema.ts';
import { eventList, listButton, listItems, timelineItem, type Lang } from './support/app.ts';
import {
  compile,
  expectNoSidewaysScroll,
  expectNothingRan,
  IMG,
  JS,
  SCRIPT,
  SVG,
  watchDialogs,
} from './support/hostile.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

let data: Dataset;
let file: string;

test.beforeAll(() => {
  file = `.tmp/e2e-hostile/events-${test.info().workerIndex}.json`;
  const { code, output } = compile('e2e/fixtures/hostile', file);
  expect(code, output).toBe(0);
  data = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
});

function hostile(id: string): TimelineEvent {
  const event = data.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the hostile corpus`);
  return event;
}

async function open(page: Page, lang: Lang): Promise<string[]> {
  const dialogs = watchDialogs(page);
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ path: file, contentType: 'application/json' }),
  );
  await page.goto(lang === 'ar' ? '/' : '/?lang=en');
  await expect(listItems(page, lang)).toHaveCount(firstPageOf(data.events.length));
  return dialogs;
}

test('the compiler refuses a javascript: source link and a bidi override in an id and a title', () => {
  const { code, output } = compile('e2e/fixtures/hostile-invalid', '.tmp/e2e-hostile/invalid.json');
  expect(code).toBe(1);
  expect(output).toContain(
    'sources[0].url: "javascript:window.__pwned=1" is a javascript: link; only http:// and https:// web addresses are allowed',
  );
  expect(output).toContain(
    'id: contains the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE), which can disguise the id',
  );
  expect(output).toContain(
    'title.en: contains the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE), which can change how the text around it is shown',
  );
  expect(output).toContain('3 errors in 2 files');
});

test('at 1280 px, hostile texts show literally everywhere and nothing runs', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const dialogs = await open(page, 'ar');
  const markup = hostile('2026-02-01-markup');
  const bidi = hostile('2026-02-02-bidi');
  expect(markup.title.ar).toContain(IMG);

  // The list and the timeline show the payloads as text.
  await expect(listButton(page, markup)).toContainText(IMG);
  await expect(listButton(page, bidi)).toContainText(SCRIPT);
  await expect(timelineItem(page, markup, 'ar')).toContainText(IMG);
  // Filter chips show the forum, type and participants' names as text too.
  await expect(page.getByRole('button', { name: `منتدى ${IMG}` }).first()).toBeVisible();
  await expect(page.getByText(`مؤامرة ${SCRIPT}`).first()).toBeVisible();

  // The details of the markup event: every field literal, the javascript: note as plain text.
  await listButton(page, markup).click();
  const panel = page.getByRole('region', { name: markup.title.ar, exact: true });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(markup.title.ar);
  for (const text of [
    markup.summary?.ar ?? '(no summary)',
    `مكان ${SVG}`,
    `مالوري ${IMG}`,
    `دور ${SCRIPT}`,
    `منفذ ${IMG}`,
    `ملاحظة ${SCRIPT} ${JS}`,
    `أساس ${SVG} ${JS}`,
  ]) {
    await expect(panel).toContainText(text);
  }
  await expectNothingRan(page, dialogs);

  // Right-to-left marks are allowed in text (overrides are not: the test above), and shown as they are.
  await listButton(page, bidi).click();
  const bidiPanel = page.getByRole('region', { name: bidi.title.ar, exact: true });
  await expect(bidiPanel.getByRole('heading', { level: 2 })).toHaveText(bidi.title.ar);

  await expectLongEventReadable(page, 'ar');
  await expectNothingRan(page, dialogs);
});

test('at 360 px in English, the long event keeps the page from scrolling sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const dialogs = await open(page, 'en');
  await expectNoSidewaysScroll(page);
  await expect(eventList(page, 'en')).toContainText(`Title ${IMG}`);
  await expectLongEventReadable(page, 'en');
  await expectNothingRan(page, dialogs);
});

/** Opens the event with the 500-character title and 5,000-character summary (the limits). */
async function expectLongEventReadable(page: Page, lang: Lang): Promise<void> {
  const long = hostile('2026-02-03-long');
  expect(long.title[lang]).toHaveLength(500);
  const longSummary = long.summary?.[lang] ?? '';
  expect(longSummary).toHaveLength(5000);
  await expectNoSidewaysScroll(page);
  await listButton(page, long, lang).click();
  const panel = page.getByRole('region', { name: long.title[lang], exact: true });
  const heading = panel.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(long.title[lang]);
  const summary = panel.getByText(longSummary, { exact: true });
  await expect(summary).toBeVisible();
  // Readable: the whole text wraps inside the viewport (the unbroken 600-character run included).
  const width = page.viewportSize()?.width ?? 0;
  for (const box of [await panel.boundingBox(), await summary.boundingBox()]) {
    const { x = -1, width: w = Infinity } = box ?? {};
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(width);
  }
  await summary.scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page);
}
