/**
 * Where search words sit in a text as written: the ranges to mark for a reader, in UTF-16
 * offsets of the original text, never of its search key. The key drops vowel marks, tatweel and
 * invisible controls and folds hamza seats and ta marbuta (arabic.ts), so every character of a
 * word's key remembers the span of the original character it came from, and a mark always covers
 * whole characters with their vowel marks.
 */
import {
  CHAR_DROPPED,
  CHAR_REPLACED,
  CHAR_SAME,
  CHAR_SEPARATOR,
  normalizeForSearchReference,
  searchCharTable,
} from './arabic.ts';
import {
  isArabicWord,
  PARTICLES,
  SPELLING_SUBSTRING_MIN_LENGTH,
  startsWord,
} from './searchRules.ts';

/** [start, end) in UTF-16 units of the original text. */
export type Range = readonly [start: number, end: number];

/** One word of a text: its strict key, and for each unit of the key, its source character. */
export interface Token {
  key: string;
  starts: number[];
  ends: number[];
}

// Characters the strict key's table leaves to the general path (Greek, CJK, emoji…), asked about
// one code point at a time the way the table itself was built. Per code point is exact for what
// the table covers and close enough elsewhere: a mark a letter off in Greek harms nobody.
const probed = new Map<string, { kind: number; text: string }>();
function probe(ch: string): { kind: number; text: string } {
  let known = probed.get(ch);
  if (!known) {
    const out = normalizeForSearchReference(`x${ch}x`);
    const middle = out.slice(1, -1);
    if (out === 'xx') known = { kind: CHAR_DROPPED, text: '' };
    else if (out === 'x x') known = { kind: CHAR_SEPARATOR, text: '' };
    else known = { kind: CHAR_REPLACED, text: middle.trim() };
    probed.set(ch, known);
  }
  return known;
}

/** The words of a text's strict key (as tokenize gives them), each mapped back to the text. */
export function tokensWithOffsets(text: string): Token[] {
  const { kinds, replacements } = searchCharTable();
  const tokens: Token[] = [];
  let current: Token = { key: '', starts: [], ends: [] };
  const close = () => {
    if (current.key !== '') tokens.push(current);
    current = { key: '', starts: [], ends: [] };
  };
  const append = (units: string, start: number, end: number) => {
    for (const unit of units) {
      if (unit === ' ') {
        close(); // a character that expands to several words (ﷺ)
        continue;
      }
      for (let k = 0; k < unit.length; k++) {
        current.key += unit.charAt(k);
        current.starts.push(start);
        current.ends.push(end);
      }
    }
  };
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    const tableKind = kinds[c] ?? 0;
    if (tableKind === CHAR_SAME) {
      append(text.charAt(i), i, i + 1);
      i += 1;
    } else if (tableKind === CHAR_SEPARATOR) {
      close();
      i += 1;
    } else if (tableKind === CHAR_DROPPED) {
      i += 1;
    } else if (tableKind === CHAR_REPLACED) {
      append(replacements.get(c) ?? '', i, i + 1);
      i += 1;
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
      const { kind, text: key } = probe(ch);
      if (kind === CHAR_SEPARATOR) close();
      else if (kind === CHAR_REPLACED) append(key, i, i + ch.length);
      i += ch.length;
    }
  }
  close();
  return tokens;
}

/** Where a word sits in a token's key, [start, end) in key units. */
type Hit = readonly [number, number];

/**
 * Where `word` occurs in a token. Words of at least `substringFrom` units are found anywhere
 * inside (Arabic joins the article and particles to the word: "الصين" in "والصين"); shorter ones
 * only as the whole token or behind a one-letter particle, because inside other words they are
 * everywhere ("يي" in "تهيئة", "xi" in "taxi") and marking those would explain nothing.
 */
export function hitsIn(token: Token, word: string, substringFrom: number): Hit[] {
  const key = token.key;
  if (word.length >= substringFrom) {
    const hits: Hit[] = [];
    for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
      hits.push([at, at + word.length]);
    }
    return hits;
  }
  if (key === word) return [[0, key.length]];
  if (key.length === word.length + 1 && key.endsWith(word) && isArabicWord(word)) {
    if (PARTICLES.includes(key.charAt(0))) return [[1, key.length]];
  }
  return [];
}

/** Where a word of a name's spelling occurs in a token, by the rules search counts it with. */
export function spellingHitsIn(token: Token, word: string): Hit[] {
  return hitsIn(token, word, SPELLING_SUBSTRING_MIN_LENGTH).filter(
    ([at]) => word.length < SPELLING_SUBSTRING_MIN_LENGTH || startsWord(word, token.key, at),
  );
}

