/**
 * The rules that decide how a query word reaches a name and how a name is found in text, shared
 * by the search (searchIndex.ts) and by what explains its results (searchExplain.ts), so the
 * marks a reader sees follow the same rules that found the event. The reasons are in
 * searchIndex.ts's header.
 */
import type { Localized } from './schema.ts';
import { looseWord, tokenize } from './arabic.ts';

/** Query words shorter than this never expand to the spellings of a name. */
export const EXPAND_MIN_LENGTH = 3;
/** Words of a spelling shorter than this are found only as whole words, or behind a particle. */
export const SPELLING_SUBSTRING_MIN_LENGTH = 4;
/** One-letter Arabic particles written joined to the next word: "وشي" is "and Xi". */
export const PARTICLES = ['و', 'ف', 'ب', 'ل', 'ك'];

export const isArabicWord = (word: string) => /^[\u0600-\u06ff]/u.test(word);

// What Arabic writes joined in front of a word, in this order: a conjunction, a preposition, the
// article ("وبالصين", "للصين"). Normalised keys keep these letters as written.
const PROCLITICS = /^[وف]?[بكل]?(?:ال|ل)?$/u;

/**
 * Whether a name's word found at `at` inside a text's word starts that word, or follows only what
 * Arabic joins in front of a word: "بوتين" counts in "وبوتين", but "وانغ" (Wang) does not in
 * "غوانغ" (the "guang" of Zhang Deguang), nor a Latin name inside another word.
 */
export function startsWord(word: string, key: string, at: number): boolean {
  if (at === 0) return true;
  return isArabicWord(word) && PROCLITICS.test(key.slice(0, at));
}

/** A named thing as search sees it: an actor or a forum. */
export interface Named {
  name: Localized;
  aliases: string[];
  short?: Localized | undefined;
}

/** Every way of writing a named thing that search should know. */
export function spellings(item: Named): string[] {
  const out = [item.name.ar, item.name.en, ...item.aliases];
  if (item.short) out.push(item.short.ar, item.short.en);
  return out;
}

/**
 * The loose keys that lead a query word to the mentions of a name: every word of a person's
 * spellings (everyWord), but only the one-word spellings of a forum, whose longer names are made
 * of ordinary nouns ("منظمة", "مجلس").
 */
export function leadingKeys(texts: readonly string[], everyWord: boolean): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    const words = tokenize(text);
    if (everyWord) for (const w of words) keys.add(looseWord(w));
    else if (words.length === 1 && words[0] !== undefined) keys.add(looseWord(words[0]));
  }
  return [...keys];
}
