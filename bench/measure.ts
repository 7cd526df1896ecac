/**
 * The in-browser measurements for one corpus: page loads, filter clicks, a search keystroke and
 * deep links, each timed inside the page by bench/probe.js. Every wait has a time limit; a figure
 * that timed out once is not tried again on that corpus (its later runs would only time out too).
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.ts';
import type { Targets } from './targets.ts';
import { statusNumbers } from './targets.ts';
import { withTimeout } from './processes.ts';
import { FIGURES, type FigureId } from './figures.ts';
import { PEER_PAGE } from './peer.ts';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** DOM conditions, built here and checked in the page by probe.js. */
type Spec =
  { selector: string; text?: string } | { status: number[] } | { all: Spec[] } | { not: Spec };

const TIMELINE_ITEM = '.vis-item.vis-box, .vis-item.vis-range';
/**
 * An event wherever it is painted first: an entry of the list (the page's HTML holds the opening
 * view's, src/prerender) or an item on the timeline. A reader can read and follow either.
 */
const ANY_EVENT = `li[data-event-id], ${TIMELINE_ITEM}`;
const withClass = (cls: string) => `.vis-item.vis-box.${cls}, .vis-item.vis-range.${cls}`;
/**
 * TimelineJS3's first event: a marker in its time navigation (its counterpart of a timeline item)
 * and the slide text of an event, both in the DOM. TimelineJS builds every slide and marker in
 * one task, so the paint after this is the first frame that shows the timeline.
 */
const PEER_FIRST_EVENT: Spec = {
  all: [{ selector: '.tl-timemarker' }, { selector: '.tl-slide .tl-headline' }],
};
/** CDP Emulation.setCPUThrottlingRate for the "mid-range phone" load (issue 14). */
const CPU_SLOWDOWN = 4;
/** Animation frames in a row without a DOM change before a page counts as settled (~170 ms). */
const QUIET_FRAMES = 10;
/** Long idle periods in a row (see probe.js idle()) before a page counts as done loading. */
const IDLE_PERIODS = 3;

export interface Sample {
  /** ms or MiB; null when the measurement timed out or failed. */
  value: number | null;
  timedOut?: boolean;
  note?: string;
  /** Secondary readings kept in the raw results (e.g. the paint after the count changed). */
  extra?: Record<string, number | null>;
}

export interface MeasureOptions {
  baseUrl: string;
  runs: number;
  loadTimeoutMs: number;
  actionTimeoutMs: number;
  /** Also load TimelineJS3's page (bench/peer.ts, served at PEER_PAGE) with the same events. */
  peer: boolean;
  /** Also load Masar's page at 4× CPU slowdown. */
  slowLoad: boolean;
  log(line: string): void;
}

/** One Chromium for the whole benchmark, relaunched if a hung page cannot be closed. */
export class BrowserHost {
  private browser: Browser | undefined;

  async get(): Promise<Browser> {
    if (!this.browser?.isConnected()) {
      const executablePath = chromiumPath();
      this.browser = await chromium.launch({
        ...(executablePath ? { executablePath } : {}),
        args: CHROMIUM_ARGS,
        headless: true,
        timeout: 60_000,
      });
    }
    return this.browser;
  }

  async version(): Promise<string> {
    return (await this.get()).version();
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await withTimeout(browser.close(), 15_000);
  }

  /** Closes a context; a renderer stuck in a long task can block that, so then start afresh. */
  async discard(context: BrowserContext): Promise<void> {
    const closed = await withTimeout(
      context.close().catch(() => undefined),
      15_000,
    );
    if (!closed.ok) {
      const browser = this.browser;
      this.browser = undefined;
      if (browser) {
        // If even this hangs, Playwright kills the browser process when ours exits.
        await withTimeout(
          browser.close().catch(() => undefined),
          15_000,
        );
      }
    }
  }
}

interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Load watches by name: {hit, painted} in ms since navigation start, or null (timed out). */
  loads: Record<string, { hit: number; painted: number } | null>;
  heapMiB?: number | null;
  /** When the app marked its search index complete (ms after navigation), if waited for. */
  searchReadyMs?: number;
  settled: boolean;
}

/**
 * Same-origin resources the page got without a transfer (transferSize 0 with a body): from a
 * cache, which a first visit has not. Cross-origin entries report 0 without timing permission,
 * so only the server's own count; the benchmark serves everything from it.
 */
