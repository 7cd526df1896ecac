/** The texts of the static pages, from the app's own locales (src/i18n/locales), Arabic first. */
import { readFileSync } from 'node:fs';
import type { Lang } from '../domain/languages.ts';
import type { PageLabels } from './staticPage.ts';

export type SiteLabels = PageLabels & { tagline: string };

export function pageLabels(lang: Lang): SiteLabels {
  const locale = JSON.parse(
    readFileSync(new URL(`../i18n/locales/${lang}.json`, import.meta.url), 'utf8'),
  ) as { app: { name: string; tagline: string }; pages: PageLabels['pages'] };
  return { appName: locale.app.name, tagline: locale.app.tagline, pages: locale.pages };
}
