/**
 * Search keys for Arabic and Latin text. Applied to the index and to the query alike, never to
 * text that is displayed: what the reader sees keeps its hamzas, vowel marks and punctuation.
 *
 * The strict key (normalizeForSearch) folds only differences that Arabic writers themselves treat
 * as the same word: vowel marks, tatweel, the hamza seats of alef, final ta marbuta and alef
 * maqsura, digit shapes, Persian keyboard letters, Latin case and accents, and invisible controls
 * that come along with pasted text. Two words with the same strict key are the same word.
 *
 * The loose key (looseWord) goes further, for foreign names only: Arabic has no letter for the
 * hard "g" or "v", and each press spells them its own way (وانغ / وانج, شويغو / شويجو, لافروف /
 * لاڤروڤ). Folding those in ordinary words would merge unrelated words (جمل / غمل / قمل), so the
 * loose key is used only against the names and aliases of actors and forums (see searchIndex.ts),
 * never against titles or summaries. Long vowels that come and go (بوتين / بوتن) are left to
 * the aliases in the data: dropping them merged different Chinese names (جين Jin, جيان Jian,
 * جيانغ Jiang) in our own actor list.
 */

import { SEARCH_CHAR_KINDS, SEARCH_CHAR_REPLACEMENTS } from './searchCharKinds.ts';

// Characters dropped outright. After NFKD:
// - \p{M}: every combining mark: the tashkeel U+064B–U+0652, the superscript alef U+0670, the
//   Quranic annotation marks, the hamza above/below and madda that NFKD splits off أ إ آ ؤ ئ
//   (so those fold to ا ا ا و ي with no table of our own), and Latin accents (é → e).
// - \p{Cf}: invisible format controls: bidi marks and isolates (U+200E/F, U+202A–E, U+2066–9,
//   U+061C), zero-width space/joiners (U+200B–D), the BOM U+FEFF, the soft hyphen. Text pasted
//   from news sites often carries them, and a match must not depend on what cannot be seen.
// - U+0640 tatweel, which only stretches a word for layout.
// - Apostrophes and the ʻ ʼ letters of transliteration, so Xi'an = Xian and Shaʻban = Shaban;
//   turning them into spaces would split one name into two words.
const DROP = /[\p{M}\p{Cf}\u0640'‘’`´ʻʼʹ]/gu;

// Letters folded to one spelling. The Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits
// become 0–9 so "٢٠٢٦" finds "2026". ٱ (alef wasla) has no NFKD decomposition, so it is listed.
// ة → ه and ى → ي because writers drop the dots at the end of a word freely (مدرسه, علي / على).
// ئ → ي and ؤ → و follow from NFKD dropping their hamza: when people type without the hamza they
// write the seat letter (رييس is rare, but مسوول and شوون are common). The cost, accepted: the two
// spellings مسؤول and مسئول get different keys (مسوول, مسيول). The Persian letters ی ک ە ۀ ھ come
// from Persian and Urdu keyboard layouts and display like their Arabic twins.
const FOLD: Record<string, string> = {
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ە: 'ه',
  ۀ: 'ه',
  ھ: 'ه',
  ß: 'ss',
};
for (let d = 0; d <= 9; d++) {
  FOLD[String.fromCharCode(0x0660 + d)] = String(d);
  FOLD[String.fromCharCode(0x06f0 + d)] = String(d);
}
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

// Everything that is not a letter or a digit separates words: spaces of every width, Arabic
// punctuation (، ؛ ؟ ٪ ۔), Latin punctuation, hyphens and symbols.
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * The reference definition of the strict key, with regular expressions over the whole text.
 * normalizeForSearch and tokenize must give exactly the same words (a property test checks it);
 * they are faster because index building runs them over every event's text.
 */
export function normalizeForSearchReference(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DROP, '')
    .replace(FOLD_RE, (ch) => FOLD[ch] ?? ch)
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

// The fast path: a table from UTF-16 code unit to what the reference does with it. The answer for
// each character comes from asking the reference about it alone, which is exact because every step
// is context-free per character for these ranges: NFKD only decomposes (it never composes), and
// lowercasing is context-dependent only for Greek final sigma, which is not in the table.
// Characters outside the table (Greek, Cyrillic, CJK, emoji…) send the text to the reference.
//
// The answers are asked at build time, not on the reader's device: asking some two thousand
// characters runs NFKD and the regular expressions above two thousand times and compiles them
// first, ~15 ms of every page load here (more on a phone) that search and the date reader waited
// on. scripts/makeSearchTable.ts writes them to searchCharKinds.ts; a unit test asks the reference
// again and fails when they differ (a new Unicode in Node: run the script).
/** What the strict key does with one UTF-16 code unit (see searchCharTable). */
export const CHAR_SLOW = 0;
export const CHAR_SAME = 1;
export const CHAR_DROPPED = 2;
export const CHAR_SEPARATOR = 3;
export const CHAR_REPLACED = 4;
const SLOW = CHAR_SLOW;
const SAME = CHAR_SAME;
const DROPPED = CHAR_DROPPED;
const SEPARATOR = CHAR_SEPARATOR;
const REPLACED = CHAR_REPLACED;

/** The code units the table knows, as [first, last] ranges; surrogates are never in it. */
export const TABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f], // ASCII, Latin-1, Latin Extended-A/B: accents, punctuation
  [0x0600, 0x06ff], // Arabic
  [0x0750, 0x077f], // Arabic Supplement
  [0x08a0, 0x08ff], // Arabic Extended-A
  [0x2000, 0x206f], // General Punctuation: dashes, curly quotes, bidi controls
  [0xfb50, 0xfdff], // Arabic Presentation Forms-A (text copied from PDFs)
  [0xfe70, 0xfeff], // Arabic Presentation Forms-B, and the BOM
];