const CACHED_RESOURCES = `[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
  .filter((e) => e.name.startsWith(location.origin) && e.transferSize === 0 && e.decodedBodySize > 0)
  .map((e) => new URL(e.name).pathname)`;

/** A new context (its cache empty), the probe installed, and the URL opened. */
async function openPage(
  host: BrowserHost,
  options: MeasureOptions,
  path: string,
  watches: Record<string, Spec>,
  extra: {
    heap?: boolean;
    ready?: Spec;
    /** CDP CPU throttling rate for the whole load (1 = none). */
    cpuSlowdown?: number;
    /** Return once the watches have their results: no settling, idling or heap. */
    loadOnly?: boolean;
    /**
     * Also wait for the app's background work to end (the search index, with the summaries of
     * a chunked corpus: masar:search-ready), then for the page to settle again, before an input
     * is timed. The heap is read before that wait, after the load itself.
     */
    steady?: boolean;
  } = {},
): Promise<OpenPage | { failed: Sample }> {
  const browser = await host.get();
  const context = await browser.newContext({
    locale: 'ar',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const limit = options.loadTimeoutMs;
  const watchCalls = Object.entries(watches)
    .map(([name, spec]) => `window.__masarBench.watch(${json(name)}, ${json(spec)}, ${limit});`)
    .join('\n');
  await context.addInitScript({ content: `${PROBE}\n${watchCalls}` });
  const page = await context.newPage();
  page.setDefaultTimeout(options.actionTimeoutMs);
  const fail = async (note: string, timedOut = true) => {
    await host.discard(context);
    return { failed: { value: null, timedOut, note } };
  };
  try {
    const cdp = await context.newCDPSession(page);
    // No Network domain: a fresh context's cache is already empty, and with the domain on,
    // DevTools keeps and decodes every response body on the page's main thread for its own
    // inspector (3.8 MB of events.json at 10,000 events: a 50 ms decode no reader pays, in
    // the middle of the load). firstVisitBroken (below) checks that nothing came from a cache.
    if (extra.cpuSlowdown) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: extra.cpuSlowdown });
    }
    await page.goto(options.baseUrl + path, { waitUntil: 'commit', timeout: limit });
    const names = Object.keys(watches);
    const got = await withTimeout(
      page.evaluate(`window.__masarBench.loaded(${json(names)}, ${limit})`) as Promise<
        OpenPage['loads']
      >,
      limit + 5_000,
    );
    if (!got.ok) return await fail(`timeout after ${limit / 1000} s (page load)`);
    const loads = got.value;
    const missing = names.filter((n) => !loads[n]);
    if (missing.length > 0) {
      return await fail(`timeout after ${limit / 1000} s waiting for ${missing.join(', ')}`);
    }
    const cached = await evaluateWithin<string[]>(page, CACHED_RESOURCES, limit);
    if (cached === undefined) return await fail(`timeout after ${limit / 1000} s (page load)`);
    if (cached.length > 0) {
      return await fail(`not a first visit: served from a cache: ${cached.join(', ')}`, false);
    }
    if (extra.loadOnly) return { context, page, loads, settled: false };
    if (extra.ready) {
      // The count can take a while to read as expected: on large corpora the search applies once
      // its index is built in the background. A count that never gets there usually means the
      // harness and the app disagree (a wording or link change), so the note quotes it.
      const ready = await evaluateWithin<unknown>(
        page,
        `window.__masarBench.when(${json(extra.ready)}, ${limit})`,
        limit,
      );
      if (ready === undefined) return await fail(`timeout after ${limit / 1000} s (page load)`);
      if (ready === null) {
        const text = await evaluateWithin<string>(
          page,
          `document.querySelector('#filter-panel [role=status]')?.textContent ?? '(no count)'`,
          5_000,
        );
        return await fail(
          `the results count reads "${text}" after ${limit / 1000} s, expected the numbers ` +
            json(extra.ready),
          false,
        );
      }
    }
    const settled = await evaluateWithin<boolean>(
      page,
      `window.__masarBench.settle(${QUIET_FRAMES}, ${limit})`,
      limit,
    );
    if (settled === undefined) return await fail(`timeout after ${limit / 1000} s (settling)`);
    // Background work that paints nothing (e.g. indexing for search) should be over before the
    // heap is read or an input is timed; a page that never idles is noted, not failed.
    const idle = await evaluateWithin<boolean>(
      page,
      `window.__masarBench.idle(${IDLE_PERIODS}, ${limit})`,
      limit,
    );
    const opened: OpenPage = { context, page, loads, settled: settled && idle === true };
    if (extra.heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      opened.heapMiB = usage.usedSize / 2 ** 20;
    }
    if (extra.steady) {
      const ready = await evaluateWithin<number | null>(
        page,
        `window.__masarBench.marked('masar:search-ready', ${limit})`,
        limit,
      );
      if (ready === undefined || ready === null) {
        return await fail(`timeout after ${limit / 1000} s (the search index was not complete)`);
      }
      opened.searchReadyMs = ready;
      await evaluateWithin(page, `window.__masarBench.settle(${QUIET_FRAMES}, ${limit})`, limit);
      await evaluateWithin(page, `window.__masarBench.idle(${IDLE_PERIODS}, ${limit})`, limit);
    }
    return opened;
  } catch (error) {
    return await fail(`error: ${firstLine(error)}`, false);
  }
}

