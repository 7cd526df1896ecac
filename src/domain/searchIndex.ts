/**
 * Free-text search over events, and name search for the actor and forum pickers.
 *
 * Semantics. A query is cut into words after the same normalisation as the index (arabic.ts:
 * vowel marks, hamza seats, ta marbuta, digit shapes, case and accents do not matter). An event
 * matches when every query word (AND) occurs inside some word of the event's searchable text:
 * its title, summary and place in the language being read, plus the names and aliases, in both
 * languages, of its actors and forums, so "بوتن", "Putin" and "بوتين" all find Putin's events in
 * either language. "Inside" means substring, not only prefix, because Arabic attaches
 * conjunctions, prepositions and the article to the word: "الصين" must find "والصين" and
 * "بالصين". In addition, a query word of three letters or more that differs only in the letter
 * chosen for a foreign sound (وانج / وانغ / وانق, شويجو / شويغو, لاڤروڤ / لافروف) matches an
 * actor's or forum's name or alias by word prefix on its loose key (arabic.ts); this loose match
 * never applies to titles and summaries, where it would merge unrelated Arabic words. An empty
 * query (no letters or digits) filters nothing.
 *
 * Names in the text. A reader who types any spelling of a person expects every event that names
 * that person, also where the person is only mentioned ("بوتن" must find the events whose summary
 * says "بوتين"). So a query word of three letters or more that matches an actor's name or alias
 * by word prefix on the loose key, as above ("بوتن", "Putin", "شويجو", "بينج"), or a forum's
 * name, alias or short label of one word ("بريكس", "SCO"), also matches every event whose
 * searchable text contains any spelling of that actor or forum, searched strictly as written in
 * the data. Forums are held to one-word spellings because their longer names are made of ordinary
 * nouns ("منظمة", "مجموعة", "مجلس", "المتحدة"): typing one of those must not pull in every mention
 * of a forum, nor, through a short label such as "شنغهاي", every event held in that city. A
 * person's name and aliases hold only names (the data keeps titles such as "الرئيس" out of them).
 * One- and two-letter words do not expand: "شي", "Xi" and "UN" are whole names, but a query word
 * that short is usually still being typed and starts too many names ("بو": بوتين, بوريس).
 * A spelling of several words ("شي جين بينغ") counts as present when each of its words is,
 * anywhere in the event's searchable text: no word positions are stored, so this approximates a
 * phrase (it may join "مجلس الأمن" and "الدولي" from two sentences). A word of a spelling of four
 * letters or more is found at the start of a word, or behind what Arabic joins in front of a word
 * (a conjunction, a preposition, the article: "بوتين" in "وبوتين"), never further inside ("وانغ",
 * Wang, is not in "غوانغ", the "guang" of Zhang Deguang); a shorter one ("شي", "يي", "SCO", "BRI") only as a whole word, or behind one of the particles
 * و ف ب ل ك ("وشي"), because inside other words it is everywhere: "شي" in "الشيخ", "sco" in
 * "Moscow", "bri" in "bridge".
 *
 * The pickers match each spelling of a name on its own (the name in Arabic, in English, each
 * alias, a forum's short label): every query word must occur in that one spelling, by substring
 * on the strict key or by prefix on the loose key. Results are ranked: exact spelling, then
 * prefix, then substring, then loose; ties keep the data's order.
 *
 * Cost. The index holds each distinct word once (sorted, concatenated into one string for
 * indexOf) with the list of events containing it; a query word costs one scan of the
 * vocabulary plus a union of the postings of the words that contain it, into a bitset. Recent
 * query words are memoised, so typing one more letter recomputes only the last word. The events
 * naming an actor or forum are worked out the first time a query word reaches that name (at most
 * one vocabulary scan per distinct word of its spellings) and kept for the index's lifetime.
 */
import type { Actor, Dataset, Forum, Localized } from './schema.ts';
import type { Lang } from './languages.ts';
import { LOOSE_MIN_LENGTH, looseWord, normalizeForSearch, tokenize } from './arabic.ts';
import {
  EXPAND_MIN_LENGTH,
  isArabicWord,
  leadingKeys,
  PARTICLES,
  spellings,
  SPELLING_SUBSTRING_MIN_LENGTH,
  startsWord,
} from './searchRules.ts';
import { WordTable } from './wordTable.ts';
import { andInto, emptyBitset, fullBitset, setAll, type Bitset } from './bitset.ts';

