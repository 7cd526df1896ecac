// axe-core on every state a reader can reach, in both languages: zero violations of WCAG 2.2 AA
// and axe's best practices. Nothing is excluded, vis-timeline's own DOM included. A failure lists
// each rule with the elements it flagged. axe takes seconds per run on a busy machine, so states
// that can share a page do (an event's panel together with the notice of an invalid link).
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dataset, eventById } from './support/dataset.ts';
import { detailsPanel, eventList, filterPanel, listButton, type Lang } from './support/app.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const EVENT = eventById('2026-02-04-putin-xi-video-call');
const LANGS: Lang[] = ['ar', 'en'];
const SHOW_FILTERS: Record<Lang, RegExp> = { ar: /^إظهار عوامل التصفية/, en: /^Show filters/ };
// A search that marks names in the list and the details, and finds one event by its summary only.
const SEARCH: Record<Lang, string> = { ar: 'فان يي', en: 'Wang' };
const SEARCHED = eventById('2024-09-10-wang-yi-shoigu-st-petersburg');

/** A search with its marks and notes on screen, and one of its results open. */
async function searchWithMarks(page: Page, lang: Lang): Promise<void> {
  const q = encodeURIComponent(SEARCH[lang]);
  await page.goto(withLang(`/?q=${q}&event=${SEARCHED.id}`, lang));
  await loaded(page, lang);
  await expect(detailsPanel(page, SEARCHED, lang).locator('mark').first()).toBeVisible();
  await expect(eventList(page, lang).locator('p mark').first()).toBeVisible();
}

function withLang(path: string, lang: Lang): string {
  if (lang === 'ar') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, report.join('\n')).toEqual([]);
}

/** The data is in, and the timeline engine (loaded lazily) has drawn its items. */
async function loaded(page: Page, lang: Lang, timeline = true): Promise<void> {
  await expect(eventList(page, lang).getByRole('listitem').first()).toBeVisible();
  if (timeline) {
    await expect(page.locator('.vis-item.vis-box, .vis-item.vis-range').first()).toBeVisible();
  }
}

for (const lang of LANGS) {
  test.describe(`accessibility (${lang})`, () => {
    test('the initial view, filters included', async ({ page }) => {
      await page.goto(withLang('/', lang));
      await loaded(page, lang);
      await expect(filterPanel(page, lang)).toBeVisible();
      await expectNoViolations(page);
    });

    test('an event selected, and the notice of an invalid link', async ({ page }) => {
      await page.goto(withLang(`/?event=${EVENT.id}&actors=nobody`, lang));
      await loaded(page, lang);
      await expect(detailsPanel(page, EVENT, lang)).toBeVisible();
      await expect(page.getByText('actors=nobody')).toBeVisible();
      await expectNoViolations(page);
    });

    test('a search: marks in the list and the details, and a note on a summary match', async ({
      page,
    }) => {
      await searchWithMarks(page, lang);
      await expectNoViolations(page);
    });

    test('the list view', async ({ page }) => {
      await page.goto(withLang('/?view=list', lang));
      await loaded(page, lang, false);
      await expect(listButton(page, EVENT, lang)).toBeVisible();
      await expectNoViolations(page);
    });

    test('a phone, with the filters opened', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(withLang('/', lang));
      await loaded(page, lang);
      await page.getByRole('button', { name: SHOW_FILTERS[lang] }).click();
      await expect(filterPanel(page, lang)).toBeVisible();
      await expectNoViolations(page);
    });

    test('the error state', async ({ page }) => {
      await page.route('**/data/events.json', (route) => route.fulfill({ status: 500, body: '' }));
      await page.goto(withLang('/', lang));
      await expect(page.getByRole('alert').getByRole('button')).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test('accessibility (ar): the display menu open, Arabic-Indic digits and Hijri first, an event open', async ({
  page,
}) => {
  await page.goto(`/?event=${EVENT.id}&digits=arab&cal=hijri`);
  await loaded(page, 'ar');
  await expect(detailsPanel(page, EVENT)).toBeVisible();
  await page.getByRole('button', { name: 'خيارات العرض: الأرقام والتقويم' }).click();
  await expect(page.getByRole('radio', { name: 'هندية' })).toBeChecked();
  await expectNoViolations(page);
});

test('accessibility (ar): no event matches the filters', async ({ page }) => {
  // A forum and an event type that no event has together.
  const { events, forums, types } = dataset();
  const pair = forums
    .flatMap((f) => types.map((t) => [f.id, t.id] as const))
    .find(([f, t]) => !events.some((e) => e.forums.includes(f) && e.type === t));
  if (!pair) throw new Error('every forum has every type of event');
  await page.goto(`/?forums=${pair[0]}&types=${pair[1]}`);
  await expect(page.getByRole('heading', { name: 'لا أحداث تطابق التصفية الحالية' })).toBeVisible();
  await expectNoViolations(page);
});

test.describe('accessibility in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const lang of LANGS) {
    // The initial view plus an open details panel, so its colours are checked on dark too.
    test(`the initial view with an event open (${lang})`, async ({ page }) => {
      await page.goto(withLang(`/?event=${EVENT.id}`, lang));
      await loaded(page, lang);
      await expect(detailsPanel(page, EVENT, lang)).toBeVisible();
      await expectNoViolations(page);
    });

    test(`a search with its marks, an event open (${lang})`, async ({ page }) => {
      await searchWithMarks(page, lang);
      await expectNoViolations(page);
    });
  }
});

test.describe('accessibility with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the initial view', async ({ page }) => {
    await page.goto('/');
    await loaded(page, 'ar');
    await expectNoViolations(page);
  });
});