async function evaluateWithin<T>(
  page: Page,
  expression: string,
  ms: number,
): Promise<T | undefined> {
  const result = await withTimeout(page.evaluate(expression) as Promise<T>, ms + 5_000);
  return result.ok ? result.value : undefined;
}

/** Arms the clock and the expected outcome, performs the input, and reads the timing. */
async function interact(
  page: Page,
  options: MeasureOptions,
  eventTypes: string[],
  expected: Spec,
  act: () => Promise<void>,
): Promise<Sample> {
  const limit = options.actionTimeoutMs;
  const armed = await evaluateWithin<boolean>(
    page,
    `window.__masarBench.arm(${json(eventTypes)}, ${json(expected)}, ${limit})`,
    limit,
  );
  if (armed === undefined)
    return { value: null, timedOut: true, note: 'the page stopped answering' };
  if (!armed) return { value: null, note: 'the expected state held before the input' };
  const acted = await withTimeout(
    act().then(
      () => '',
      (error: unknown) => firstLine(error),
    ),
    limit,
  );
  if (!acted.ok) return { value: null, timedOut: true, note: `timeout after ${limit / 1000} s` };
  if (acted.value) return { value: null, note: `input failed: ${acted.value}` };
  const measured = await evaluateWithin<{
    timedOut: boolean;
    phase?: string;
    error?: string;
    conditionPainted?: number;
    settledPainted?: number;
  }>(page, `window.__masarBench.measure(${QUIET_FRAMES})`, limit);
  if (measured === undefined || measured.timedOut) {
    const phase = measured?.phase ? ` (${measured.phase})` : '';
    return { value: null, timedOut: true, note: `timeout after ${limit / 1000} s${phase}` };
  }
  if (measured.error) return { value: null, note: measured.error };
  return {
    value: measured.settledPainted ?? null,
    extra: { countPaintedMs: measured.conditionPainted ?? null },
  };
}

export type CorpusSamples = Partial<Record<FigureId, Sample[]>>;

interface Step {
  figure: FigureId;
  /** The query string the page must be at before the input ('' = no filters). */
  start: string;
  /** The query-string state the input leaves the page in. */
  after: string;
  /** The count the page shows before, and must show after, the input. */
  before: Spec;
  expected: Spec;
  eventTypes: string[];
  act(page: Page): Promise<void>;
}

/** "starts with this name": accessible names also carry the count after the name. */
function nameStarting(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
}

