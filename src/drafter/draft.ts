/**
 * The drafter's pure core: article text in, a Draft out, every field a guess with its evidence.
 * No I/O here: the CLI reads files and data/, the renderers print.
 */
import { normaliseWithMap, sentenceAround } from './arabicText.ts';
import type { EntityGuess, Noted } from './actorsAndForums.ts';
import { findActorsAndForums } from './actorsAndForums.ts';
import type { Ignored } from './boilerplate.ts';
import { stripBoilerplate } from './boilerplate.ts';
import type { DateMention } from './eventDate.ts';
import { findEventDates } from './eventDate.ts';
import { findEventType } from './eventType.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Confidence, Guess } from './guess.ts';
import { lowerOf } from './guess.ts';
import type { PlaceGuess } from './place.ts';
import { findPlace } from './place.ts';
import type { PublicationDate } from './publicationDate.ts';
import { findPublicationDate } from './publicationDate.ts';
import type { SourceGuess } from './source.ts';
import { findSource } from './source.ts';
import { draftId } from './draftId.ts';
import { mentionsByEvent, partyToMain, tieToEvents } from './eventsInArticle.ts';

export interface DraftOptions {
  /** YYYY-MM-DD, for articles that carry no date (or to overrule the one they carry). */
  published?: string;
}

/** A "read also" section: possibly another event, summarised so the curator can decide. */
export interface OtherStory {
  at: number;
  actors: string[];
  dates: DateMention[];
}

/**
 * A date the story mentions besides the main one: another event, with who and where its sentence
 * and its paragraphs name (see eventsInArticle.ts). The drafter writes a record for each.
 */
export interface OtherDate extends DateMention {
  actors: string[];
  forums: string[];
  places: string[];
  /** The kind of event its sentence suggests, if any cue is there. */
  type: string | null;
}

export interface Draft {
  id: Guess<string>;
  published: PublicationDate;
  date: DateMention | null;
  otherDates: OtherDate[];
  anniversaries: DateMention[];
  type: Guess<string | null>;
  actors: EntityGuess[];
  forums: EntityGuess[];
  unknownNames: Noted[];
  place: PlaceGuess;
  source: SourceGuess;
  boilerplate: Ignored[];
  /** Matches set aside by an ambiguity rule (Russia's Security Council, Shanghai the city, …). */
  setAside: Noted[];
  otherStories: OtherStory[];
}

/**
 * The longest text draft() reads. The CLI refuses files over a megabyte (articleCheck.ts), and a
 * text that passes that check always fits; this guards every other caller of draft().
 */
export const MAX_CHARS = 1_000_000;

/** Input draft() refuses to read: the message says why, in the curator's terms. */
export class DraftInputError extends Error {}

