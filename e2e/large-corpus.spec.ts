// The behaviour of the shipped data holds at scale: a seeded, generated 10,000-event corpus (the
// one the benchmark uses) is compiled with the project's compiler and served in place of the real
// data. Filters, deep links and selection must all still work, and details that live in chunk
// files must arrive when an event is opened.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset, TimelineEvent } from '../src/domain/schema.ts';
import { drawnIds, eventList, listItems, resultCount, timelineItems } from './support/app.ts';
import { centreOf, expectReachable } from './support/pointer.ts';
import { cardArea, idsInView, settled } from './support/timeline.ts';
import { compileCorpus, largeCorpus } from './support/largeCorpus.ts';
import { csvRecords } from '../src/domain/testCsv.ts';

const EVENTS = 10_000;

let data: Dataset;
let OUT = '';
let CORPUS = '';

test.beforeAll(() => {
  test.setTimeout(180_000);
  const worker = test.info().workerIndex;
  OUT = `.tmp/e2e-large/json-${worker}`;
  CORPUS = largeCorpus(EVENTS, worker);
  data = compileCorpus(CORPUS, OUT);
});

async function serveCorpus(page: Page, out = OUT): Promise<void> {
  const files = new Set(readdirSync(out));
  await page.route('**/data/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    return files.has(name)
      ? route.fulfill({ path: join(out, name), contentType: 'application/json' })
      : route.fulfill({ status: 404, body: 'not found' });
  });
}

/** An event's details as its chunk in `out` holds them. */
function chunkDetails(out: string, dataset: Dataset, id: string): { summary: { en: string } } {
  const layout = dataset.details;
  const index = dataset.events.findIndex((e) => e.id === id);
  if (!layout || index < 0) throw new Error(`no chunked details for ${id}`);
  const file = layout.files[Math.floor(index / layout.chunkSize)] ?? '';
  const chunk = JSON.parse(readFileSync(join(out, file), 'utf8')) as {
    events: { summary: { en: string } }[];
  };
  const details = chunk.events[index % layout.chunkSize];
  if (!details) throw new Error(`${id} is missing from ${file}`);
  return details;
}

const grouped = (n: number) => n.toLocaleString('en-US');

/** An event from the middle of the corpus, dated to the day, with at least one forum. */
function sample(): TimelineEvent {
  const middle = Math.floor(data.events.length / 2);
  const event = data.events
    .slice(middle)
    .find((e) => e.date.precision === 'day' && !e.date.end && e.forums.length > 0);
  if (!event) throw new Error('the generated corpus has no suitable event');
  return event;
}

test('the whole corpus loads, drawn as clusters, with the list paged', async ({ page }) => {
  await serveCorpus(page);
  await page.goto('/?lang=en');
  await expect(resultCount(page, 'en')).toHaveText(
    `${grouped(EVENTS)} events of ${grouped(EVENTS)}`,
  );
  await expect(timelineItems(page).first()).toBeVisible();
  // The timeline never holds thousands of items, whatever the corpus.
  expect(await timelineItems(page).count()).toBeLessThanOrEqual(160);
  await expect(listItems(page, 'en')).toHaveCount(50);
  // Newest first: the page holds the latest 50, and the rest are earlier.
  await expect(page.getByRole('button', { name: /Show 50 earlier events/ })).toBeVisible();
  await page.getByRole('button', { name: /Show 50 earlier events/ }).click();
  await expect(listItems(page, 'en')).toHaveCount(100);
});