function steps(t: Targets): Step[] {
  const status = (count: number): Spec => ({ status: statusNumbers(count, t.total) });
  const actorQuery = new URLSearchParams({ actors: t.actor.id }).toString();
  const { forum, search } = t;
  const actorBox = (page: Page) =>
    page
      .getByRole('group', { name: 'المشاركون' })
      .getByRole('checkbox', { name: nameStarting(t.actor.name) })
      .first();
  return [
    {
      figure: 'actorOnMs',
      start: '',
      after: actorQuery,
      before: status(t.total),
      expected: status(t.actor.count),
      eventTypes: ['click'],
      act: (page) => actorBox(page).click(),
    },
    {
      figure: 'actorOffMs',
      start: actorQuery,
      after: '',
      before: status(t.actor.count),
      expected: status(t.total),
      eventTypes: ['click'],
      act: (page) => actorBox(page).click(),
    },
    ...(forum
      ? ([
          {
            figure: 'forumOnMs',
            start: '',
            after: new URLSearchParams({ forums: forum.id }).toString(),
            before: status(t.total),
            expected: status(forum.count),
            eventTypes: ['click'],
            act: (page) =>
              page
                .locator('#filter-panel')
                .getByRole('button', { name: nameStarting(forum.name), pressed: false })
                .first()
                .click(),
          },
        ] satisfies Step[])
      : []),
    ...(search
      ? ([
          {
            figure: 'searchMs',
            start: new URLSearchParams({ q: search.prefix }).toString(),
            after: new URLSearchParams({ q: search.prefix + search.lastChar }).toString(),
            before: status(search.prefixCount),
            expected: status(search.count),
            // Playwright types a character that is not on a US keyboard as text input, without keydown.
            eventTypes: ['keydown', 'beforeinput', 'input'],
            act: async (page) => {
              await page.keyboard.type(search.lastChar);
            },
          },
        ] satisfies Step[])
      : []),
    {
      figure: 'clearAllMs',
      start: t.clearAll.query,
      after: '',
      before: status(t.clearAll.count),
      expected: status(t.total),
      eventTypes: ['click'],
      act: (page) =>
        page
          .locator('#filter-panel')
          .getByRole('button', { name: 'إعادة الضبط', exact: true })
          .click(),
    },
  ];
}

/**
 * One step of a drag on the overview strip's handle, 40 px towards the past: from the pointer
 * move to the paint after the handle and the timeline's window have moved and the page is quiet.
 * The press before it and the release after it are not timed.
 */
async function dragOverview(page: Page, options: MeasureOptions): Promise<Sample> {
  const handle = page.getByRole('slider').first();
  const box = await handle.boundingBox();
  const now = await handle.getAttribute('aria-valuenow');
  if (!box || now === null) return { value: null, note: 'no overview handle on the page' };
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const moved: Spec = { not: { selector: `[role=slider][aria-valuenow="${now}"]` } };
  // The page is right to left: the past is to the right.
  const sample = await interact(page, options, ['pointermove'], moved, () =>
    page.mouse.move(x + 40, y),
  );
  await page.mouse.up();
  return sample;
}

/**
 * Opening an event: on "/" (settled), click the first item of the list; done when that item is
 * the selected one and the details heading shows, painted, and the page is quiet again.
 */
async function openFromList(page: Page, options: MeasureOptions): Promise<Sample> {
  const item = page.locator('li[data-event-id]').first();
  const id = await item.getAttribute('data-event-id');
  if (id === null) return { value: null, note: 'no event in the list' };
  const selector = `li[data-event-id="${id.replace(/["\\]/g, '\\$&')}"] > a`;
  const opened: Spec = {
    all: [{ selector: `${selector}[aria-current="true"]` }, { selector: '#details-heading' }],
  };
  return interact(page, options, ['click'], opened, () => page.locator(selector).click());
}

/**
 * Next event: on a page with an event open (settled), click the toolbar's «الحدث التالي»; done
 * when the details heading shows another title, painted, and the page is quiet again (the
 * timeline's move to the event included).
 */
function nextEvent(page: Page, options: MeasureOptions, title: string): Promise<Sample> {
  const moved: Spec = {
    all: [{ selector: '#details-heading' }, { not: { selector: '#details-heading', text: title } }],
  };
  return interact(page, options, ['click'], moved, () =>
    page.getByRole('button', { name: 'الحدث التالي', exact: true }).click(),
  );
}

/** What a reader does before the timed input: find the actor, or put the caret in the search box. */
async function prepare(page: Page, step: Step, targets: Targets, limit: number): Promise<void> {
  if (step.figure === 'actorOnMs') {
    await page.getByLabel('ابحث عن مشارك', { exact: true }).fill(targets.actor.name);
    await evaluateWithin(page, `window.__masarBench.settle(${QUIET_FRAMES}, ${limit})`, limit);
  }
  if (step.figure === 'searchMs') {
    await page.getByLabel('بحث في الأحداث', { exact: true }).focus();
    await page.evaluate(
      `(() => { const el = document.activeElement; el.setSelectionRange(el.value.length, el.value.length); })()`,
    );
  }
}

