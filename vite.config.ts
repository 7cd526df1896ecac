import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { serviceWorker } from './scripts/serviceWorkerPlugin.ts';
import { masarDataPlugin } from './src/compiler/vitePlugin.ts';
import { readFileSync } from 'node:fs';

/**
 * The production page's Content-Security-Policy. Everything is self-hosted, so nothing may load
 * from another origin, and no inline or eval'd script may run. Styles set through the CSSOM
 * (React's style prop, vis-timeline's positioning) are not inline markup and stay allowed.
 * Only for builds: the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'masar-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Fills the page shell (index.html) with the Arabic texts of src/i18n/locales/ar.json, so what
 * paints before any script runs is the same text React then renders, from one source.
 */
function staticShell(): Plugin {
  const ar: unknown = JSON.parse(
    readFileSync(new URL('./src/i18n/locales/ar.json', import.meta.url), 'utf8'),
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

/**
 * Preloads the Arabic faces the first paint uses, so the browser fetches them with the style sheet
 * instead of discovering them only after the first layout; text painted in a fallback font and
 * then swapped moves the page (layout shift).
 */
function preloadArabicFonts(): Plugin {
  const FACES = /ibm-plex-sans-arabic-arabic-(400|600)-normal-[\w-]+\.woff2$/;
  return {
    name: 'masar-preload-fonts',
    apply: 'build',
    // And `optional` instead of fontsource's `swap`: a face that is not there for the first paint
    // is not swapped in later (which moved the text and repainted it as a later largest paint);
    // the system's Arabic font serves that visit, and the cached face every visit after.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle))
        if (
          file.type === 'asset' &&
          file.fileName.endsWith('.css') &&
          typeof file.source === 'string'
        )
          file.source = file.source.replaceAll('font-display:swap', 'font-display:optional');
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((file) => FACES.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: `/${file}`,
              crossorigin: '',
            },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    masarDataPlugin(),
    staticShell(),
    contentSecurityPolicy(),
    preloadArabicFonts(),
    serviceWorker(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Never inline assets as data: URIs, so the policy needs no data: source for fonts.
    assetsInlineLimit: 0,
  },
});
