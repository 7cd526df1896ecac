/**
 * After the app is written, writes a static page per event and per day with events, in Arabic
 * and English, with their preview images (src/pages/writePages.ts). Build only: the dev server
 * serves the app alone.
 *
 * MASAR_SITE_URL (e.g. https://masar.example) makes canonical, Open Graph and JSON-LD addresses
 * absolute, as link previews need; without it they are site-relative. MASAR_PREVIEW_LIMIT sets
 * how many of the newest events and days get their own image (default 100; each
 * takes ~70 ms to render the first time, and is cached in node_modules/.cache/masar-previews).
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { pageLabels } from '../src/pages/pageLabels.ts';
import { writePages } from '../src/pages/writePages.ts';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicyPlugin.ts';

const DEFAULT_PREVIEW_LIMIT = 100;

export function siteOrigin(value: string | undefined): string {
  if (!value) return '';
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`MASAR_SITE_URL must be an http(s) address, not ${value}`);
  return url.origin;
}

export function staticPages(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  return {
    name: 'masar-static-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    // The app's own oEmbed discovery link (the whole timeline), when the site's origin is known.
    transformIndexHtml(_html, context) {
      const site = siteOrigin(process.env.MASAR_SITE_URL);
      if (site === '' || context.path.startsWith('/embed/')) return [];
      return [
        {
          tag: 'link',
          attrs: { rel: 'alternate', type: 'application/json+oembed', href: `${site}/oembed.json` },
          injectTo: 'head',
        },
      ];
    },
    writeBundle() {
      const limit = Number(process.env.MASAR_PREVIEW_LIMIT ?? DEFAULT_PREVIEW_LIMIT);
      if (!Number.isInteger(limit) || limit < 0)
        throw new Error(
          `MASAR_PREVIEW_LIMIT must be a whole number ≥ 0, not ${process.env.MASAR_PREVIEW_LIMIT}`,
        );
      const started = performance.now();
      const report = writePages({
        outDir,
        labels: { ar: pageLabels('ar', root), en: pageLabels('en', root) },
        site: siteOrigin(process.env.MASAR_SITE_URL),
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
        previewLimit: limit,
        cacheDir: join(root, 'node_modules/.cache/masar-previews'),
      });
      this.info(
        `${report.pages} static pages, ${report.images} preview images (${report.rendered} rendered) in ${Math.round(performance.now() - started)} ms`,
      );
    },
  };
}
