/**
 * Why an event is among the results of a search: which words to mark, and where each query word
 * was found (its title, its participants, its forums, its place, or its summary). Search answers
 * "which events" with bitsets and keeps no positions (searchIndex.ts); this module re-reads the
 * few events on screen with the same rules (searchRules.ts), so what it marks is what search
 * matched: the query's own words, and, for a word that leads to a name ("فان", "Wang", "وانج"),
 * every spelling of that name ("وانغ يي", "Wang Yi", "وانج يي", "فان يي", "وانغ").
 */
import type { Actor, Forum, TimelineEvent } from './schema.ts';
import type { Lang } from './languages.ts';
import { LOOSE_MIN_LENGTH, looseWord, tokenize } from './arabic.ts';
import { EXPAND_MIN_LENGTH, leadingKeys, spellings, type Named } from './searchRules.ts';
import { spellingHitsIn, tokensWithOffsets, type MarkTerms, type Token } from './textMarks.ts';

export type MatchPlace = 'title' | 'participants' | 'forums' | 'place' | 'summary';

interface WordTerms {
  word: string;
  /** Actors and forums whose own names this word matches: events listing them match. */
  actors: ReadonlySet<string>;
  forums: ReadonlySet<string>;
  /** Spellings of the names this word leads to, as strict words: events naming them match. */
  phrases: readonly (readonly string[])[];
}

export interface QueryTerms extends MarkTerms {
  readonly perWord: readonly WordTerms[];
  /** Every actor and forum some query word matches by name, to mark in an event's lists. */
  readonly actors: ReadonlySet<string>;
  readonly forums: ReadonlySet<string>;
}

interface NameRecord {
  id: string;
  words: string[];
  looseWords: string[];
  leading: string[];
  phrases: string[][];
}

function records(items: readonly (Named & { id: string })[], everyWord: boolean): NameRecord[] {
  return items.map((item) => {
    const texts = spellings(item);
    const words = [...new Set(texts.flatMap((t) => tokenize(t)))];
    const phrases = new Map<string, string[]>();
    for (const t of texts) {
      const ws = tokenize(t);
      if (ws.length > 0) phrases.set(ws.join(' '), ws);
    }
    return {
      id: item.id,
      words,
      looseWords: words.map(looseWord),
      leading: leadingKeys(texts, everyWord),
      phrases: [...phrases.values()],
    };
  });
}

/** Whether a query word matches a name itself, as the index's name postings do. */
function matchesName(record: NameRecord, word: string): boolean {
  if (record.words.some((w) => w.includes(word))) return true;
  if (word.length < LOOSE_MIN_LENGTH) return false;
  const loose = looseWord(word);
  return record.looseWords.some((w) => w.startsWith(loose));
}

/** Whether a query word leads to the mentions of a name (see searchIndex.ts's header). */
function leadsTo(record: NameRecord, word: string): boolean {
  if (word.length < EXPAND_MIN_LENGTH) return false;
  const loose = looseWord(word);
  return record.leading.some((k) => k.startsWith(loose));
}

/** What a query asks for, worked out once per query; null when it has no words. */
export function compileQuery(
  names: { actors: readonly Actor[]; forums: readonly Forum[] },
  query: string,
): QueryTerms | null {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return null;
  const actors = records(names.actors, true);
  const forums = records(names.forums, false);
  const perWord = words.map((word): WordTerms => {
    const phrases = [...actors, ...forums]
      .filter((r) => leadsTo(r, word))
      .flatMap((r) => r.phrases);
    return {
      word,
      actors: new Set(actors.filter((r) => matchesName(r, word)).map((r) => r.id)),
      forums: new Set(forums.filter((r) => matchesName(r, word)).map((r) => r.id)),
      // Longest first, so where spellings overlap ("وانغ يي" and "وانغ") the whole name is marked.
      phrases: phrases.sort((a, b) => b.length - a.length),
    };
  });
  const unique = new Map<string, readonly string[]>();
  for (const w of perWord) for (const p of w.phrases) unique.set(p.join(' '), p);
  return {
    words,
    phrases: [...unique.values()],
    perWord,
    actors: new Set(perWord.flatMap((w) => [...w.actors])),
    forums: new Set(perWord.flatMap((w) => [...w.forums])),
  };
}

/** Whether a spelling counts as present in a text: each of its words, anywhere in it. */
function spellingIn(tokens: readonly Token[], phrase: readonly string[]): boolean {
  return phrase.every((w) => tokens.some((t) => spellingHitsIn(t, w).length > 0));
}

/** Search's own rule for a text: the word inside some word of it, or a name it leads to. */
function wordIn(tokens: readonly Token[], terms: WordTerms): boolean {
  return (
    tokens.some((t) => t.key.includes(terms.word)) ||
    terms.phrases.some((p) => spellingIn(tokens, p))
  );
}

export interface MatchExplanation {
  /** Where any query word was found. */
  places: ReadonlySet<MatchPlace>;
  /**
   * Whether some query word was found in the summary and nowhere else: the list must say so, or
   * the event looks as if it matched for no reason. With the summary not at hand (a large corpus
   * keeps it in a chunk file), a word found nowhere else is taken to be in the summary: the event
   * is a result, and the summary is the only searched text left.
   */
  summaryOnly: boolean;
}

/** Where the query's words are in an event, in the language being read. */
export function explainMatch(
  event: TimelineEvent,
  lang: Lang,
  terms: QueryTerms,
  summary: string | undefined,
): MatchExplanation {
  const title = tokensWithOffsets(event.title[lang]);
  const place = event.place ? tokensWithOffsets(event.place[lang]) : [];
  const text = summary === undefined ? undefined : tokensWithOffsets(summary);
  const places = new Set<MatchPlace>();
  let summaryOnly = false;
  for (const w of terms.perWord) {
    const found: MatchPlace[] = [];
    if (wordIn(title, w)) found.push('title');
    if (event.actors.some((id) => w.actors.has(id))) found.push('participants');
    if (event.forums.some((id) => w.forums.has(id))) found.push('forums');
    if (wordIn(place, w)) found.push('place');
    if (text === undefined ? found.length === 0 : wordIn(text, w)) found.push('summary');
    for (const p of found) places.add(p);
    if (found.length === 1 && found[0] === 'summary') summaryOnly = true;
  }
  return { places, summaryOnly };
}
