// What the main states look like, pinned as screenshots: Arabic and English, light and dark,
// desktop and phone, an event open, a filter applied. A change to any of them shows as a diff to
// look at (`npx playwright test e2e/visual.spec.ts --update-snapshots` takes new ones once they
// have been looked at and judged right).
import { expect, test, type Page } from '@playwright/test';
import { eventList, listButton, openApp } from './support/app.ts';
import { eventById } from './support/dataset.ts';
import { tabTo } from './support/keyboard.ts';
import { cardArea, settled } from './support/timeline.ts';

type Lang = 'ar' | 'en';

/**
 * The faces the browser really drew a node's text with (CDP CSS.getPlatformFontsForNode): a face
 * loaded after first paint is in document.fonts yet not on screen.
 */
async function drawnFaces(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return [];
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

/**
 * The self-hosted Arabic face is `font-display: optional`: a visit may paint with the system's
 * font and keep it (on a busy machine even a second visit can). Screenshots must show the real
 * face, so the page is loaded again until the header and the list are drawn with it.
 */
async function openWithFonts(page: Page, path: string, lang: Lang) {
  for (let attempt = 0; attempt < 4; attempt++) {
    await openApp(page, path, lang);
    await page.evaluate<unknown>('document.fonts.ready');
    // One node for each file of the face: Arabic and Latin letters, regular and semibold.
    const faces = (
      await Promise.all(
        [
          `h1 [data-lang-only='${lang}']`,
          `header p [data-lang-only='${lang}']`,
          '#event-list li button span.font-semibold',
          '#event-list li time',
          '#filter-panel [role=status]',
        ].map((selector) => drawnFaces(page, selector)),
      )
    ).flat();
    if (faces.length > 0 && faces.every((face) => face === 'IBM Plex Sans Arabic')) break;
  }
  await settled(page);
}

// The faces are `font-display: optional`: on a busy machine the browser may draw some runs (one
// weight, or the Latin digits) with the fallback, and a capture then differs from its baseline by
// thousands of pixels. For the screenshots only, the stylesheet is served with `block`, so every
// capture shows the real face and a difference means a change in the page.
test.beforeEach(async ({ page }) => {
  await page.route(/\/assets\/[^/]+\.css$/, async (route) => {
    const response = await route.fetch();
    const css = (await response.text()).replaceAll('font-display:optional', 'font-display:block');
    await route.fulfill({ response, body: css });
  });
});

const STATES: { name: string; path: string; lang: Lang; dark?: boolean }[] = [
  { name: 'ar-desktop', path: '/', lang: 'ar' },
  { name: 'en-desktop', path: '/?lang=en', lang: 'en' },
  { name: 'ar-desktop-dark', path: '/', lang: 'ar', dark: true },
  // The details open in a column that stays in view, without scrolling the page: the window as
  // the reader first sees it is the state to pin.
  { name: 'ar-event-open', path: '/?event=2024-10-22-brics-kazan-summit', lang: 'ar' },
  { name: 'ar-filter-sco', path: '/?forums=sco', lang: 'ar' },
];

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 800 } });
  for (const state of STATES) {
    test(state.name, async ({ page }) => {
      if (state.dark) await page.emulateMedia({ colorScheme: 'dark' });
      await openWithFonts(page, state.path, state.lang);
      await expect(page).toHaveScreenshot(`${state.name}.png`);
    });
  }
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  for (const state of [
    { name: 'ar-phone', path: '/', lang: 'ar' as const },
    { name: 'en-phone-dark', path: '/?lang=en', lang: 'en' as const, dark: true },
  ]) {
    test(state.name, async ({ page }) => {
      if (state.dark) await page.emulateMedia({ colorScheme: 'dark' });
      await openWithFonts(page, state.path, state.lang);
      await cardArea(page).scrollIntoViewIfNeeded();
      await expect(page).toHaveScreenshot(`${state.name}.png`);
    });
  }
});

// The list's rows are laid out and painted only near the screen (content-visibility), which also
// clips their painting to their box: a focused row lost the sides of its outline and the open
// row its ring, with nothing in the layout to show it. The crop pins both, drawn whole.
test.describe('list rows', () => {
  test.use({ viewport: { width: 1366, height: 800 } });
  test('the open row’s ring and a focused row’s outline are drawn whole', async ({ page }) => {
    const open = eventById('2024-10-22-brics-kazan-summit');
    // Newest first: the row under the open one.
    const next = eventById('2024-09-10-wang-yi-shoigu-st-petersburg');
    await openWithFonts(page, `/?event=${open.id}`, 'ar');
    const focused = listButton(page, next);
    // The link opens with the focus on the details, which come after the list: back up its rows.
    await tabTo(page, focused, 'Shift+Tab', 80);
    const rows = eventList(page)
      .locator('li')
      .filter({
        has: page.getByRole('link', { name: new RegExp(`${open.title.ar}|${next.title.ar}`) }),
      });
    await expect(rows).toHaveCount(2);
    const crop = async () => {
      const [a, b] = await Promise.all([rows.nth(0).boundingBox(), rows.nth(1).boundingBox()]);
      if (!a || !b) throw new Error('a row has no box');
      const margin = 10;
      return {
        x: Math.min(a.x, b.x) - margin,
        y: Math.min(a.y, b.y) - margin,
        width: Math.max(a.x + a.width, b.x + b.width) - Math.min(a.x, b.x) + 2 * margin,
        height: Math.max(a.y + a.height, b.y + b.height) - Math.min(a.y, b.y) + 2 * margin,
      };
    };
    // Both rows well inside the window, scrolled there as a reader does.
    let box = await crop();
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const offset = box.y + box.height / 2 - viewport.height / 2;
    if (Math.abs(offset) > 100) {
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel(0, offset);
      await expect
        .poll(async () => Math.abs((await crop()).y + box.height / 2 - viewport.height / 2))
        .toBeLessThan(150);
      box = await crop();
    }
    // Away from the rows: a pointer over one would add its hover shade.
    await page.mouse.move(5, 5);
    await expect(focused).toBeFocused();
    await expect(page).toHaveScreenshot('list-open-and-focused-rows.png', { clip: box });
  });
});