/** Words and, for each, the ascending indices of the events that contain it. */
interface Postings {
  /** Distinct words, sorted, joined by "\n" with a leading and trailing "\n". */
  text: string;
  /** Start of word w in text is starts[w]; starts has one extra entry at the end. */
  starts: Uint32Array;
  /** Events of word w are events[offsets[w] .. offsets[w + 1]). */
  offsets: Uint32Array;
  events: Uint32Array;
}

export interface SearchIndex {
  readonly lang: Lang;
  readonly eventCount: number;
  readonly strict: Postings;
  /** Loose keys of the actor and forum names and aliases only. */
  readonly loose: Postings;
  /**
   * Memo of recent query words → matching events; bounded, cleared when full. Internal: with
   * names.mentions, the only mutable part, a cache that never changes an answer.
   */
  readonly memo: Map<string, Bitset>;
  /** Internal: what a query word needs to find the events that mention an actor or forum. */
  readonly names: NamedThings;
}

/** Actors, then forums, as the expansion of a query word to their spellings sees them. */
interface NamedThings {
  /** Loose key of a word that leads to a name (see the header) → the actors and forums. */
  readonly owners: ReadonlyMap<string, readonly number[]>;
  /** Per actor or forum, its spellings as strict words (see spellingWords). */
  readonly spellings: readonly (readonly string[])[][];
  /** Per actor or forum, the events whose searchable text names it; a cache, filled on first use. */
  readonly mentions: (Bitset | undefined)[];
}

const MEMO_LIMIT = 64;

function wordsOf(texts: string[]): string[] {
  const set = new Set<string>();
  for (const t of texts) for (const w of tokenize(t)) set.add(w);
  return [...set];
}

/**
 * The spellings of a name as lists of strict words, dropping any spelling whose words include all
 * the words of another: under the all-words rule it can only find events the shorter one finds
 * ("فلاديمير بوتين" next to "بوتين"), so searching it would cost a scan and add nothing.
 */
function spellingWords(texts: string[]): string[][] {
  const sets = texts.map((t) => [...new Set(tokenize(t))]).filter((words) => words.length > 0);
  const covers = (a: string[], b: string[]) => a.every((w) => b.includes(w));
  return sets.filter(
    (b, i) => !sets.some((a, j) => j !== i && covers(a, b) && (a.length < b.length || j < i)),
  );
}

function looseWordsOf(words: string[]): string[] {
  const set = new Set<string>();
  for (const w of words) set.add(looseWord(w));
  return [...set];
}

/** A growable list of 32-bit integers: millions of postings without boxing. */
class IntList {
  data = new Uint32Array(1024);
  length = 0;

  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
}

/**
 * Collects (word, event) pairs while walking events in order, then lays them out by word. Words
 * get small ids on first sight, so the costly string lookups happen once per word occurrence and
 * names shared by many events (actors, forums) are looked up once per dataset.
 */
class PostingsBuilder {
  readonly table = new WordTable();
  private lastEvent = new Int32Array(1024).fill(-1);
  /** Word ids in event order; the pairs of event e are pairWords[eventStarts[e] ..). */
  private readonly pairWords = new IntList();
  private readonly eventStarts = new IntList();

  idOf(word: string): number {
    return this.table.idOf(word);
  }

  /** Events must arrive in ascending order; a word repeated within one event counts once. */
  addId(id: number, event: number): void {
    if (id >= this.lastEvent.length) {
      const next = new Int32Array(Math.max(id + 1, this.lastEvent.length * 2)).fill(-1);
      next.set(this.lastEvent);
      this.lastEvent = next;
    }
    if (this.lastEvent[id] === event) return;
    this.lastEvent[id] = event;
    while (this.eventStarts.length <= event) this.eventStarts.push(this.pairWords.length);
    this.pairWords.push(id);
  }

  /** Adds every word of a text (its strict key) to the event. */
  addText(text: string, event: number): void {
    this.table.internText(text, (id) => this.addId(id, event));
  }