/** The original text's range for key units [from, to) of a token, with trailing vowel marks. */
function toRange(text: string, token: Token, from: number, to: number): Range {
  let end = token.ends[to - 1] ?? 0;
  // A vowel mark after the last letter belongs to it: the mark must not cut the letter off.
  while (end < text.length && /\p{M}/u.test(text.charAt(end))) end++;
  return [token.starts[from] ?? 0, end];
}

/** Where a name's spelling (its strict words) occurs as consecutive words, as token ranges. */
function phraseHits(
  tokens: readonly Token[],
  words: readonly string[],
): [Token, Hit, Token, Hit][] {
  const out: [Token, Hit, Token, Hit][] = [];
  const n = words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    const first = tokens[i];
    const last = tokens[i + n - 1];
    const w1 = words[0] ?? '';
    const wn = words[n - 1] ?? '';
    if (!first || !last) break;
    // The first word may carry what Arabic joins in front of a word; the last, a suffix.
    const head = spellingHitsIn(first, w1).find(([, end]) => end === first.key.length);
    if (!head) continue;
    let inner = true;
    for (let k = 1; k < n - 1 && inner; k++) inner = tokens[i + k]?.key === words[k];
    if (!inner) continue;
    const tail =
      wn.length >= SPELLING_SUBSTRING_MIN_LENGTH
        ? last.key.startsWith(wn)
          ? ([0, wn.length] as Hit)
          : undefined
        : last.key === wn
          ? ([0, wn.length] as Hit)
          : undefined;
    if (tail) out.push([first, head, last, tail]);
  }
  return out;
}

/** What to mark: the query's words and the spellings of the names it leads to. */
export interface MarkTerms {
  /** The query's words, as strict keys. */
  readonly words: readonly string[];
  /** Every spelling of every name the query leads to, as strict words. */
  readonly phrases: readonly (readonly string[])[];
}

/** Query words shorter than this are marked only as whole words (see hitsIn). */
export const MARK_SUBSTRING_MIN_LENGTH = 3;

/**
 * The ranges of a text to mark for a query, sorted and merged. A name's spelling of several words
 * is marked as one stretch where its words stand together ("وانغ يي"); where they do not, each of
 * its words is marked only if all are in the text, as search counts them.
 */
export function markRanges(text: string, terms: MarkTerms, tokens = tokensWithOffsets(text)) {
  const ranges: Range[] = [];
  const mark = (token: Token, [from, to]: Hit) => ranges.push(toRange(text, token, from, to));
  for (const word of terms.words) {
    for (const token of tokens) {
      for (const hit of hitsIn(token, word, MARK_SUBSTRING_MIN_LENGTH)) mark(token, hit);
    }
  }
  for (const phrase of terms.phrases) {
    const together = phrase.length > 1 ? phraseHits(tokens, phrase) : [];
    for (const [first, head, last, tail] of together) {
      ranges.push([toRange(text, first, head[0], head[1])[0], toRange(text, last, ...tail)[1]]);
    }
    if (together.length > 0) continue;
    const each = phrase.map((w) =>
      tokens.flatMap((t) => spellingHitsIn(t, w).map((h) => [t, h] as const)),
    );
    if (each.every((hits) => hits.length > 0))
      for (const hits of each) for (const h of hits) mark(...h);
  }
  return mergeRanges(ranges);
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** A stretch of a long text around its first mark, for a list that has no room for all of it. */
export interface Snippet {
  text: string;
  /** The marks inside the stretch, in its own offsets. */
  ranges: Range[];
  /** Whether text was left out before and after the stretch (the reader sees "…"). */
  cutStart: boolean;
  cutEnd: boolean;
}

/** `around` words either side of the first mark; undefined when there is no mark. */
export function snippet(text: string, ranges: readonly Range[], around = 6): Snippet | undefined {
  const first = ranges[0];
  if (!first) return undefined;
  const words = [...text.matchAll(/\S+/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  const at = Math.max(
    0,
    words.findIndex(([, end]) => end > first[0]),
  );
  let upTo = words.findIndex(([, end]) => end >= first[1]);
  if (upTo < 0) upTo = words.length - 1;
  const begin = words[Math.max(0, at - around)]?.[0] ?? 0;
  const finish = words[Math.min(words.length - 1, upTo + around)]?.[1] ?? text.length;
  const inside: Range[] = [];
  for (const [s, e] of ranges) {
    if (e <= begin || s >= finish) continue;
    inside.push([Math.max(s, begin) - begin, Math.min(e, finish) - begin]);
  }
  return {
    text: text.slice(begin, finish),
    ranges: inside,
    cutStart: begin > 0,
    cutEnd: finish < text.length,
  };
}
