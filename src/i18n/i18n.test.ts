// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyLanguage } from './i18n.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';
import INDEX_HTML from '../../index.html?raw';

/** index.html as the static-shell plugin serves it: each %both:key% in both languages. */
function shellDocument(): Document {
  const lookup = (table: unknown, key: string) =>
    String(key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], table));
  const filled = INDEX_HTML.replace(/%(both:)?([a-zA-Z.]+)%/g, (_, both, key: string) =>
    both
      ? `<span data-lang-only="ar">${lookup(ar, key)}</span><span data-lang-only="en">${lookup(en, key)}</span>`
      : lookup(ar, key),
  );
  return new DOMParser().parseFromString(filled, 'text/html');
}

describe('applyLanguage and the page shell', () => {
  it('sets language, direction and title, and leaves the shell texts as first painted', () => {
    const doc = shellDocument();
    const heading = doc.querySelector('h1');
    const nodes = [...(heading?.childNodes ?? [])];
    applyLanguage('en', doc);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.documentElement.dir).toBe('ltr');
    expect(doc.title).toBe(en.app.documentTitle);
    applyLanguage('ar', doc);
    expect(doc.documentElement.dir).toBe('rtl');
    expect(doc.title).toBe(ar.app.documentTitle);
    expect([...(heading?.childNodes ?? [])]).toEqual(nodes);
  });

  it('holds every header text in both languages, from keys both locales have', () => {
    const keys = [...INDEX_HTML.matchAll(/%both:([a-zA-Z.]+)%/g)].map((m) => m[1]);
    expect(keys).toEqual(
      expect.arrayContaining(['app.name', 'app.tagline', 'app.intro', 'header.share']),
    );
    const doc = shellDocument();
    for (const lang of ['ar', 'en'] as const) {
      const shown = [...doc.querySelectorAll(`header [data-lang-only="${lang}"]`)].map((el) =>
        el.textContent?.trim(),
      );
      expect(shown).toContain((lang === 'ar' ? ar : en).app.tagline);
      expect(shown.every((text) => text)).toBe(true);
    }
  });
});
