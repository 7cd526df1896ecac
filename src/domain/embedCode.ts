/**
 * The code the share menu's "Embed" hands out: an iframe of the embed view and, on a second line,
 * the optional host script that sizes it and keeps its view in the article's address.
 */
import { escapeHtml } from './escapeHtml.ts';

/** Tall enough for the timeline and the first events of the list on a desktop article. */
export const EMBED_HEIGHT = 720;

export function embedCode(embedUrl: string, title: string): string {
  const script = new URL('/embed.js', embedUrl).href;
  return [
    `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy" data-masar-embed></iframe>`,
    `<script src="${escapeHtml(script)}" async></script>`,
  ].join('\n');
}
