// What the main states look like, pinned as screenshots: Arabic and English, light and dark,
// desktop and phone, an event open, a filter applied. A change to any of them shows as a diff to
// look at (`npx playwright test e2e/visual.spec.ts --update-snapshots` takes new ones once they
// have been looked at and judged right).
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/app.ts';
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
