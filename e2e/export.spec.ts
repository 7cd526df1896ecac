// After the find: the view's events downloaded as CSV, JSON and iCalendar and read back as a
// spreadsheet or a calendar would; citations copied; the data version in the footer; the page on
// paper; the manifest that makes it installable.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dataset, eventById } from './support/dataset.ts';
import { clipboard, detailsPanel, eventList, listButton, openApp } from './support/app.ts';
import { csvRecords } from '../src/domain/testCsv.ts';

const KAZAN = eventById('2024-10-22-brics-kazan-summit');
const HASH = dataset().hash;

/** Opens the export menu and downloads one format with a real click; the file's name and text. */
async function download(page: Page, format: RegExp) {
  const menu = page.getByRole('button', { name: 'تصدير أحداث هذا العرض أو الاستشهاد به' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('the filtered view downloads as CSV and JSON with every event complete', async ({ page }) => {
  const brics = dataset().events.filter((e) => e.forums.includes('brics'));
  await openApp(page, '/?forums=brics');

  const csv = await download(page, /CSV/);
  expect(csv.name).toBe(`masar-forums-brics-${HASH}.csv`);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const rows = csvRecords(csv.text.slice(1));
  expect(rows.map((r) => r.id)).toEqual(brics.map((e) => e.id));
  const kazan = rows.find((r) => r.id === KAZAN.id);
  expect(kazan).toMatchObject({
    date: '2024-10-22/2024-10-24',
    precision: 'day',
    title_ar: KAZAN.title.ar,
    title_en: KAZAN.title.en,
    summary_ar: KAZAN.summary?.ar,
    forum_ids: 'brics',
    actor_ids: KAZAN.actors.join(' | '),
    source_urls: (KAZAN.sources ?? []).flatMap((s) => (s.url ? [s.url] : [])).join(' | '),
  });
  // The event's own page: it previews when shared and opens the app on the event.
  expect(new URL(kazan?.link ?? '').pathname).toBe(`/e/${KAZAN.id}/`);
  for (const row of rows) expect(row.summary_en).not.toBe('');
  await expect(page.getByRole('status').filter({ hasText: csv.name })).toBeVisible();

  const json = await download(page, /JSON/);
  expect(json.name).toBe(`masar-forums-brics-${HASH}.json`);
  const body = JSON.parse(json.text) as {
    masar: { dataVersion: string; view: { en: string } };
    forums: { id: string }[];
    events: Record<string, unknown>[];
  };
  expect(body.masar.dataVersion).toBe(HASH);
  expect(body.masar.view.en).toBe('forums: BRICS');
  // The names of every forum the events cite (a summit may sit in two).
  expect(body.forums.map((f) => f.id).sort()).toEqual(
    [...new Set(brics.flatMap((e) => e.forums))].sort(),
  );
  expect(body.events).toHaveLength(brics.length);
  // The data format: a range as {start, end}, no derived from/to.
  expect(body.events.find((e) => e.id === KAZAN.id)).toMatchObject({
    date: { start: '2024-10-22', end: '2024-10-24' },
    precision: 'day',
    summary: KAZAN.summary,
    sources: KAZAN.sources,
  });
  expect(body.events[0]).not.toHaveProperty('from');
});

test('a period downloads as an iCalendar of all-day events, planned ones tentative', async ({
  page,
}) => {
  const in2026 = dataset().events.filter((e) => e.to >= '2026-01-01' && e.from <= '2026-12-31');
  await openApp(page, '/?period=2026..2026');
  const ics = await download(page, /iCalendar/);
  expect(ics.name).toBe(`masar-2026..2026-${HASH}.ics`);
  const lines = ics.text.split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const unfolded = ics.text.replace(/\r\n /g, '');
  const blocks = unfolded.split('BEGIN:VEVENT\r\n').slice(1);
  expect(blocks).toHaveLength(in2026.length);
  const block = (id: string) => blocks.find((b) => b.includes(`UID:${id}@`)) ?? '';
  // Known to the month (January to June), planned: the whole months, DTEND the day after.
  const visit = block('2026-h1-putin-visit-china');
  expect(visit).toContain('DTSTART;VALUE=DATE:20260101\r\n');
  expect(visit).toContain('DTEND;VALUE=DATE:20260701\r\n');
  expect(visit).toContain('STATUS:TENTATIVE\r\n');
  expect(visit).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
  // Known to the year only.
  const year = block('2026-putin-xi-meetings-sco-brics');
  expect(year).toContain('DTEND;VALUE=DATE:20270101\r\n');
  const title = eventById('2026-h1-putin-visit-china').title.ar.replace(/[,;]/g, '\\$&');
  expect(visit).toContain(`SUMMARY;LANGUAGE=ar:${title}\r\n`);
});

test('citations of the view and of an event are copied in Arabic and English', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, `/?forums=brics&event=${KAZAN.id}`);
  // The footer closes the page's main content (it is not the page's own contentinfo landmark).
  await expect(page.locator('footer')).toContainText(`نسخة البيانات ${HASH}`);

  await page.getByRole('button', { name: 'تصدير أحداث هذا العرض أو الاستشهاد به' }).click();
  await page.getByRole('button', { name: 'نسخ الاستشهاد بالعربية' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'نُسخ الاستشهاد' })).toBeVisible();
  const view = await clipboard(page);
  expect(view).toMatch(/^مسار\. «الأطر: مجموعة بريكس»\. نسخة البيانات/);
  expect(view).toContain(HASH);
  expect(view).toContain('تاريخ الاطلاع:');
  const viewLink = new URL(/\u2068(http[^\u2069]+)\u2069/.exec(view)?.[1] ?? '');
  expect(viewLink.searchParams.get('forums')).toBe('brics');
  expect(viewLink.searchParams.get('event')).toBeNull();
  await page.keyboard.press('Escape');

  const panel = detailsPanel(page, KAZAN);
  await panel.getByRole('button', { name: 'استشهد بهذا الحدث' }).click();
  await panel.getByRole('button', { name: 'نسخ الاستشهاد بالإنجليزية' }).click();
  const cited = await clipboard(page);
  expect(cited).toContain(`“${KAZAN.title.en}” (22 – 24 October 2024). Data version ${HASH}`);
  const link = new URL(/ (http\S+)\. Accessed/.exec(cited)?.[1] ?? '');
  expect(link.pathname).toBe(`/en/e/${KAZAN.id}/`);
});

