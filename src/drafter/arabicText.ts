/**
 * Arabic matching for the drafter: a normalised copy of the article that keeps a map back to the
 * original offsets, and clitic-aware phrase search on it. Every finder reports spans of the
 * original text, so the curator sees the phrase exactly as the article wrote it.
 *
 * Letters fold exactly as the search keys of src/domain/arabic.ts do; the offset map, the kept
 * punctuation and the clitic rules are the drafter's own, because search keys need none of them.
 */
import { normalizeForSearch } from '../domain/arabic.ts';

/** A normalised text; map[i] is the offset in the original of normalised character i. */
export interface Normalised {
  text: string;
  map: number[];
  original: string;
}

export interface Span {
  start: number;
  end: number;
  /** The original text of the span, as the article wrote it. */
  phrase: string;
}

// Quotes and brackets around names ("بريكس", (منظمة شانغهاي) للتعاون) must not break a phrase.
// Other punctuation stays: the date rules read "04.02.2026", "شباط/فبراير", "بكين - 4 - 2".
const SPACE_LIKE = /["'“”‘’«»()[\]{}\u00a0]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Cf}\u0640]/u;
const cache = new Map<string, string>();

/**
 * One character's fold. Letters, digits and marks take the project's search key
 * (src/domain/arabic.ts), so the drafter and search agree on what is the same word: hamza seats,
 * ة/ه, ى/ي, marks and tatweel dropped, Arabic-Indic digits. The result may be empty or, rarely,
 * two characters (ß → ss).
 */
function fold(ch: string): string {
  if (SPACE_LIKE.test(ch)) return ' ';
  if (!WORD_CHAR.test(ch)) return ch;
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = normalizeForSearch(ch);
    cache.set(ch, folded);
  }
  return folded;
}

/**
 * Folds only the letters of a regex source written in ordinary spelling ("التقى", "على"), leaving
 * its punctuation alone, so patterns can be written as Arabic is written.
 */
export function foldLetters(source: string): string {
  return [...source].map((ch) => (/\p{Script=Arabic}/u.test(ch) ? fold(ch) : ch)).join('');
}

/** Folds one phrase (no offset map): for comparing words and building patterns. */
export function normalise(s: string): string {
  return normaliseWithMap(s).text;
}

// Characters folded so far in this process. The drafter must fold each character of an article a
// bounded number of times; tests compare this count for an input and one four times as long.
let folded = 0;

/** How many characters have been normalised so far (for tests of the drafter's linearity). */
export function charsNormalised(): number {
  return folded;
}

export function normaliseWithMap(original: string): Normalised {
  folded += original.length;
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    for (const f of fold(original[i] as string)) {
      text += f;
      map.push(i);
    }
  }
  return { text, map, original };
}

/** The first normalised index whose original offset is at or after offset (map increases). */
export function normIndex(n: Normalised, offset: number): number {
  let lo = 0;
  let hi = n.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.map[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Searching back and forth for line breaks from every match costs a line's length per match, and
// an article pasted as one line has one line: line starts are found once per text instead.
const lineTables = new WeakMap<Normalised, number[]>();

/** Original offsets [start, end) of the line holding original offset at (end excludes "\n"). */
export function lineAround(n: Normalised, at: number): [number, number] {
  let starts = lineTables.get(n);
  if (starts === undefined) {
    starts = [0];
    for (let i = n.original.indexOf('\n'); i >= 0; i = n.original.indexOf('\n', i + 1))
      starts.push(i + 1);
    lineTables.set(n, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  const next = starts[lo + 1];
  return [starts[lo] as number, next === undefined ? n.original.length : next - 1];
}

/**
 * The normalised text of the line holding original offset at, from the line's start up to at:
 * a slice of the text normalised once, never the line normalised again. Longer than limit, its
 * start is cut off.
 */
export function lineBefore(n: Normalised, at: number, limit = Infinity): string {
  const end = normIndex(n, at);
  const start = normIndex(n, lineAround(n, at)[0]);
  return n.text.slice(Math.max(start, end - limit), end);
}

/**
 * The ranges of one text that matches have claimed. Comparing each new match with every claimed
 * one made the finders quadratic in the number of matches; marking the claimed characters makes a
 * check cost the length of the match.
 */
export class Claimed {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }
  overlaps(from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < to; i++) if (this.taken[i] === 1) return true;
    return false;
  }
  has(at: number): boolean {
    return this.taken[at] === 1;
  }
  claim(from: number, to: number): void {
    this.taken.fill(1, from, to);
  }
}

/** The original span covered by normalised [start, end). */
export function toSpan(n: Normalised, start: number, end: number): Span {
  const s = n.map[start] ?? n.original.length;
  const e = end > start ? (n.map[end - 1] ?? n.original.length - 1) + 1 : s;
  return { start: s, end: e, phrase: n.original.slice(s, e) };
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// و/ف (and, so) then ب/ل/ك (with, to, like), each at most once: "وبوتين", "فلبوتين" is not Arabic.
const CONJ = '[وف]?';
const PREP = '[بلك]?';
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * A regex source matching a phrase as whole words, allowing the clitics Arabic attaches in front:
 * "وبوتين", "للرئيس" (ل + الرئيس loses its alef), "والبريكس", "بالبريكس". Spaces in the phrase
 * match any run of white space. The phrase is normalised first.
 */
export function phrasePattern(phrase: string): string {
  const p = normalise(phrase).trim();
  const words = p.split(/\s+/).map(escapeRegExp).join('\\s+');
  if (p.startsWith('ال')) {
    // ل + ال → لل ("للرئيس"); other prefixes keep the article ("والرئيس", "بالرئيس").
    return `${BEFORE}(?:${CONJ}[بك]?ال|${CONJ}لل)${words.slice(2)}${AFTER}`;
  }
  // Latin and digit phrases take no Arabic clitics.
  const head = /^\p{Script=Arabic}/u.test(p) ? `${CONJ}${PREP}(?:ال)?` : '';
  return `${BEFORE}${head}${words}${AFTER}`;
}

/** Every whole-word occurrence of phrase in the normalised text, as original spans. */
export function findPhrase(n: Normalised, phrase: string): Span[] {
  if (normalise(phrase).trim() === '') return [];
  const re = new RegExp(phrasePattern(phrase), 'gu');
  const out: Span[] = [];
  for (const m of n.text.matchAll(re)) {
    out.push(toSpan(n, m.index, m.index + m[0].length));
  }
  return out;
}

/** Matches of a regex (written for normalised text) as original spans, with their groups. */
export function findPattern(
  n: Normalised,
  re: RegExp,
): { span: Span; groups: (string | undefined)[]; index: number; length: number }[] {
  const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
  const g = new RegExp(re.source, flags);
  return [...n.text.matchAll(g)].map((m) => ({
    span: toSpan(n, m.index, m.index + m[0].length),
    groups: m.slice(1),
    index: m.index,
    length: m[0].length,
  }));
}

/**
 * Bounds [start, end) of the sentence around an offset: full stops, question marks, line breaks.
 * reach caps how far each way it looks: a caller asking for many offsets of one huge "sentence"
 * (text without punctuation) would otherwise read all of it for each.
 */
export function sentenceAround(text: string, at: number, reach = Infinity): [number, number] {
  const stops = /[.!?؟\n]/u;
  const first = Math.max(0, at - reach);
  const last = Math.min(text.length, at + reach);
  let start = at;
  while (start > first && !stops.test(text[start - 1] as string)) start--;
  let end = at;
  while (end < last && !stops.test(text[end] as string)) end++;
  return [start, end];
}
