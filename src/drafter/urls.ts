/**
 * URLs in an article: the article's own address is a source and may carry its date; image and
 * CDN addresses are decoration and must never date anything.
 */

export interface FoundUrl {
  text: string;
  start: number;
  end: number;
}

export function findUrls(text: string): FoundUrl[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>«»]+/gu)].map((m) => {
    const url = m[0].replace(/[.,،؛)]+$/u, '');
    return { text: url, start: m.index, end: m.index + url.length };
  });
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i;
const MEDIA_HOST = /^https?:\/\/(?:[^/]*\.)?(?:cdn|img|images?|static|media|photos?)[.-]/i;

export function isArticleUrl(url: string): boolean {
  return !IMAGE.test(url) && !MEDIA_HOST.test(url);
}
