/**
 * Refuses what is not an Arabic news article before any rule runs, with a reason the curator can
 * act on: an empty file, a binary one, one too large to be an article, or text that is not Arabic.
 */

/** A long news article is tens of kilobytes; a megabyte is a wrong file, not a long story. */
export const MAX_BYTES = 1_000_000;

export type Checked = { ok: true; text: string } | { ok: false; reason: string };

export function checkArticle(bytes: Uint8Array): Checked {
  if (bytes.length > MAX_BYTES) {
    return {
      ok: false,
      reason: `too large for a news article (over ${MAX_BYTES / 1_000_000} MB): is this the right file?`,
    };
  }
  if (bytes.includes(0))
    return { ok: false, reason: 'binary data, not text: give the article as UTF-8 text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: 'not UTF-8 text (binary, or another encoding): save the article as UTF-8',
    };
  }
  return checkText(text.replace(/^\uFEFF/, ''));
}

const MIN_ARABIC_LETTERS = 40;

export function checkText(text: string): Checked {
  if (text.trim() === '') return { ok: false, reason: 'empty: there is no article text' };
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  if (arabic < MIN_ARABIC_LETTERS || arabic < letters / 2) {
    return { ok: false, reason: 'not an Arabic article: the drafter reads Arabic news text only' };
  }
  return { ok: true, text };
}
