// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../app/App.tsx';
import { applyLanguage } from '../i18n/i18n.ts';
import type { Lang } from '../domain/languages.ts';
import { HOSTILE, pageDataset } from '../pages/testEvents.ts';
import { prerenderMain } from './prerenderApp.tsx';
import { prerenderedBox } from '../app/startApp.tsx';

const { dataset } = pageDataset();
const html = prerenderMain(JSON.stringify(dataset));

/** The page's <main> as the build wrote it. */
function prerenderedPage(): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
  const main = document.adoptNode(parsed.querySelector('main') ?? document.createElement('main'));
  document.body.replaceChildren(main);
  return main;
}

/** The view in each language: Arabic in the page, English in its template. */
function boxes(): Record<Lang, HTMLElement> {
  const main = prerenderedPage();
  const ar = main.querySelector<HTMLElement>(':scope > div[data-prerendered="ar"]');
  const template = main.querySelector<HTMLTemplateElement>(
    ':scope > template[data-prerendered="en"]',
  );
  const en = template?.content.querySelector<HTMLElement>('div[data-prerendered="en"]');
  if (!ar || !en) throw new Error('a view is missing');
  return { ar, en };
}

beforeAll(() => {
  // jsdom has no media queries; the app asks for two. A wide screen, no reduced motion.
  window.matchMedia = ((query: string) => ({
    matches: query.includes('min-width'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
});

describe('the prerendered opening view', () => {
  it('holds the events in both languages, each a link to its own page', () => {
    const { ar, en } = boxes();
    const link = (box: HTMLElement, id: string) =>
      box.querySelector<HTMLAnchorElement>(`li[data-event-id="${id}"] a`);
    expect(link(ar, 'hostile-call')?.getAttribute('href')).toBe('/e/hostile-call/');
    expect(link(en, 'hostile-call')?.getAttribute('href')).toBe('/en/e/hostile-call/');
    expect(link(ar, 'hostile-call')?.textContent).toContain(`${HOSTILE} عربي`);
    expect(link(en, 'range-summit')?.textContent).toContain('2024');
    expect(ar.dataset.hash).toBe(dataset.hash);
    // Each box shows only when the page's language is its own (the shell's rule).
    expect(ar.getAttribute('data-lang-only')).toBe('ar');
    expect(en.getAttribute('data-lang-only')).toBe('en');
  });

  it('keeps event text as text', () => {
    for (const box of Object.values(boxes())) expect(box.querySelector('script, img')).toBeNull();
    // The one script is the language swap's own file.
    expect([...document.scripts].map((s) => s.getAttribute('src'))).toEqual([
      '/prerendered-language.js',
    ]);
  });

  it('has no style attribute, which the page’s Content-Security-Policy would refuse', () => {
    for (const box of Object.values(boxes()))
      expect(box.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('holds one view in the page at a time: they share element ids', () => {
    for (const lang of ['ar', 'en'] as const) {
      const main = prerenderedPage();
      const box = prerenderedBox(main, lang);
      expect(box?.dataset.prerendered).toBe(lang);
      expect(main.querySelectorAll('[data-prerendered]')).toHaveLength(1);
      const ids = [...main.querySelectorAll('[id]')].map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('hydrating it', () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    // eslint-disable-next-line no-restricted-properties -- the test opens a link, as a reader would
    window.history.replaceState(null, '', '/');
  });

  it.each<[Lang, string]>([
    ['ar', '/'],
    ['en', '/?lang=en'],
  ])('in %s meets exactly the HTML and keeps its elements', async (lang, path) => {
    // eslint-disable-next-line no-restricted-properties -- the test opens a link, as a reader would
    window.history.replaceState(null, '', path);
    applyLanguage(lang);
    const box = prerenderedBox(prerenderedPage(), lang);
    if (!box) throw new Error('no view');
    const painted = [...box.querySelectorAll('li, a, button, input')];
    expect(painted.length).toBeGreaterThan(10);
    const mismatch = vi.fn();
    await act(async () => {
      root = hydrateRoot(box, <App embed={false} loaded={{ status: 'ready', dataset }} />, {
        onRecoverableError: mismatch,
      });
      await Promise.resolve();
    });
    expect(mismatch).not.toHaveBeenCalled();
    expect([...box.querySelectorAll('li, a, button, input')].slice(0, painted.length)).toEqual(
      painted,
    );
  });
});