test('dragging the overview counts the events it passes, and shows their cards where it rests', async ({
  page,
}) => {
  await serveCorpus(page);
  await page.goto('/');
  await settled(page);
  // Watched, not driven: a record of whether a cluster bar was ever drawn during the drag.
  // (A string: the browser's globals are not in this project's types.)
  await page.evaluate(`(() => {
    window.clusterDrawn = false;
    const timeline = document.querySelector('#timeline');
    new MutationObserver(() => {
      if (timeline.querySelector('.masar-cluster')) window.clusterDrawn = true;
    }).observe(timeline, { childList: true, subtree: true });
  })()`);
  const handle = page.getByRole('slider', { name: 'نظرة عامة على الخط الزمني: الجزء المعروض' });
  const from = await centreOf(handle);
  const before = await drawnIds(page);
  expect(before.length).toBeGreaterThan(24);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // Two years a step, towards the past (on the right in Arabic), each step bringing in a new set.
  await page.mouse.move(from.x + 40, from.y, { steps: 4 });
  // Held still: the window rests and its events are drawn as cards, readable and reachable.
  await expect.poll(() => drawnIds(page).then((ids) => ids.length)).toBeGreaterThan(24);
  expect(await page.evaluate('window.clusterDrawn')).toBe(true);
  await expect(page.locator('#timeline .masar-cluster')).toHaveCount(0);
  const now = await drawnIds(page);
  // Another stretch of time: most of what was drawn is gone (year-long bars may span both).
  expect(now.filter((id) => !before.includes(id)).length).toBeGreaterThan(now.length / 2);
  const shown = await idsInView(page);
  expect(shown.length).toBeGreaterThan(0);
  await expectReachable(
    page.locator(`.masar-item-content[data-event-id="${shown[0]}"]`),
    cardArea(page),
  );
  await page.mouse.up();
  await expect(page.locator('#timeline .masar-cluster')).toHaveCount(0);
});

test('a forum filter narrows the corpus and writes the link', async ({ page }) => {
  await serveCorpus(page);
  const forum = data.forums[0];
  if (!forum) throw new Error('no forum');
  const expected = data.events.filter((e) => e.forums.includes(forum.id)).length;
  await page.goto('/?lang=en');
  await expect(resultCount(page, 'en')).toContainText(grouped(EVENTS));
  await page.getByRole('button', { name: new RegExp((forum.short ?? forum.name).en) }).click();
  await expect(resultCount(page, 'en')).toHaveText(
    `${grouped(expected)} events of ${grouped(EVENTS)}`,
  );
  await expect(page).toHaveURL(new RegExp(`forums=${forum.id}`));
});

test('a word found only in summaries matches once the detail chunks are read', async ({ page }) => {
  await serveCorpus(page);
  const layout = data.details;
  if (!layout) throw new Error('the generated corpus should keep its details in chunks');
  // "transport" is in summaries only (titles and places never use it): before the chunks are
  // read the search finds nothing, after it finds every event whose summary has the word.
  const word = 'transport';
  const inTitles = data.events.some((e) =>
    `${e.title.en} ${e.place?.en ?? ''}`.toLowerCase().includes(word),
  );
  expect(inTitles).toBe(false);
  let expected = 0;
  for (const file of layout.files) {
    const chunk = JSON.parse(readFileSync(join(OUT, file), 'utf8')) as {
      events: { summary: { en: string } }[];
    };
    expected += chunk.events.filter((e) => /\btransport/i.test(e.summary.en)).length;
  }
  expect(expected).toBeGreaterThan(0);
  await page.goto(`/?lang=en&q=${word}`);
  // Until the index is ready a second status says search is still being prepared.
  await expect(resultCount(page, 'en').filter({ hasText: 'events of' })).toHaveText(
    `${grouped(expected)} events of ${grouped(EVENTS)}`,
    { timeout: 30_000 },
  );
  await expect(listItems(page, 'en').first()).toBeVisible();
});

