/** The texts of the static pages, from the app's own locales (src/i18n/locales), Arabic first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../domain/languages.ts';
import type { PageLabels } from './staticPage.ts';

export type SiteLabels = PageLabels & { tagline: string; frameTitle: string };

/** `root` is the project folder (Vite's root; the working folder of tests and scripts). */
export function pageLabels(lang: Lang, root = process.cwd()): SiteLabels {
  const locale = JSON.parse(
    readFileSync(join(root, 'src/i18n/locales', `${lang}.json`), 'utf8'),
  ) as {
    app: { name: string; tagline: string };
    pages: PageLabels['pages'];
    embed: { frameTitle: string };
  };
  return {
    appName: locale.app.name,
    tagline: locale.app.tagline,
    frameTitle: locale.embed.frameTitle,
    pages: locale.pages,
  };
}
