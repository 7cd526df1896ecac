import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Fills the page shell (index.html) with the Arabic texts of src/i18n/locales/ar.json, so what
 * paints before any script runs is the same text React then renders, from one source.
 */
export function staticShell(): Plugin {
  const ar: unknown = JSON.parse(
    readFileSync(new URL('../src/i18n/locales/ar.json', import.meta.url), 'utf8'),
  );
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return {
    name: 'masar-static-shell',
    transformIndexHtml: (html) =>
      html.replace(/%([a-zA-Z.]+)%/g, (whole, key: string) => {
        const value = key
          .split('.')
          .reduce<unknown>(
            (node, part) => (node as Record<string, unknown> | undefined)?.[part],
            ar,
          );
        if (typeof value !== 'string') throw new Error(`index.html: no Arabic text for ${whole}`);
        return escape(value);
      }),
  };
}
