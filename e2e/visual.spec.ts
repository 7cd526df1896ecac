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
    const faces = [
      ...(await drawnFaces(page, `h1 [data-lang-only='${lang}']`)),
      ...(await drawnFaces(page, '#event-list li button span.font-semibold')),
      // Latin digits come from another file of the face (its Latin subset), loaded on its own.
      ...(await drawnFaces(page, '#event-list li time')),
    ];
    if (faces.length > 0 && faces.every((face) => face === 'IBM Plex Sans Arabic')) break;
  }
  await settled(page);
}

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
