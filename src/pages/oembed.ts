/**
 * oEmbed for a static host: no server can answer `/oembed?url=…`, so each event and day page has
 * its own response file beside it (`oembed.json`), found through the page's discovery link, and
 * the app's page points at one for the whole timeline. Consumers need absolute addresses, so the
 * files are written only when the build knows the site's origin (MASAR_SITE_URL).
 */
import { EMBED_HEIGHT, embedCode } from '../domain/embedCode.ts';
import type { Lang } from '../domain/languages.ts';
import { appPath, pagePath, type PageTarget } from '../domain/pageLinks.ts';

/** Width the embed is designed for; the iframe itself is fluid (width="100%"). */
const EMBED_WIDTH = 800;

export function oembedPath(target: PageTarget, lang: Lang): string {
  return `${pagePath(target, lang)}oembed.json`;
}

export interface OembedInput {
  site: string;
  /** The view the embed opens on; none for the whole timeline. */
  target?: PageTarget;
  lang: Lang;
  title: string;
  frameTitle: string;
  providerName: string;
  /** The preview image's address, absolute. */
  thumbnail: string;
}

export function oembedJson(input: OembedInput): Record<string, unknown> {
  const query = input.target ? appPath(input.target, input.lang).slice(1) : '';
  const embedUrl = `${input.site}/embed/${query}`;
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: `${input.site}/`,
    html: embedCode(embedUrl, input.frameTitle),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    thumbnail_url: input.thumbnail,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