/** What the reference does with one character alone, and what it turns it into if replaced. */
export function referenceKind(c: number): { kind: number; replacement?: string } {
  const ch = String.fromCharCode(c);
  const probe = normalizeForSearchReference(`x${ch}x`);
  const middle = probe.slice(1, -1);
  if (probe === 'xx') return { kind: DROPPED };
  if (probe === 'x x') return { kind: SEPARATOR };
  // e.g. ﷺ, which expands to several words
  if (!probe.startsWith('x') || !probe.endsWith('x') || middle.includes(' ')) return { kind: SLOW };
  if (middle === ch) return { kind: SAME };
  return { kind: REPLACED, replacement: middle };
}

let kinds: Uint8Array | null = null;
const replacements = new Map<number, string>();

function table(): Uint8Array {
  if (kinds) return kinds;
  kinds = new Uint8Array(0x10000);
  // One digit per code unit of the ranges in order, and the replacements of the REPLACED ones in
  // the same order, space-separated (a replacement holds no space: that would be CHAR_SLOW).
  const added = SEARCH_CHAR_REPLACEMENTS.split(' ');
  let i = 0;
  let r = 0;
  for (const [lo, hi] of TABLE_RANGES) {
    for (let c = lo; c <= hi; c++) {
      const kind = SEARCH_CHAR_KINDS.charCodeAt(i++) - 48;
      kinds[c] = kind;
      if (kind === REPLACED) replacements.set(c, added[r++] as string);
    }
  }
  return kinds;
}

/**
 * The per-character table behind the fast path, for code that scans text itself (the search
 * index interns words without making a string per word). kinds[c] is one of the CHAR_ values;
 * CHAR_SLOW means "use tokenize on the whole text".
 */
export function searchCharTable(): {
  kinds: Uint8Array;
  replacements: ReadonlyMap<number, string>;
} {
  return { kinds: table(), replacements };
}

/** The words of a text's strict key, in order; empty when it has no letters or digits. */
export function tokenize(text: string): string[] {
  const kind = table();
  const words: string[] = [];
  let word = '';
  let run = -1; // start of a run of characters kept as they are, copied with one slice
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = kind[c] ?? SLOW;
    if (k === SAME) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      word += text.slice(run, i);
      run = -1;
    }
    if (k === DROPPED) continue;
    if (k === SEPARATOR) {
      if (word !== '') words.push(word);
      word = '';
    } else if (k === REPLACED) {
      word += replacements.get(c) ?? '';
    } else {
      const key = normalizeForSearchReference(text);
      return key === '' ? [] : key.split(' ');
    }
  }
  if (run >= 0) word += text.slice(run);
  if (word !== '') words.push(word);
  return words;
}

/** The strict search key of a text: words of letters and digits separated by single spaces. */
export function normalizeForSearch(text: string): string {
  return tokenize(text).join(' ');
}

// Loose folds, for Arabic spellings of foreign names. ج غ ق گ ڨ all stand for the hard "g"
// (Egyptian, Levantine and Maghrebi press, Persian); ڤ and ڥ for "v". ك is deliberately left
// alone: it spells "k" (كيم, كوريا), and folding it with "g" would merge كيم with جيم. The
// emphatic/plain pairs (ط/ت, ظ/ذ/ز…) also vary in transliteration but are not folded: checked
// against our own events, ظ/ذ → ز made the everyday word منذ ("since") find every event of
// منظمة شنغهاي through the loose key.
const LOOSE_FOLD: Record<string, string> = {
  غ: 'ج',
  ق: 'ج',
  گ: 'ج',
  ڨ: 'ج',
  ڤ: 'ف',
  ڥ: 'ف',
};

/**
 * The loose key of one word of a strict key: the letter folds above, and doubled letters
 * collapsed (شيي / شي, Lavrovv / Lavrov), so وانغ / وانج / وانق get the same key. Latin words
 * only lose doubled letters: Latin spellings vary less, and aliases in the data cover the rest.
 */
export function looseWord(word: string): string {
  let out = '';
  let prev = '';
  for (let k = 0; k < word.length; k++) {
    const raw = word.charAt(k);
    const ch = LOOSE_FOLD[raw] ?? raw;
    if (ch === prev) continue;
    out += ch;
    prev = ch;
  }
  return out;
}

/** Words too short for the loose key to be safe: two letters fold onto too many names. */
export const LOOSE_MIN_LENGTH = 3;