export function draft(text: string, options: DraftOptions, gazetteer: Gazetteer): Draft {
  if (text.length > MAX_CHARS) {
    const n = (x: number) => x.toLocaleString('en-US');
    throw new DraftInputError(
      `the article is ${n(text.length)} characters long; the drafter reads at most ${n(MAX_CHARS)} (a news article is tens of thousands)`,
    );
  }
  const cleaned = stripBoilerplate(text);
  // Publication dates live in the header and URL lines, which boilerplate removal may blank.
  const whole = normaliseWithMap(text);
  const body = normaliseWithMap(cleaned.body);
  const published = findPublicationDate(whole, options.published);
  const dates = findEventDates(body, published.value, published.spans);
  const found = findActorsAndForums(body, gazetteer);
  const focus = dates.main?.at;
  // The date's sentence and the next one: the other party often comes a sentence later.
  const sentence = focus === undefined ? undefined : focusSpan(text, focus);
  // Which paragraph tells of which event: the parties of the others are not the main event's.
  const { eventOf, lead } = tieToEvents(cleaned.body, dates.all);
  const inLead = (e: EntityGuess) =>
    lead !== undefined && e.at.some((x) => x >= lead[0] && x < lead[1]);
  const counted = (list: EntityGuess[]) =>
    list.map((e) => ({ e, counts: mentionsByEvent(e.at, eventOf) }));
  const actorCounts = counted(found.actors);
  const forumCounts = counted(found.forums);
  // An aide or spokesperson named only where plans are announced is the main story's reporter.
  const announcesOnly = (counts: Map<number, number>) =>
    [...counts.keys()].every((k) => k >= 0 && dates.others[k]?.value?.status === 'planned');
  const mainActors =
    dates.others.length === 0
      ? found.actors
      : actorCounts
          .filter(
            ({ e, counts }) =>
              partyToMain(counts, inLead(e)) || (e.speaker && announcesOnly(counts)),
          )
          .map(({ e }) => e);
  const people = {
    ...found,
    actors: withFocus(byRole(mainActors, sentence), sentence),
    forums: withFocus(found.forums, sentence),
  };
  /** An event's own parties: named in its sentence or its paragraphs, less the main event's reporters. */
  const partiesOf = (
    k: number,
    list: { e: EntityGuess; counts: Map<number, number> }[],
    inSentence: (e: EntityGuess) => boolean,
  ) =>
    list
      .filter(({ e, counts }) => {
        const own = counts.get(k) ?? 0;
        if (own === 0 && !inSentence(e)) return false;
        // Ushakov reports the call and, in passing, the consultations: he is the call's, not theirs;
        // nor is an aide who announces a plan a party to it.
        if (!e.speaker) return true;
        return (counts.get(-1) ?? 0) <= own && dates.others[k]?.value?.status !== 'planned';
      })
      .map(({ e }) => e.id);
  const type = findEventType(body, gazetteer, focus);
  const located = findPlace(body, gazetteer);
  // A call joins two capitals: a dateline only says where the agency was.
  const place =
    type.value === 'call' && located.value !== null
      ? {
          ...located,
          confidence: 'low' as const,
          warnings: [
            ...(located.warnings ?? []),
            'a call: the place is usually both capitals (video or phone link)',
          ],
        }
      : located;
  // The source finder needs the URL lines (blanked as metadata) but never the "read also"
  // section, whose "المصدر:" names another outlet.
  const cut = cleaned.readAlsoFrom ?? text.length;
  const source = findSource(normaliseWithMap(text.slice(0, cut) + ' '.repeat(text.length - cut)));

  const otherStories = cleaned.readAlso.map((section) => {
    const n = normaliseWithMap(section.text);
    const found = findActorsAndForums(n, gazetteer);
    const d = findEventDates(n, published.value);
    const shift = (m: DateMention): DateMention => ({ ...m, at: m.at + section.at });
    return {
      at: section.at,
      actors: found.actors.map((a) => a.id),
      dates: [d.main, ...d.others].filter((x): x is DateMention => x !== null).map(shift),
    };
  });

  // Sorted once, so each other date finds who its sentence names by binary search.
  const sortedAt = (list: { id: string; at: number[] }[]) =>
    list.map(({ id, at }) => ({ id, at: [...at].sort((a, b) => a - b) }));
  const sortedMentions = new Map(
    [...found.actors, ...found.forums].map((e) => [
      `${e.kind} ${e.id}`,
      [...e.at].sort((a, b) => a - b),
    ]),
  );
  const placesAt = sortedAt(place.mentioned);

  const id = draftId({
    date: dates.main?.value?.date ?? null,
    actors: people.actors.map((a) => a.id),
    type: type.value,
  });
  const idConfidence: Confidence = [
    dates.main?.confidence ?? 'low',
    type.confidence,
    people.actors[0]?.confidence ?? 'low',
  ].reduce(lowerOf);

  return {
    id: {
      value: id,
      confidence: idConfidence,
      evidence: [
        {
          phrase: '',
          rule: 'event date + first two parties + type; as sure as the least sure of them',
        },
      ],
    },
    published,
    date: dates.main,
    otherDates: dates.others.map((m, k) => {
      const [from, to] = sentenceAround(text, m.at, SENTENCE_REACH);
      const inside = (at: number[]) => anyWithin(at, from, to);
      const own = normaliseWithMap(cleaned.body.slice(from, to));
      const named = (e: EntityGuess) => inside(sortedMentions.get(`${e.kind} ${e.id}`) ?? []);
      return {
        ...m,
        actors: partiesOf(k, actorCounts, named),
        forums: partiesOf(k, forumCounts, named),
        places: placesAt.filter((p) => inside(p.at)).map((p) => p.id),
        type: findEventType(own, gazetteer, m.at - from).value,
      };
    }),
    anniversaries: dates.anniversaries,
    type,
    actors: people.actors,
    forums: people.forums,
    unknownNames: people.unknownNames,
    place,
    source,
    boilerplate: cleaned.ignored,
    setAside: people.ignored,
    otherStories,
  };
}

/**
 * The parties of the main event first: those named in the sentence of its date, then by how often
 * they are named; aides and spokespeople who report the event come after the parties.
 */
function byRole(actors: EntityGuess[], focus: [number, number] | undefined): EntityGuess[] {
  const inFocus = (a: EntityGuess) =>
    focus !== undefined && a.at.some((x) => x >= focus[0] && x < focus[1]) ? 1 : 0;
  return [...actors].sort(
    (a, b) => Number(a.speaker) - Number(b.speaker) || inFocus(b) - inFocus(a) || b.count - a.count,
  );
}

/**
 * Parties named in the sentence of the main date keep their confidence; the others are lowered
 * one step and say why: a story about one event names the people of several.
 */
function withFocus(list: EntityGuess[], focus: [number, number] | undefined): EntityGuess[] {
  if (focus === undefined) return list;
  return list.map((e): EntityGuess =>
    e.at.some((x) => x >= focus[0] && x < focus[1])
      ? e
      : {
          ...e,
          confidence: e.confidence === 'high' ? 'medium' : 'low',
          evidence: [
            ...e.evidence,
            {
              phrase: '',
              rule: 'not in the sentence of the date or the next: maybe a party to another event',
            },
          ],
        },
  );
}

// How far each way the sentence of another date is read: real sentences are shorter, and a text
// without punctuation must not be read whole for each of its dates.
const SENTENCE_REACH = 400;

/** Whether a sorted list holds an offset in [from, to). */
function anyWithin(sorted: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) < to;
}

function focusSpan(text: string, at: number): [number, number] {
  const [start, end] = sentenceAround(text, at);
  const next = /\S/.exec(text.slice(end + 1));
  if (!next) return [start, end];
  return [start, sentenceAround(text, end + 1 + next.index)[1]];
}
