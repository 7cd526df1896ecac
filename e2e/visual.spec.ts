// What the main states look like, pinned as screenshots: Arabic and English, light and dark,
// desktop and phone, an event open, a filter applied. A change to any of them shows as a diff to
// look at (`npx playwright test e2e/visual.spec.ts --update-snapshots` takes new ones once they
// have been looked at and judged right).
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/app.ts';
import { cardArea, settled } from './support/timeline.ts';

type Lang = 'ar' | 'en';

/**
 * The self-hosted Arabic face is `font-display: optional`: a first visit may paint with the
 * system's font and keep it. Screenshots must show the real face, so a page that missed it is
 * loaded again, with the face now in the cache.
 */
async function openWithFonts(page: Page, path: string, lang: Lang) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await openApp(page, path, lang);
    const ready = await page.evaluate<boolean>(
      `document.fonts.ready.then(() => document.fonts.check('16px "IBM Plex Sans Arabic"', 'مسار'))`,
    );
    if (ready) break;
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
