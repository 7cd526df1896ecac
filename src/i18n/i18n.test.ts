// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyLanguage } from './i18n.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';
import INDEX_HTML from '../../index.html?raw';

/** index.html's body as the static-shell plugin serves it: placeholders filled with Arabic. */
function shellDocument(): Document {
  const filled = INDEX_HTML.replace(/%([a-zA-Z.]+)%/g, (_, key: string) =>
    String(key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], ar)),
  );
  return new DOMParser().parseFromString(filled, 'text/html');
}

const text = (doc: Document, key: string) =>
  doc.querySelector(`[data-i18n="${key}"]`)?.textContent?.trim();

describe('applyLanguage and the page shell', () => {
  it('translates the shell texts to English and back, and sets language, direction and title', () => {
    const doc = shellDocument();
    applyLanguage('en', doc);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.documentElement.dir).toBe('ltr');
    expect(doc.title).toBe(en.app.documentTitle);
    expect(text(doc, 'app.name')).toBe(en.app.name);
    expect(text(doc, 'app.intro')).toBe(en.app.intro);

    applyLanguage('ar', doc);
    expect(doc.documentElement.dir).toBe('rtl');
    expect(text(doc, 'app.tagline')).toBe(ar.app.tagline);
    expect(text(doc, 'app.intro')).toBe(ar.app.intro);
  });

  it('leaves the Arabic shell as first painted: the same text nodes, untouched', () => {
    const doc = shellDocument();
    const intro = doc.querySelector('[data-i18n="app.intro"]');
    const node = intro?.firstChild;
    applyLanguage('ar', doc);
    expect(intro?.firstChild).toBe(node);
  });

  it('marks only keys that both languages have, each painted from the same key before scripts run', () => {
    const marked = [...INDEX_HTML.matchAll(/data-i18n="([^"]+)"[^>]*>\s*%([^%]+)%/g)];
    expect(marked.map((m) => m[1])).toEqual(['app.name', 'app.tagline', 'app.intro']);
    for (const [, key, placeholder] of marked) {
      expect(placeholder).toBe(key);
      const [group, name] = (key as string).split('.') as ['app', keyof typeof ar.app];
      expect(ar[group][name]).toBeTruthy();
      expect(en[group][name]).toBeTruthy();
    }
  });
});
