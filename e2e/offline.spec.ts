// Offline: once a reader has opened Masar, the service worker keeps the page, the timeline and the
// events working without a network, and in a large corpus the details kept in chunk files too.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { EventDetails } from '../src/domain/schema.ts';
import { compileCorpus, largeCorpus } from './support/largeCorpus.ts';
import { serveStatic } from './support/staticServer.ts';
import { dataset, eventById } from './support/dataset.ts';
import { detailsPanel, listButton, listItems, openApp } from './support/app.ts';
import { firstPageOf } from '../src/domain/listPage.ts';

const EVENT = eventById('2025-05-08-xi-visit-moscow');

test.use({ serviceWorkers: 'allow' });

test('after one visit, a reload without network still shows the events, the timeline and details', async ({
  page,
  context,
}) => {
  await openApp(page);
  // Polled from here: waitForFunction with a string predicate needs eval, which the CSP forbids.
  await expect
    .poll(() => page.evaluate<boolean>('navigator.serviceWorker.controller !== null'))
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(listItems(page)).toHaveCount(firstPageOf(dataset().events.length));
  await expect(page.locator('.vis-item.vis-box, .vis-item.vis-range').first()).toBeVisible();
  await listButton(page, EVENT).click();
  await expect(detailsPanel(page, EVENT).getByRole('heading', { level: 2 })).toHaveText(
    EVENT.title.ar,
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('in a corpus over 5,000 events, an event opens offline with its summary and sources', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  // A private copy of the build serving the generated corpus: the worker must fetch the real
  // chunk files, and page.route never sees a service worker's own requests.
  const worker = test.info().workerIndex;
  const root = resolve(`.tmp/e2e-offline/dist-${worker}`);
  rmSync(root, { recursive: true, force: true });
  cpSync(process.env.E2E_DIST ?? 'dist', root, { recursive: true });
  rmSync(join(root, 'data'), { recursive: true, force: true });
  const data = compileCorpus(largeCorpus(10_000, worker), join(root, 'data'));
  const layout = data.details;
  expect(layout, 'the corpus keeps its details in chunks').toBeDefined();
  // An event whose chunk is not the first: nothing before going offline asked for it.
  const index = (layout?.chunkSize ?? 0) * 3 + 17;
  const event = data.events[index];
  if (!event) throw new Error('the corpus is too small');
  const chunk = JSON.parse(readFileSync(join(root, 'data', layout?.files[3] ?? ''), 'utf8')) as {
    events: EventDetails[];
  };
  const details = chunk.events[17];
  const url = details?.sources.find((s) => s.url)?.url;
  if (!details || !url) throw new Error('the sample event has no source address');

  const server = await serveStatic(root);
  try {
    await page.goto(`${server.origin}/?lang=en`);
    await expect(page.getByRole('heading', { name: 'List of events' })).toBeVisible();
    await expect
      .poll(() => page.evaluate<boolean>('navigator.serviceWorker.controller !== null'), {
        timeout: 60_000,
      })
      .toBe(true);

    await context.setOffline(true);
    await page.goto(`${server.origin}/?lang=en&event=${event.id}`);
    const panel = page.getByRole('region', { name: event.title.en });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title.en);
    await expect(panel.getByText(details.summary.en)).toBeVisible();
    await expect(
      panel.getByRole('link', { name: new RegExp(details.sources[0]?.outlet.en ?? '') }).first(),
    ).toBeVisible();
    await expect(panel.getByText('The details of this event could not be loaded.')).toHaveCount(0);
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});
