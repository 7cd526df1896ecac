import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const LANGS = ['ar', 'en'] as const;

/**
 * Fills the page shell (index.html) with the texts of src/i18n/locales, so what paints before
 * any script runs is the same text React then renders, from one source. `%key%` is the Arabic
 * text (the title, which a script may change); `%both:key%` is the text in both languages, each
 * in a span marked data-lang-only that the stylesheet shows only when <html lang> is its own.
 */
export function staticShell(): Plugin {
  const locales = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      JSON.parse(
        readFileSync(new URL(`../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8'),
      ) as unknown,
    ]),
  ) as Record<(typeof LANGS)[number], unknown>;
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return {
    name: 'masar-static-shell',
    transformIndexHtml: (html) =>
      html.replace(/%(both:)?([a-zA-Z.]+)%/g, (whole, both: string | undefined, key: string) => {
        const text = (lang: (typeof LANGS)[number]) => {
          const value = key
            .split('.')
            .reduce<unknown>(
              (node, part) => (node as Record<string, unknown> | undefined)?.[part],
              locales[lang],
            );
          if (typeof value !== 'string')
            throw new Error(`index.html: no ${lang} text for ${whole}`);
          return escape(value);
        };
        if (!both) return text('ar');
        return LANGS.map((lang) => `<span data-lang-only="${lang}">${text(lang)}</span>`).join('');
      }),
  };
}
