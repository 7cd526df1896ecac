// What a reader can read on the timeline, checked where a person would look: each card inside
// the timeline's visible part, on top at its centre. The opening view, a view after a filter or a
// search, a window crowded with stacked cards, "go to date", and the look of each kind of event.
import { expect, test, type Page } from '@playwright/test';
import { dataset, eventById } from './support/dataset.ts';
import { eventsWhere, openApp, urlParam } from './support/app.ts';
import { card, cardArea, expectReadable, idsInView, settled } from './support/timeline.ts';
import { tabTo } from './support/keyboard.ts';

const events = dataset().events;
const in2026 = eventsWhere((e) => e.from.startsWith('2026'));
const FIRST = eventById('1949-10-02-diplomatic-relations');
const LATEST_CALL = eventById('2026-02-04-putin-xi-video-call');
const KAZAN = eventById('2024-10-22-brics-kazan-summit');
const BRF = eventById('2023-10-17-belt-and-road-forum');

async function chooseForum(page: Page, name: RegExp) {
  await page
    .getByRole('group', { name: 'المنتديات والمنظمات', exact: true })
    .getByRole('button', { name })
    .click();
}

test.describe('the opening view', () => {
  for (const lang of ['ar', 'en'] as const) {
    test(`${lang}: opens on the latest events, every 2026 event readable, the oldest one action away`, async ({
      page,
    }) => {
      await openApp(page, lang === 'ar' ? '/' : '/?lang=en', lang);
      await settled(page);
      expect(in2026.length).toBe(6);
      for (const event of in2026) await expectReadable(page, event);
      // Not the full 1949–2026 extent, where the 2026 events pile into one corner.
      expect(await idsInView(page)).not.toContain(FIRST.id);

      // "Show all" is one press away, and shows the first event whole.
      await page.getByRole('button', { name: lang === 'ar' ? 'عرض الكل' : 'Show all' }).click();
      await settled(page);
      await expectReadable(page, FIRST);
    });
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test('the latest events are readable on the timeline', async ({ page }) => {
      await openApp(page);
      await cardArea(page).scrollIntoViewIfNeeded();
      await settled(page);
      for (const event of events.slice(-3)) await expectReadable(page, event);
    });
  });
});

test.describe('results are always in view', () => {
  test('a forum filter fits the timeline to its latest events, and shows no other', async ({
    page,
  }) => {
    await openApp(page);
    await settled(page);
    // The UN's events run from 2007 to 2026: like the opening view, the refit shows the latest
    // few whole (Timeline.tsx, fitRecent), and the rest are a pan or "show all" away.
    await chooseForum(page, /^الأمم المتحدة/);
    await settled(page);
    const un = eventsWhere((e) => e.forums.includes('un'));
    expect(un.length).toBeGreaterThan(3);
    for (const event of un.slice(-3)) await expectReadable(page, event);
    const ids = new Set(un.map((e) => e.id));
    expect((await idsInView(page)).filter((id) => !ids.has(id))).toEqual([]);
  });

  test('a search fits the timeline to what it finds: «فان يي» finds Wang Yi', async ({ page }) => {
    await openApp(page);
    await settled(page);
    await page.getByLabel('بحث في الأحداث').fill('فان يي');
    await expect.poll(() => urlParam(page, 'q')).toBe('فان يي');
    await settled(page);
    const wangYi = eventsWhere((e) => e.actors.includes('wang-yi'));
    expect(wangYi.length).toBeGreaterThan(1);
    for (const event of wangYi) await expectReadable(page, event);
  });

  test('a window the reader chose stays while it shows results, and refits when it shows none', async ({
    page,
  }) => {
    await openApp(page, '/?range=2025-01..2025-12');
    await settled(page);
    // The SCO met in 2025 too (Tianjin): the window stays where the link put it.
    await chooseForum(page, /^شنغهاي للتعاون/);
    await settled(page);
    expect(urlParam(page, 'range')).toBe('2025-01..2025-12');
    await expectReadable(page, eventById('2025-08-31-sco-tianjin-summit'));

    // No UN event in 2025: the timeline moves to the UN's latest ones.
    const un = eventsWhere((e) => e.forums.includes('un'));
    expect(un.some((e) => e.from.startsWith('2025'))).toBe(false);
    await chooseForum(page, /^شنغهاي للتعاون/);
    await chooseForum(page, /^الأمم المتحدة/);
    await settled(page);
    await expect.poll(() => urlParam(page, 'range')).toBe('');
    for (const event of un.slice(-3)) await expectReadable(page, event);
  });
});