test('an export fetches every chunk it needs, and says so plainly when one fails', async ({
  page,
}) => {
  await serveCorpus(page);
  const layout = data.details;
  const forum = data.forums[0];
  if (!layout || !forum) throw new Error('the corpus should be chunked and have forums');
  const inForum = data.events.filter((e) => e.forums.includes(forum.id));
  // One chunk answers with a server error until the reader tries again.
  let failing = true;
  await page.route(`**/data/${layout.files[1] ?? ''}`, (route) =>
    failing ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback(),
  );
  await page.goto(`/?forums=${forum.id}&lang=en`);
  await expect(resultCount(page, 'en')).toContainText(grouped(inForum.length));
  await page.getByRole('button', { name: "Export this view's events or cite it" }).click();
  const csv = page.getByRole('button', { name: 'Spreadsheet (CSV)' });
  let downloads = 0;
  page.on('download', () => downloads++);
  await csv.click();
  await expect(page.getByRole('alert')).toContainText(
    'Could not make the file: the summaries and sources of some events could not be loaded',
  );
  expect(downloads).toBe(0);

  failing = false;
  const [file] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  const rows = csvRecords(readFileSync(await file.path(), 'utf8').slice(1));
  expect(rows.map((r) => r.id)).toEqual(inForum.map((e) => e.id));
  // Rows from every chunk carry the summary their chunk holds.
  for (const event of [inForum[0], inForum[inForum.length - 1]]) {
    const row = rows.find((r) => r.id === event?.id);
    expect(row?.summary_en).toBe(chunkDetails(OUT, data, event?.id ?? '').summary.en);
  }
  expect(rows.every((r) => r.summary_en !== '' && r.sources_en !== '')).toBe(true);
});

test('a link to an event opens it, with its summary fetched from its chunk', async ({ page }) => {
  await serveCorpus(page);
  const event = sample();
  const full = data.details ? undefined : event.summary; // inline corpora carry it; chunked ones are checked against the chunk below
  await page.goto(`/?event=${event.id}&lang=en`);
  const panel = page.getByRole('region', { name: event.title.en });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title.en);
  const index = data.events.indexOf(event);
  const summary =
    full?.en ??
    (() => {
      const layout = data.details;
      if (!layout) throw new Error('no details');
      const chunk = JSON.parse(
        readFileSync(join(OUT, layout.files[Math.floor(index / layout.chunkSize)] ?? ''), 'utf8'),
      ) as { events: { summary: { en: string } }[] };
      return chunk.events[index % layout.chunkSize]?.summary.en ?? '';
    })();
  await expect(panel.getByText(summary)).toBeVisible();
  await expect(timelineItems(page).filter({ hasText: event.title.en })).toHaveClass(/vis-selected/);
});

test('a link to a date highlights that day’s events', async ({ page }) => {
  await serveCorpus(page);
  const event = sample();
  await page.goto(`/?date=${event.from}&lang=en`);
  await expect(page.getByText(/highlighted on the timeline/)).toBeVisible();
  await expect(timelineItems(page).filter({ hasText: event.title.en })).toHaveClass(
    /is-highlighted/,
  );
});

test('selecting an event in the list opens it', async ({ page }) => {
  await serveCorpus(page);
  await page.goto('/?lang=en');
  // The list reads newest first: its first event is the corpus's last.
  const first = data.events.at(-1);
  if (!first) throw new Error('empty corpus');
  await eventList(page, 'en').getByRole('link', { name: first.title.en }).first().click();
  await expect(page).toHaveURL(new RegExp(`event=${first.id}`));
  await expect(page.getByRole('heading', { level: 2, name: first.title.en })).toBeVisible();
});