  /** Lays the postings out by word; eventCount closes the last events, which may have no words. */
  build(eventCount: number): Postings {
    while (this.eventStarts.length <= eventCount) this.eventStarts.push(this.pairWords.length);
    const words = this.table.words;
    const n = words.length;
    const order = Array.from({ length: n }, (_, id) => id).sort((a, b) => {
      const x = words[a] ?? '';
      const y = words[b] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const rank = new Uint32Array(n);
    order.forEach((id, r) => (rank[id] = r));
    const offsets = new Uint32Array(n + 1);
    const pairs = this.pairWords.length;
    const pw = this.pairWords.data;
    const starts0 = this.eventStarts.data;
    for (let k = 0; k < pairs; k++) {
      const r = rank[pw[k] ?? 0] ?? 0;
      offsets[r + 1] = (offsets[r + 1] ?? 0) + 1;
    }
    for (let r = 0; r < n; r++) offsets[r + 1] = (offsets[r + 1] ?? 0) + (offsets[r] ?? 0);
    const fill = offsets.slice(0, n);
    const events = new Uint32Array(pairs);
    // Pairs are in event order, so each word's events come out ascending.
    for (let e = 0; e < eventCount; e++) {
      const end = starts0[e + 1] ?? 0;
      for (let k = starts0[e] ?? 0; k < end; k++) {
        const r = rank[pw[k] ?? 0] ?? 0;
        const slot = fill[r] ?? 0;
        events[slot] = e;
        fill[r] = slot + 1;
      }
    }
    const sorted = order.map((id) => words[id] ?? '');
    const starts = new Uint32Array(n + 1);
    let pos = 1;
    sorted.forEach((word, r) => {
      starts[r] = pos;
      pos += word.length + 1;
    });
    starts[n] = pos;
    return { text: `\n${sorted.join('\n')}\n`, starts, offsets, events };
  }
}

/**
 * Builds a search index in steps, so an app with a very large dataset can spread the work over
 * idle moments instead of blocking its first paint (about a second at 100,000 events). The
 * domain keeps no timers: the caller decides how many events each step takes.
 */
export interface SearchIndexBuilder {
  /** Events indexed so far, out of total. */
  readonly done: number;
  readonly total: number;
  /** Indexes up to `events` more events; returns the index once every event is in. */
  step(events: number): SearchIndex | null;
}

/**
 * Where event i's summary in the language being read comes from; undefined when it has none at
 * hand. By default the event's own; a corpus that keeps summaries in chunk files passes them in.
 */
export type SummaryOf = (event: number) => string | undefined;

export function searchIndexBuilder(
  dataset: Dataset,
  lang: Lang,
  summaryOf: SummaryOf = (i) => dataset.events[i]?.summary?.[lang],
): SearchIndexBuilder {
  const strict = new PostingsBuilder();
  const loose = new PostingsBuilder();
  const owners = new Map<string, number[]>();
  const named: string[][][] = [];
  const own = (w: string, owner: number) => {
    const list = owners.get(w);
    if (!list) owners.set(w, [owner]);
    else if (list[list.length - 1] !== owner) list.push(owner);
  };
  // Word ids of every actor's and forum's spellings, worked out once rather than per event. The
  // words that lead a query to a name's mentions: every word of a person's name, but only the
  // one-word spellings of a forum (see the header).
  const nameIds = (list: (Actor | Forum)[], everyWord: boolean) =>
    new Map(
      list.map((item) => {
        const texts = spellings(item);
        const words = wordsOf(texts);
        const looseWords = looseWordsOf(words);
        const owner = named.length;
        named.push(spellingWords(texts));
        for (const w of leadingKeys(texts, everyWord)) own(w, owner);
        return [
          item.id,
          { strict: words.map((w) => strict.idOf(w)), loose: looseWords.map((w) => loose.idOf(w)) },
        ];
      }),
    );
  const actors = nameIds(dataset.actors, true);
  const forums = nameIds(dataset.forums, false);
  const addNames = (names: typeof actors, ids: string[], event: number) => {
    for (const id of ids) {
      const words = names.get(id);
      if (!words) continue; // an id the compiler would have rejected; nothing to index
      for (const w of words.strict) strict.addId(w, event);
      for (const w of words.loose) loose.addId(w, event);
    }
  };

  const total = dataset.events.length;
  let done = 0;
  let result: SearchIndex | null = null;
  return {
    get done() {
      return done;
    },
    total,
    step(events: number): SearchIndex | null {
      const end = Math.min(total, done + Math.max(0, events));
      for (; done < end; done++) {
        const event = dataset.events[done];
        if (!event) break;
        strict.addText(event.title[lang], done);
        const summary = summaryOf(done);
        if (summary !== undefined) strict.addText(summary, done);
        if (event.place) strict.addText(event.place[lang], done);
        addNames(actors, event.actors, done);
        addNames(forums, event.forums, done);
      }
      if (done === total && !result) {
        result = {
          lang,
          eventCount: total,
          strict: strict.build(total),
          loose: loose.build(total),
          memo: new Map(),
          names: { owners, spellings: named, mentions: named.map(() => undefined) },
        };
      }
      return result;
    },
  };
}

/** Builds the search index of a dataset for one reading language. Once per dataset and language. */
export function buildSearchIndex(dataset: Dataset, lang: Lang, summaryOf?: SummaryOf): SearchIndex {
  const builder = searchIndexBuilder(dataset, lang, summaryOf);
  const index = builder.step(builder.total);
  if (!index) throw new Error('search index incomplete after indexing every event');
  return index;
}

/** Index of the word whose text contains position pos (binary search over starts). */
function wordAt(p: Postings, pos: number): number {
  let lo = 0;
  let hi = p.starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((p.starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Calls fn for each word containing needle (prefix: only words starting with it). Each matching
 * word is reported once: after a hit the scan resumes at the next word.
 */
function forEachMatchingWord(
  p: Postings,
  needle: string,
  prefix: boolean,
  fn: (w: number) => void,
): void {
  const pattern = prefix ? `\n${needle}` : needle;
  let from = 0;
  for (;;) {
    const hit = p.text.indexOf(pattern, from);
    if (hit < 0) return;
    const w = wordAt(p, prefix ? hit + 1 : hit);
    fn(w);
    from = p.starts[w + 1] ?? 0;
  }
}

function addPostings(p: Postings, w: number, into: Bitset): void {
  setAll(into, p.events.subarray(p.offsets[w] ?? 0, p.offsets[w + 1] ?? 0));
}

/** Word w of p, without its separators. */
function wordText(p: Postings, w: number): string {
  return p.text.slice(p.starts[w] ?? 0, (p.starts[w + 1] ?? 1) - 1);
}

/** Index of the word equal to word, or -1 (binary search: the words are sorted). */
function findWord(p: Postings, word: string): number {
  let lo = 0;
  let hi = p.starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = wordText(p, mid);
    if (at === word) return mid;
    if (at < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function orInto(target: Bitset, other: Bitset): void {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) | (other[w] ?? 0);
}

/** Events whose searchable text holds one word of a spelling (see the header for the rule). */
function spellingWordEvents(index: SearchIndex, word: string): Bitset {
  const bits = emptyBitset(index.eventCount);
  const p = index.strict;
  if (word.length >= SPELLING_SUBSTRING_MIN_LENGTH) {
    forEachMatchingWord(p, word, false, (w) => {
      const text = wordText(p, w);
      if (startsWord(word, text, text.indexOf(word))) addPostings(p, w, bits);
    });
    return bits;
  }
  for (const particle of isArabicWord(word) ? ['', ...PARTICLES] : ['']) {
    const w = findWord(p, particle + word);
    if (w >= 0) addPostings(p, w, bits);
  }
  return bits;
}

/** Events whose searchable text names actor or forum `owner` by any of its spellings. */
function mentionsOf(index: SearchIndex, owner: number): Bitset {
  const { spellings, mentions } = index.names;
  const cached = mentions[owner];
  if (cached) return cached;
  const out = emptyBitset(index.eventCount);
  const byWord = new Map<string, Bitset>();
  for (const spelling of spellings[owner] ?? []) {
    let every: Bitset | null = null;
    for (const word of spelling) {
      let bits = byWord.get(word);
      if (!bits) {
        bits = spellingWordEvents(index, word);
        byWord.set(word, bits);
      }
      if (every) andInto(every, bits);
      else every = bits.slice();
    }
    if (every) orInto(out, every);
  }
  mentions[owner] = out;
  return out;
}

function matchWord(index: SearchIndex, word: string): Bitset {
  const memo = index.memo.get(word);
  if (memo) return memo;
  const bits = emptyBitset(index.eventCount);
  forEachMatchingWord(index.strict, word, false, (w) => addPostings(index.strict, w, bits));
  if (word.length >= LOOSE_MIN_LENGTH) {
    const named = new Set<number>();
    forEachMatchingWord(index.loose, looseWord(word), true, (w) => {
      addPostings(index.loose, w, bits);
      if (word.length < EXPAND_MIN_LENGTH) return;
      for (const owner of index.names.owners.get(wordText(index.loose, w)) ?? []) {
        named.add(owner);
      }
    });
    // The loose postings found the named ones' own events; these are the events naming them.
    for (const owner of named) orInto(bits, mentionsOf(index, owner));
  }
  if (index.memo.size >= MEMO_LIMIT) index.memo.clear();
  index.memo.set(word, bits);
  return bits;
}

/**
 * The events matching a free-text query, as a bitset over event indices, or null when the query
 * has no words (no text filter at all). The returned bitset is fresh: the caller may modify it.
 */
export function searchEvents(index: SearchIndex, query: string): Bitset | null {
  const words = tokenize(query);
  if (words.length === 0) return null;
  const out = fullBitset(index.eventCount);
  // Longest first: the rarest word usually empties the set soonest, and the memo holds it.
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    andInto(out, matchWord(index, w));
  }
  return out;
}

// ---- Pickers ---------------------------------------------------------------------------------

interface Spelling {
  owner: number;
  text: string;
  key: string;
  words: string[];
  looseWords: string[];
}

export interface NameIndex {
  readonly ids: readonly string[];
  readonly spellings: readonly Spelling[];
}

/** Builds the picker index of actors or forums (every spelling of every name). */
export function buildNameIndex(
  items: readonly { id: string; name: Localized; aliases: string[]; short?: Localized }[],
): NameIndex {
  const list: Spelling[] = [];
  items.forEach((item, owner) => {
    const seen = new Set<string>();
    for (const text of spellings(item)) {
      const key = normalizeForSearch(text);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const words = key.split(' ');
      list.push({ owner, text, key, words, looseWords: words.map(looseWord) });
    }
  });
  return { ids: items.map((item) => item.id), spellings: list };
}

/** How a name matched; 'all' when the query was empty and every item is listed. */
export type NameMatchKind = 'exact' | 'prefix' | 'substring' | 'loose' | 'all';

export interface NameMatch {
  /** Position of the actor or forum in the list the index was built from. */
  index: number;
  id: string;
  kind: NameMatchKind;
  /** The spelling that matched, as written in the data (to show "matched: وانج"). */
  matched: string;
}

const RANK: Record<NameMatchKind, number> = { exact: 0, prefix: 1, substring: 2, loose: 3, all: 4 };

function matchSpelling(s: Spelling, words: string[], key: string): NameMatchKind | null {
  if (s.key === key) return 'exact';
  let strictAll = true;
  for (const q of words) {
    if (!s.words.some((w) => w.includes(q))) {
      strictAll = false;
      break;
    }
  }
  if (strictAll) return s.key.startsWith(key) ? 'prefix' : 'substring';
  for (const q of words) {
    const lq = looseWord(q);
    const ok =
      s.words.some((w) => w.includes(q)) ||
      (q.length >= LOOSE_MIN_LENGTH && s.looseWords.some((w) => w.startsWith(lq)));
    if (!ok) return null;
  }
  return 'loose';
}

/**
 * Actors (or forums) whose name or an alias matches the query, best first; each at most once,
 * with its best-ranked spelling. An empty query returns every item in the data's order.
 */
export function searchNames(index: NameIndex, query: string): NameMatch[] {
  const words = tokenize(query);
  if (words.length === 0) {
    return index.ids.map((id, i) => ({ index: i, id, kind: 'all', matched: '' }));
  }
  const key = words.join(' ');
  const best = new Map<number, NameMatch>();
  for (const s of index.spellings) {
    const kind = matchSpelling(s, words, key);
    if (kind === null) continue;
    const prev = best.get(s.owner);
    if (!prev || RANK[kind] < RANK[prev.kind]) {
      best.set(s.owner, { index: s.owner, id: index.ids[s.owner] ?? '', kind, matched: s.text });
    }
  }
  return [...best.values()].sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.index - b.index);
}