/**
 * All figures of one corpus, `runs` times. A run opens "/" (load figures and heap), then clicks
 * through the filter steps on the same page while its state allows, opening a fresh page at the
 * step's starting link otherwise; the deep links always get a fresh page.
 */
export async function measureCorpus(
  host: BrowserHost,
  targets: Targets,
  options: MeasureOptions,
): Promise<CorpusSamples> {
  const samples: CorpusSamples = {};
  const add = (figure: FigureId, sample: Sample, run: number) => {
    (samples[figure] ??= []).push(sample);
    const shown =
      sample.value === null ? `— ${sample.note ?? 'failed'}` : `${sample.value.toFixed(1)}`;
    options.log(`  run ${run}/${options.runs} ${figureLabel(figure)}: ${shown}`);
  };
  const gaveUp = new Set<FigureId>();
  /** A fresh load of `path` until `spec` is painted, as one sample of `figure`. */
  const measureLoad = async (
    figure: FigureId,
    path: string,
    spec: Spec,
    run: number,
    extra: Parameters<typeof openPage>[4] = {},
  ) => {
    if (gaveUp.has(figure)) return;
    const opened = await openPage(host, options, path, { target: spec }, extra);
    if ('failed' in opened) {
      add(figure, opened.failed, run);
      if (opened.failed.timedOut) gaveUp.add(figure);
      return;
    }
    add(figure, { value: opened.loads.target?.painted ?? null }, run);
    await host.discard(opened.context);
  };
  const loadWatches = {
    firstEvent: { selector: TIMELINE_ITEM },
    anyEvent: { selector: ANY_EVENT },
    list: { selector: 'li[data-event-id]' },
  };
  // A page set up for an input only needs the timeline engine in place (it may show no item).
  const setupWatches = { timeline: { selector: '.vis-timeline' } };
  const allSteps = steps(targets);

  for (let run = 1; run <= options.runs; run++) {
    // 1. The plain page load: first event, list, heap.
    let current: { open: OpenPage; query: string } | undefined;
    if (!gaveUp.has('firstEventMs')) {
      const opened = await openPage(host, options, '/', loadWatches, {
        heap: true,
        ready: { status: statusNumbers(targets.total, targets.total) },
        steady: true,
      });
      if ('failed' in opened) {
        for (const f of [
          'firstEventMs',
          'firstEventShownMs',
          'listPaintedMs',
          'heapMiB',
          'searchReadyMs',
        ] as const) {
          add(f, opened.failed, run);
        }
        if (opened.failed.timedOut) {
          // Nothing else can be measured on a page that does not load in time.
          for (const step of allSteps) gaveUp.add(step.figure);
          gaveUp.add('firstEventMs').add('deepLinkDateMs').add('deepLinkEventMs');
          const note = `not measured: the page did not load within ${options.loadTimeoutMs / 1000} s`;
          for (const f of [
            ...allSteps.map((s) => s.figure),
            'deepLinkDateMs',
            'deepLinkEventMs',
          ] as const) {
            add(f, { value: null, timedOut: true, note }, run);
          }
          break;
        }
      } else {
        add('firstEventMs', { value: opened.loads.firstEvent?.painted ?? null }, run);
        add('firstEventShownMs', { value: opened.loads.anyEvent?.painted ?? null }, run);
        add('listPaintedMs', { value: opened.loads.list?.painted ?? null }, run);
        add('searchReadyMs', { value: opened.searchReadyMs ?? null }, run);
        add(
          'heapMiB',
          {
            value: opened.heapMiB ?? null,
            note: opened.settled ? undefined : 'the page was still busy when the heap was read',
          },
          run,
        );
        current = { open: opened, query: '' };
      }
    }

    // 1b. The same events in TimelineJS3, and Masar's load at 4× CPU slowdown: load figures only.
    const loadOnly: [FigureId, boolean, string, Spec, number | undefined][] = [
      ['peerFirstEventMs', options.peer, PEER_PAGE, PEER_FIRST_EVENT, undefined],
      ['firstEventSlowMs', options.slowLoad, '/', { selector: ANY_EVENT }, CPU_SLOWDOWN],
    ];
    for (const [figure, wanted, path, spec, cpuSlowdown] of loadOnly) {
      if (wanted) await measureLoad(figure, path, spec, run, { loadOnly: true, cpuSlowdown });
    }

    // 2. Filter changes and the search keystroke.
    for (const step of allSteps) {
      if (gaveUp.has(step.figure)) continue;
      if (current && current.query !== step.start) {
        await host.discard(current.open.context);
        current = undefined;
      }
      if (!current) {
        const path = step.start ? `/?${step.start}` : '/';
        const opened = await openPage(host, options, path, setupWatches, {
          ready: step.before,
          steady: true,
        });
        if ('failed' in opened) {
          add(step.figure, { ...opened.failed, note: `setup: ${opened.failed.note}` }, run);
          // Either way the next run would wait the full time limit again.
          gaveUp.add(step.figure);
          continue;
        }
        current = { open: opened, query: step.start };
      }
      const page = current.open.page;
      let sample: Sample;
      try {
        await prepare(page, step, targets, options.actionTimeoutMs);
        sample = await interact(page, options, step.eventTypes, step.expected, () =>
          step.act(page),
        );
      } catch (error) {
        sample = { value: null, note: `error: ${firstLine(error)}` };
      }
      add(step.figure, sample, run);
      if (sample.value === null) {
        if (sample.timedOut) gaveUp.add(step.figure);
        await host.discard(current.open.context);
        current = undefined;
      } else current.query = step.after;
    }
    if (current) await host.discard(current.open.context);

    // 2b. Selecting events: one from the list on "/", then the next one from the toolbar.
    const selecting: [FigureId, string, Spec, (page: Page) => Promise<Sample>][] = [
      [
        'openEventMs',
        '/',
        { status: statusNumbers(targets.total, targets.total) },
        (page) => openFromList(page, options),
      ],
      [
        'nextEventMs',
        `/?event=${encodeURIComponent(targets.step.id)}`,
        { selector: '#details-heading', text: targets.step.title },
        (page) => nextEvent(page, options, targets.step.title),
      ],
    ];
    for (const [figure, path, ready, act] of selecting) {
      if (gaveUp.has(figure)) continue;
      const opened = await openPage(host, options, path, setupWatches, { ready, steady: true });
      if ('failed' in opened) {
        add(figure, { ...opened.failed, note: `setup: ${opened.failed.note}` }, run);
        gaveUp.add(figure);
        continue;
      }
      let sample: Sample;
      try {
        sample = await act(opened.page);
      } catch (error) {
        sample = { value: null, note: `error: ${firstLine(error)}` };
      }
      add(figure, sample, run);
      if (sample.timedOut) gaveUp.add(figure);
      await host.discard(opened.context);
    }

    // 3. The overview strip: the reader holds its handle, then moves the pointer one step.
    if (!gaveUp.has('overviewDragMs')) {
      const opened = await openPage(host, options, '/', setupWatches, {
        ready: { status: statusNumbers(targets.total, targets.total) },
        steady: true,
      });
      if ('failed' in opened) {
        add('overviewDragMs', { ...opened.failed, note: `setup: ${opened.failed.note}` }, run);
        gaveUp.add('overviewDragMs');
      } else {
        let sample: Sample;
        try {
          sample = await dragOverview(opened.page, options);
        } catch (error) {
          sample = { value: null, note: `error: ${firstLine(error)}` };
        }
        add('overviewDragMs', sample, run);
        if (sample.timedOut) gaveUp.add('overviewDragMs');
        await host.discard(opened.context);
      }
    }

    // 4. Deep links, each a fresh load.
    const links: [FigureId, string, Spec][] = [
      ['deepLinkDateMs', `/?date=${targets.date.day}`, { selector: withClass('is-highlighted') }],
      [
        'deepLinkEventMs',
        `/?event=${encodeURIComponent(targets.event.id)}`,
        { all: [{ selector: '#details-heading' }, { selector: withClass('vis-selected') }] },
      ],
    ];
    for (const [figure, path, spec] of links) await measureLoad(figure, path, spec, run);
  }
  return samples;
}

function figureLabel(figure: FigureId): string {
  return FIGURES[figure].label;
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
