/**
 * Writes the static pages and preview images of one build into its output folder (called by
 * scripts/staticPagesPlugin.ts after Vite has written the app). Images are cached by the hash
 * of their SVG, so a rebuild renders only the cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatEventDate, formatPartialDate } from '../domain/formatDate.ts';
import { LANGS, type Lang } from '../domain/languages.ts';
import { pagePath, previewPath, type PageTarget } from '../domain/pageLinks.ts';
import type { Dataset, DetailsChunk } from '../domain/schema.ts';
import { oembedJson, oembedPath } from './oembed.ts';
import { pageEvents, type PageEvent } from './pageEvent.ts';
import { previewSvg, type PreviewCard } from './previewSvg.ts';
import { previewFontFiles, renderPng } from './previewRender.ts';
import { siteTargets } from './siteTargets.ts';
import type { SiteLabels } from './pageLabels.ts';
import { dayPage, eventPage, type PageContext } from './staticPage.ts';

export interface WritePagesOptions {
  outDir: string;
  labels: Record<Lang, SiteLabels>;
  site: string;
  contentSecurityPolicy: string;
  previewLimit: number;
  cacheDir: string;
}

export interface WritePagesReport {
  pages: number;
  images: number;
  rendered: number;
}

export function writePages(options: WritePagesOptions): WritePagesReport {
  const dataDir = join(options.outDir, 'data');
  const dataset = JSON.parse(readFileSync(join(dataDir, 'events.json'), 'utf8')) as Dataset;
  const events = pageEvents(
    dataset,
    (file) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as DetailsChunk,
  );
  const targets = siteTargets(events, options.previewLimit);
  const context: PageContext = {
    dataset,
    labels: options.labels,
    site: options.site,
    contentSecurityPolicy: options.contentSecurityPolicy,
    hasImage: (t) =>
      t.kind === 'event' ? targets.imageEvents.has(t.id) : targets.imageDays.has(t.day),
  };
  const colours = new Map(dataset.forums.map((f) => [f.id, f.colour]));
  const coloursOf = (list: readonly PageEvent[]) => [
    ...new Set(list.flatMap((e) => e.forums.flatMap((id) => colours.get(id) ?? []))),
  ];
  let fonts: string[] | undefined;
  const report: WritePagesReport = { pages: 0, images: 0, rendered: 0 };
  mkdirSync(options.cacheDir, { recursive: true });

  const writePage = (target: PageTarget, lang: Lang, page: string, title: string) => {
    const dir = join(options.outDir, pagePath(target, lang));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), page);
    if (options.site !== '') {
      const labels = options.labels[lang];
      const oembed = oembedJson({
        site: options.site,
        target,
        lang,
        title,
        frameTitle: labels.frameTitle,
        providerName: labels.appName,
        thumbnail:
          options.site + (context.hasImage(target) ? previewPath(target, lang) : '/preview.png'),
      });
      writeFileSync(join(options.outDir, oembedPath(target, lang)), JSON.stringify(oembed));
    }
    report.pages++;
  };
  const writeImage = (path: string, card: PreviewCard) => {
    const svg = previewSvg(card);
    const key = createHash('sha256').update(svg).digest('hex').slice(0, 32);
    const cached = join(options.cacheDir, `${key}.png`);
    if (!existsSync(cached)) {
      fonts ??= previewFontFiles(join(options.cacheDir, 'fonts'));
      writeFileSync(cached, renderPng(svg, fonts));
      report.rendered++;
    }
    writeFileSync(join(options.outDir, path), readFileSync(cached));
    report.images++;
  };
  const brand = (lang: Lang) => (lang === 'ar' ? 'مسار · Masar' : 'Masar · مسار');

  for (const lang of LANGS) {
    for (const event of targets.events) {
      const target: PageTarget = { kind: 'event', id: event.id };
      writePage(target, lang, eventPage(event, lang, context), event.title[lang]);
      if (context.hasImage(target))
        writeImage(previewPath(target, lang), {
          lang,
          title: event.title[lang],
          date: formatEventDate(event, lang).text,
          lines: [],
          colours: coloursOf([event]),
          brand: brand(lang),
        });
    }
    for (const [day, list] of targets.days) {
      const target: PageTarget = { kind: 'day', day };
      writePage(
        target,
        lang,
        dayPage(day, list, lang, context),
        options.labels[lang].pages.dayTitle.replace('{{date}}', formatPartialDate(day, lang)),
      );
      if (context.hasImage(target)) {
        const date = formatPartialDate(day, lang);
        writeImage(previewPath(target, lang), {
          lang,
          title: options.labels[lang].pages.dayTitle.replace('{{date}}', date),
          date: '',
          lines: list.map((e) => e.title[lang]),
          colours: coloursOf(list),
          brand: brand(lang),
        });
      }
    }
  }
  if (options.site !== '') {
    const labels = options.labels.ar;
    const whole = oembedJson({
      site: options.site,
      lang: 'ar',
      title: labels.tagline,
      frameTitle: labels.frameTitle,
      providerName: labels.appName,
      thumbnail: `${options.site}/preview.png`,
    });
    writeFileSync(join(options.outDir, 'oembed.json'), JSON.stringify(whole));
  }
  // The card of pages without their own image: the site's name and what it is.
  writeImage('preview.png', {
    lang: 'ar',
    title: options.labels.ar.tagline,
    date: options.labels.en.tagline,
    lines: [],
    colours: dataset.forums.map((f) => f.colour),
    brand: brand('ar'),
  });
  return report;
}