test('an event opened after a redeployment offers the new events instead of retrying a deleted chunk', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const forum = data.forums[0];
  if (!forum) throw new Error('no forum');
  // The list reads newest first, 50 at a time. At an idle moment the app fetches the chunks of
  // the first 50 ahead of need (src/app/useIdleWarmUp.ts): the event opened here is the newest
  // one in the forum whose chunk was not among them, so its chunk is first asked for after the
  // deployment. The reader pages back to it.
  const layout = data.details;
  if (!layout) throw new Error('the corpus has no detail chunks');
  const chunkOf = (e: (typeof data.events)[number]) =>
    Math.floor(data.events.indexOf(e) / layout.chunkSize);
  const newestFirst = data.events.filter((e) => e.forums.includes(forum.id)).reverse();
  const warmed = new Set(newestFirst.slice(0, 50).map(chunkOf));
  const position = newestFirst.findIndex((e) => !warmed.has(chunkOf(e)));
  const event = newestFirst[position];
  if (!event) throw new Error('every event of the forum is in a warmed chunk');
  const inForum = newestFirst.length;

  // The next deployment: the same corpus with one summary rewritten, compiled by the real
  // compiler, so it has another hash and its detail chunks other names.
  const worker = test.info().workerIndex;
  const source = `.tmp/e2e-large/redeploy-${worker}`;
  const next = `.tmp/e2e-large/json-redeploy-${worker}`;
  rmSync(source, { recursive: true, force: true });
  rmSync(next, { recursive: true, force: true });
  cpSync(CORPUS, source, { recursive: true });
  const file = join(source, 'events', event.from.slice(0, 4), `${event.id}.yaml`);
  const revised = 'Revised after the deployment: the talks were summed up anew.';
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex(
    (line, i) => i > lines.indexOf('summary:') && line.startsWith('  en: '),
  );
  lines[at] = `  en: "${revised}"`;
  writeFileSync(file, lines.join('\n'));
  const redeployed = compileCorpus(source, next);
  expect(redeployed.hash).not.toBe(data.hash);
  expect(chunkDetails(next, redeployed, event.id).summary.en).toBe(revised);

  await serveCorpus(page);
  await page.goto(`/?forums=${forum.id}&lang=en`);
  await expect(resultCount(page, 'en')).toHaveText(
    `${grouped(inForum)} events of ${grouped(EVENTS)}`,
  );

  // Search reads every chunk in the background: let it finish, so every chunk request counted
  // below is the details panel's.
  await page.waitForFunction(
    () => performance.getEntriesByName('masar:search-ready').length > 0,
    undefined,
    { timeout: 30_000 },
  );

  // The deployment lands while the tab is open: the old chunks are deleted, and the host answers
  // every unknown path with the app's index.html and status 200.
  const oldChunks = new Set(data.details?.files);
  const newFiles = new Set(readdirSync(next));
  const asked: string[] = [];
  await page.unroute('**/data/*.json');
  await page.route('**/data/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    asked.push(name);
    return newFiles.has(name)
      ? route.fulfill({ path: join(next, name), contentType: 'application/json' })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>مسار</title>' });
  });

  for (let shown = 50; shown <= position; shown += 50)
    await eventList(page, 'en')
      .getByRole('button', { name: /^Show (the|\S+) earlier events?$/ })
      .click();
  await eventList(page, 'en').getByRole('link', { name: event.title.en }).first().click();
  const panel = page.getByRole('region', { name: event.title.en });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title.en);
  await expect(
    panel.getByText(
      'The details of this event belong to an earlier version of the events, which is no longer available.',
    ),
  ).toBeVisible();
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'The events have been updated since this page was opened.' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Load the updated events' })).toBeVisible();
  // One request for the dead chunk and one for the events JSON: no loop.
  expect(asked.filter((name) => oldChunks.has(name))).toHaveLength(1);
  expect(asked.filter((name) => name === 'events.json')).toHaveLength(1);

  // From the keyboard, in the panel where the reader is.
  await panel.getByRole('button', { name: 'Load the updated events' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText(revised)).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'The updated events are loaded.' }),
  ).toBeVisible();
  // The reader's view is kept: the filter, the open event, the count.
  await expect(page).toHaveURL(new RegExp(`forums=${forum.id}`));
  await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
  await expect(resultCount(page, 'en')).toHaveText(
    `${grouped(inForum)} events of ${grouped(EVENTS)}`,
  );
  expect(asked.filter((name) => oldChunks.has(name))).toHaveLength(1);
});
