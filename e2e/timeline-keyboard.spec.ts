// The timeline by keyboard alone (e2e/keyboard.spec.ts covers the filters and the list): Tab
// reaches it with a visible focus ring, the arrow keys walk along time in the direction time runs
// on screen, the polite live region reads each event, Enter opens it, Escape gives focus back.
// The toolbar's zoom and navigation buttons and "share" work from the keyboard too.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataset } from './support/dataset.ts';
import { detailsPanel, openApp, urlParam, type Lang } from './support/app.ts';
import { tabTo } from './support/keyboard.ts';

const TIMELINE: Record<Lang, string> = { ar: 'الخط الزمني للأحداث', en: 'Timeline of events' };

/** The polite region under the timeline that reads out where the keys landed. */
function announcer(page: Page): Locator {
  return page.locator('p.sr-only[aria-live="polite"]');
}

/** A window that holds the two earliest events and nothing else. */
const EARLY = 'range=1945..2000';

async function focusTimeline(page: Page, lang: Lang, query = ''): Promise<Locator> {
  await openApp(
    page,
    `/?${[query, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&')}`,
    lang,
  );
  await expect(page.locator('.vis-item.vis-box, .vis-item.vis-range').first()).toBeVisible();
  const timeline = page.getByRole('application', { name: TIMELINE[lang] });
  await tabTo(page, timeline);
  // A visible focus ring: a solid outline at least 2 px wide.
  const outline = await timeline.evaluate((el) => {
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    return { style: style?.outlineStyle, width: parseFloat(style?.outlineWidth ?? '0') };
  });
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  return timeline;
}

const [first, second] = dataset().events;

for (const [lang, later, earlier] of [
  ['ar', 'ArrowLeft', 'ArrowRight'],
  ['en', 'ArrowRight', 'ArrowLeft'],
] as const) {
  test(`${lang}: ${later} walks to later events, the live region reads them, Enter opens, Escape returns`, async ({
    page,
  }) => {
    if (!first || !second) throw new Error('the shipped data needs two events');
    const timeline = await focusTimeline(page, lang, EARLY);

    // From nothing, the first key lands on the earliest event in view.
    await page.keyboard.press(later);
    await expect(announcer(page)).toContainText(first.title[lang]);
    await page.keyboard.press(later);
    await expect(announcer(page)).toContainText(second.title[lang]);
    await page.keyboard.press(earlier);
    await expect(announcer(page)).toContainText(first.title[lang]);
    await page.keyboard.press(later);
    await expect(announcer(page)).toContainText(second.title[lang]);
    await expect(timeline).toBeFocused();

    await page.keyboard.press('Enter');
    const heading = detailsPanel(page, second, lang).getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText(second.title[lang]);
    expect(urlParam(page, 'event')).toBe(second.id);

    await page.keyboard.press('Escape');
    await expect(detailsPanel(page, second, lang)).toHaveCount(0);
    await expect(timeline).toBeFocused();
  });
}

test.describe('toolbar and share by keyboard', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('zoom in, zoom out, show all, next event and share, each with the keyboard', async ({
    page,
  }) => {
    // A long walk through the page by keyboard alone.
    test.slow();
    await focusTimeline(page, 'ar');
    const toolbar = page.getByRole('toolbar', { name: 'التحكم في الخط الزمني' });

    // Zooming moves the window: the address records it and the live region reads the new span.
    const zoomIn = toolbar.getByRole('button', { name: 'تكبير' });
    await tabTo(page, zoomIn, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(announcer(page)).toContainText('المعروض: من');
    await expect.poll(() => urlParam(page, 'range')).not.toBe('');
    const zoomedIn = urlParam(page, 'range');

    const zoomOut = toolbar.getByRole('button', { name: 'تصغير' });
    await tabTo(page, zoomOut);
    await page.keyboard.press('Space');
    await expect.poll(() => urlParam(page, 'range')).not.toBe(zoomedIn);

    const fit = toolbar.getByRole('button', { name: 'عرض الكل' });
    await tabTo(page, fit);
    await page.keyboard.press('Enter');
    await expect.poll(() => urlParam(page, 'range')).toBe('');

    // Back to "next event", which opens an event.
    const next = toolbar.getByRole('button', { name: 'الحدث التالي' });
    await tabTo(page, next, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => urlParam(page, 'event')).not.toBe('');
    const opened = dataset().events.find((e) => e.id === urlParam(page, 'event'));
    if (!opened) throw new Error('“next event” opened no known event');
    await expect(detailsPanel(page, opened)).toBeVisible();

    // Back up to "share" in the header; Enter copies the link of this view.
    const share = page.getByRole('button', { name: 'مشاركة الرابط' });
    await tabTo(page, share, 'Shift+Tab', 120);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'نُسخ الرابط إلى الحافظة' }),
    ).toBeVisible();
    const copied = new URL(await page.evaluate<string>('navigator.clipboard.readText()'));
    // A view of one event is shared as that event's page (it previews in a chat).
    expect(copied.pathname).toBe(`/e/${opened.id}/`);
  });
});