test.describe('nothing out of reach', () => {
  test('in a crowded window every card can be reached, scrolling inside the timeline if need be', async ({
    page,
  }) => {
    await openApp(page, '/?range=2024-01..2026-06');
    await settled(page);
    const area = cardArea(page);
    const box = await area.boundingBox();
    if (!box) throw new Error('no timeline');
    // Events well inside the window (a span that runs to its edge may run past it, as anywhere).
    for (const event of eventsWhere((e) => e.from >= '2024-01-01' && e.to < '2026-04-01')) {
      // A reader scrolls the timeline (the wheel over it) until the card is in view.
      for (let i = 0; i < 8 && !(await idsInView(page)).includes(event.id); i++) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.wheel(0, -120);
      }
      await expectReadable(page, event);
    }
  });

  test('an event opened from the list scrolls the timeline to its card when it was stacked out of sight', async ({
    page,
  }) => {
    // A short window on eight years: the cards stack far above the rows the timeline shows.
    await page.setViewportSize({ width: 1280, height: 600 });
    await openApp(page, '/?range=2018-01..2026-06');
    await settled(page);
    const inView = new Set(await idsInView(page));
    const drawn = await page
      .locator('.masar-item-content[data-event-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
    // Cards of the window itself (those of its margins are drawn too, ready for a pan).
    const hidden = drawn.filter((id) => !inView.has(id) && eventById(id).from >= '2018-01-01');
    expect(hidden.length, 'cards stacked out of sight').toBeGreaterThan(1);
    for (const id of [hidden[0], hidden.at(-1)]) {
      const event = eventById(id ?? '');
      // From the same view each time (an open event pages the list around itself).
      await openApp(page, '/?range=2018-01..2026-06');
      await page.locator(`li[data-event-id="${event.id}"] > a`).click();
      await expect(page.locator('#details-heading')).toHaveText(event.title.ar);
      await cardArea(page).scrollIntoViewIfNeeded();
      await settled(page);
      await expectReadable(page, event);
    }
  });

  test('the keyboard’s event is shown whole, not as a ring on the axis', async ({ page }) => {
    // Twelve steps, each waiting for the window to settle: more than the default time on a busy machine.
    test.slow();
    await openApp(page, '/?range=2024-01..2026-06');
    await settled(page);
    // From the search box, Tab moves forward to the timeline.
    await page.getByLabel('بحث في الأحداث').click();
    await tabTo(page, page.getByRole('application', { name: 'الخط الزمني للأحداث' }));
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('ArrowLeft');
      await settled(page);
      const at = page.locator('.vis-item.is-cursor .masar-item-content');
      await expect(at).toHaveCount(1);
      const id = (await at.getAttribute('data-event-id')) ?? '';
      await expectReadable(page, eventById(id));
    }
  });
});

test('“go to date” zooms in on the day and highlights it, as a link to the date does', async ({
  page,
}) => {
  await openApp(page);
  await settled(page);
  // Day first, as an Arab reader writes it.
  await page.getByLabel('اذهب إلى تاريخ').fill('22/10/2024');
  await page.getByRole('button', { name: 'اذهب', exact: true }).click();
  await expect.poll(() => urlParam(page, 'date')).toBe('2024-10-22');
  await settled(page);
  await expectReadable(page, KAZAN);
  await expect(page.locator('.vis-item.vis-range.is-highlighted')).toContainText(KAZAN.title.ar);
  // Zoomed to weeks around the day, as ?date= opens: a year earlier is out of view.
  expect(await idsInView(page)).not.toContain(BRF.id);
});

test.describe('every kind of event reads well', () => {
  test('an event of several forums shows each forum’s colour', async ({ page }) => {
    await openApp(page);
    await settled(page);
    expect(LATEST_CALL.forums.length).toBe(3);
    const colours = dataset().forums.filter((f) => LATEST_CALL.forums.includes(f.id));
    const dots = card(page, LATEST_CALL).locator('.masar-item-dot');
    await expect(dots).toHaveCount(3);
    const shown = await dots.evaluateAll((els) =>
      els.map((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor),
    );
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(shown.sort()).toEqual(colours.map((f) => rgb(f.colour)).sort());
  });

  test('a three-day summit shows its title on a card over a bar of its days', async ({ page }) => {
    await openApp(page, '/?date=2024-10-22');
    await settled(page);
    await expectReadable(page, KAZAN);
    const title = card(page, KAZAN).locator('.masar-item-text');
    // The whole title is drawn: nothing cut by the card or by an ellipsis.
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const item = page.locator('.vis-item.vis-range').filter({ has: card(page, KAZAN) });
    const bar = await item.boundingBox();
    const text = await item.locator('.vis-item-content').boundingBox();
    if (!bar || !text) throw new Error('no boxes');
    // The bar spans three days, a few pixels here, and the card starts where the bar starts.
    expect(bar.width).toBeGreaterThan(3);
    expect(Math.abs(bar.x + bar.width - (text.x + text.width))).toBeLessThan(2);
  });

  test('a planned event’s title sits inside its dashed card', async ({ page }) => {
    await openApp(page);
    await settled(page);
    const planned = eventById('2026-h1-putin-visit-china');
    const content = page.locator('.vis-item.is-planned .vis-item-content').filter({
      has: card(page, planned),
    });
    const outer = await content.boundingBox();
    const inner = await card(page, planned).locator('.masar-item-text').boundingBox();
    if (!outer || !inner) throw new Error('no boxes');
    expect(inner.x).toBeGreaterThanOrEqual(outer.x);
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
    expect(
      await content.evaluate(
        (el) => el.ownerDocument.defaultView?.getComputedStyle(el).borderStyle,
      ),
    ).toBe('dashed');
  });

  test('a long title is cut short on its card, and hovering shows it whole', async ({ page }) => {
    await openApp(page);
    await settled(page);
    const title = card(page, LATEST_CALL).locator('.masar-item-text');
    expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await card(page, LATEST_CALL).hover();
    await expect(card(page, LATEST_CALL)).toHaveAttribute('title', LATEST_CALL.title.ar);
  });
});