test('printed, the list and an open event are plain documents with their source addresses', async ({
  page,
}) => {
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(eventList(page)).toBeVisible();
  await expect(page.locator('#filters')).toBeHidden();
  await expect(page.getByRole('region', { name: 'الخط الزمني للأحداث' })).toBeHidden();
  // No button is left; the list's entries (links) print as text.
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  const entries = eventList(page).getByRole('listitem');
  await expect(entries.getByRole('link').filter({ visible: true })).toHaveCount(
    await entries.count(),
  );
  await expect(page.getByRole('combobox')).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await listButton(page, KAZAN).click();
  const panel = detailsPanel(page, KAZAN);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(KAZAN.title.ar);
  await page.emulateMedia({ media: 'print' });
  await expect(eventList(page)).toBeHidden();
  await expect(panel).toBeVisible();
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  for (const source of KAZAN.sources ?? []) {
    if (source.url) await expect(panel.getByText(source.url, { exact: true })).toBeVisible();
  }
});

test('the web app manifest is served, in Arabic, with PNG icons of the sizes it names', async ({
  page,
}) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('manifest+json');
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    lang: string;
    dir: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ short_name: 'مسار', lang: 'ar', dir: 'rtl', start_url: '/' });
  expect(manifest.name).toContain('مسار');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  const sizes = new Set<string>();
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const bytes = await (await page.request.get(icon.src)).body();
    // The PNG signature, then IHDR's width and height.
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    sizes.add(icon.sizes);
  }
  expect(sizes).toEqual(new Set(['192x192', '512x512']));
});
