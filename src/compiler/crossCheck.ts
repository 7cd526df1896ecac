/**
 * Checks what a schema cannot see: unique ids, references between files, real calendar dates,
 * precision against the value, end ≥ start, http(s) addresses and at least one per event, ids
 * matching file names, events filed under the year they start in, the forum of a BRICS or SCO
 * summit, and actors' terms against the events naming them. (Two files describing one event is
 * checked at assembly, in compile.ts, where all events meet.) Everything here is pure; problems
 * go to `report`.
 */
import type { z } from 'zod';
import type { ActorRaw, Affiliation, EventRaw, EventType, Forum, Place } from '../domain/schema.ts';
import { precisionOf } from '../domain/partialDate.ts';
import { storedFormOf } from '../domain/relations.ts';
import type { FieldPath, Problem } from './diagnostic.ts';
import { suggestion } from './didYouMean.ts';
import { dateProblem, firstDay, lastDay } from './dateMemo.ts';
import { quote } from './bounds.ts';

export type EventParsed = z.output<typeof EventRaw>;
export type Report = (path: string, problem: Problem) => void;

/** One list file (actors.yaml, …): its validated items when its shape is right, and the ids it defines either way. */
export interface ListInput<T> {
  path: string;
  items: T[] | undefined;
  /** Every id the file defines, even when some other field is wrong, so one typo in actors.yaml
   *  does not also turn every event that names that actor into an error. */
  ids: string[];
}

export interface Catalogue {
  affiliations: ListInput<Affiliation>;
  actors: ListInput<ActorRaw>;
  forums: ListInput<Forum>;
  types: ListInput<EventType>;
  places: ListInput<Place> | undefined;
}

export interface EventInput {
  path: string;
  event: EventParsed;
  /** The file name without .yaml: the id the event must have. */
  fileId: string;
  /** The <year> folder the file sits in. */
  folderYear: string;
}

/** Collects the ids a list file defines, reporting duplicates at the later occurrence. */
export function listIds(path: string, raw: unknown, kind: string, report: Report): string[] {
  if (!Array.isArray(raw)) return [];
  const first = new Map<string, number>();
  raw.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      report(path, {
        field: [index, 'id'],
        anchor: 'value',
        message: `duplicate ${kind} id ${quote(id)}: already used by [${earlier}]`,
      });
  });
  return [...first.keys()];
}

export function checkCatalogue(c: Catalogue, report: Report): void {
  const affiliations = c.affiliations.ids;
  c.actors.items?.forEach((actor, i) => {
    reference(
      c.actors.path,
      [i, 'affiliation'],
      actor.affiliation,
      'affiliation',
      affiliations,
      report,
    );
    actor.terms.forEach((term, t) => checkTerm(c.actors.path, [i, 'terms', t], term, report));
  });
  const places = c.places;
  places?.items?.forEach((place, i) =>
    reference(places.path, [i, 'country'], place.country, 'affiliation', affiliations, report),
  );
}

function checkTerm(
  path: string,
  field: FieldPath,
  term: { from: string; to?: string | undefined },
  report: Report,
): void {
  const fromProblem = dateProblem(term.from);
  const toProblem = term.to === undefined ? undefined : dateProblem(term.to);
  if (fromProblem)
    report(path, { field: [...field, 'from'], anchor: 'value', message: fromProblem });
  if (toProblem) report(path, { field: [...field, 'to'], anchor: 'value', message: toProblem });
  if (fromProblem || toProblem || term.to === undefined) return;
  if (lastDay(term.to) < firstDay(term.from))
    report(path, {
      field: [...field, 'to'],
      anchor: 'value',
      message: `"${term.to}" is before the start "${term.from}"; a term must end on or after it starts`,
    });
}

/**
 * An actor's terms as the event check needs them: the first and last day each covers (a term
 * given to the month runs from its first day to its last), and how to name it in a message.
 */
export interface TermSpan {
  first: string;
  /** Absent while the term goes on. */
  last?: string;
  text: string;
}

/**
 * The terms of every actor whose terms are all real dates. An actor left out (a term with a bad
 * date, or an actors.yaml whose shape is wrong, both reported there) has its events go unchecked
 * rather than each of them reported as well.
 */
export function termSpans(actors: readonly ActorRaw[] | undefined): Record<string, TermSpan[]> {
  const spans: Record<string, TermSpan[]> = {};
  for (const actor of actors ?? []) {
    const terms = actor.terms;
    const dates = terms.flatMap((t) => (t.to === undefined ? [t.from] : [t.from, t.to]));
    if (dates.some((d) => dateProblem(d) !== undefined)) continue;
    spans[actor.id] = terms.map((t) => ({
      first: firstDay(t.from),
      ...(t.to === undefined ? {} : { last: lastDay(t.to) }),
      text: `${t.role.en.trim()} ${t.to === undefined ? `from ${t.from}` : `${t.from} – ${t.to}`}`,
    }));
  }
  return spans;
}

function reference(
  path: string,
  field: FieldPath,
  id: string,
  kind: string,
  known: readonly string[],
  report: Report,
  knownSet?: ReadonlySet<string>,
): void {
  if (knownSet ? knownSet.has(id) : known.includes(id)) return;
  report(path, {
    field,
    anchor: 'value',
    message: `unknown ${kind} "${id}"${suggestion(id, known)}`,
  });
}

/** The ids events may refer to, as sets: one lookup per reference on a corpus of 100,000 events. */
export interface References {
  actors: readonly string[];
  forums: readonly string[];
  types: readonly string[];
  /** Where the actors are defined, for messages that send the curator there. */
  actorsPath: string;
  /** Each actor's terms, by id; an actor without an entry (see termSpans) is not checked. */
  terms: Readonly<Record<string, readonly TermSpan[]>>;
  /**
   * The day of the compile (YYYY-MM-DD), from the CLI's clock or its --today: an event that has
   * "happened" cannot start after it. Absent, nothing is compared (tests of other checks).
   */
  today?: string;
}

export interface ReferenceSets extends References {
  actorSet: ReadonlySet<string>;
  forumSet: ReadonlySet<string>;
  typeSet: ReadonlySet<string>;
}

export function referenceSets(refs: References): ReferenceSets {
  return {
    ...refs,
    actorSet: new Set(refs.actors),
    forumSet: new Set(refs.forums),
    typeSet: new Set(refs.types),
  };
}

/** Everything about one event that can be checked without the other events. */
export function checkEvent(
  input: EventInput,
  refs: ReferenceSets,
  report: Report,
  /** A draft may not have a type or a linked source yet: those are what it still needs. */
  draft = false,
): void {
  const { path, event } = input;
  if (event.id !== input.fileId)
    report(path, {
      field: ['id'],
      anchor: 'value',
      message: `"${event.id}" does not match the file name "${input.fileId}.yaml"; an event's file must be named <id>.yaml`,
    });
  checkEventDate(input, report);
  checkNotFuture(path, event, refs.today, report);
  if (!(draft && event.type === ''))
    reference(path, ['type'], event.type, 'event type', refs.types, report, refs.typeSet);
  referenceList(path, 'actors', event.actors, 'actor', refs.actors, refs.actorSet, report);
  checkTerms(path, event, refs, report);
  referenceList(path, 'forums', event.forums, 'forum', refs.forums, refs.forumSet, report);
  checkSummitForums(path, event, refs, report);
  // A source without an address cannot be checked by a reader; one linked source per event is
  // the least that lets anyone verify it (the others may be print or paywalled copies).
  if (!draft && !event.sources.some((source) => source.url !== undefined))
    report(path, {
      field: ['sources'],
      anchor: 'value',
      message: `no source has a url; at least one source must give the web address (https://…) where the event can be checked`,
    });
  checkRelated(path, event, report);
  event.sources.forEach((source, i) => {
    if (source.url !== undefined) {
      const problem = urlProblem(source.url);
      if (problem)
        report(path, { field: ['sources', i, 'url'], anchor: 'value', message: problem });
    }
    const problem = dateProblem(source.published);
    if (problem)
      report(path, { field: ['sources', i, 'published'], anchor: 'value', message: problem });
  });
}

function referenceList(
  path: string,
  key: string,
  ids: readonly string[],
  kind: string,
  known: readonly string[],
  knownSet: ReadonlySet<string>,
  report: Report,
): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      report(path, { field: [key, i], anchor: 'value', message: `"${id}" is listed twice` });
      return;
    }
    reference(path, [key, i], id, kind, known, report, knownSet);
  });
}

function checkEventDate(input: EventInput, report: Report): void {
  const { path, event } = input;
  const isRange = typeof event.date !== 'string';
  const start = typeof event.date === 'string' ? event.date : event.date.start;
  const end = typeof event.date === 'string' ? undefined : event.date.end;
  const startField: FieldPath = isRange ? ['date', 'start'] : ['date'];
  const endField: FieldPath = ['date', 'end'];

  const startProblem = dateProblem(start);
  const endProblem = end === undefined ? undefined : dateProblem(end);
  if (startProblem) report(path, { field: startField, anchor: 'value', message: startProblem });
  if (endProblem) report(path, { field: endField, anchor: 'value', message: endProblem });
  if (startProblem || endProblem) return;

  const startPrecision = precisionOf(start);
  if (startPrecision !== event.precision)
    report(path, {
      field: ['precision'],
      anchor: 'value',
      message: `is "${event.precision}" but the date "${start}" is given to the ${startPrecision}; write precision: ${startPrecision}, or give the date to the ${event.precision}`,
    });
  if (end !== undefined) {
    const endPrecision = precisionOf(end);
    if (endPrecision !== event.precision)
      report(path, {
        field: endField,
        anchor: 'value',
        message: `"${end}" is given to the ${endPrecision} but the event's precision is "${event.precision}"; both ends of a range need the same precision`,
      });
    else if (startPrecision === event.precision && firstDay(end) < firstDay(start))
      report(path, {
        field: endField,
        anchor: 'value',
        message: `"${end}" is before the start "${start}"; the end must be on or after the start`,
      });
  }

  const year = start.slice(0, 4);
  if (year !== input.folderYear) {
    const folder = path.slice(0, path.lastIndexOf('/'));
    const right = `${folder.slice(0, folder.lastIndexOf('/'))}/${year}/`;
    report(path, {
      field: startField,
      anchor: 'value',
      message: `the event starts in ${year} but its file is in ${folder}/; move it to ${right}`,
    });
  }
}

/**
 * What one file's `related` can get wrong on its own: a derived name, the event itself, the same
 * event twice. Whether the ids exist and agree with each other is checked across events
 * (relatedEvents.ts).
 */
function checkRelated(path: string, event: EventParsed, report: Report): void {
  const related = event.related ?? [];
  related.forEach((link, i) => {
    const stored = storedFormOf(link.relation);
    if (stored !== undefined)
      report(path, {
        field: ['related', i, 'relation'],
        anchor: 'value',
        message: `"${link.relation}" is the other direction of "${stored}", which the compiler derives; write the relation once, on ${quote(link.id)}: related: [{ id: ${event.id}, relation: ${stored} }]`,
      });
    if (link.id === event.id)
      report(path, {
        field: ['related', i, 'id'],
        anchor: 'value',
        message: `an event cannot be related to itself; name another event's id`,
      });
    else {
      const first = related.findIndex((other) => other.id === link.id);
      if (first !== i)
        report(path, {
          field: ['related', i, 'id'],
          anchor: 'value',
          message: `${quote(link.id)} is already related at related[${first}]; two events relate one way only, so keep the relation the sources support`,
        });
    }
  });
}

/** A "happened" event that starts after today is a typo in the date or a planned event. */
function checkNotFuture(
  path: string,
  event: EventParsed,
  today: string | undefined,
  report: Report,
): void {
  if (today === undefined || event.status !== 'happened') return;
  const start = typeof event.date === 'string' ? event.date : event.date.start;
  // A bad date is reported by checkEventDate; a date given to the month or year counts from its first day.
  if (dateProblem(start) !== undefined || firstDay(start) <= today) return;
  report(path, {
    field: ['status'],
    anchor: 'value',
    message: `is "happened" but the event starts on ${start}, after today (${today}); write status: planned, or correct the date`,
  });
}

/** Why a source address is not an absolute http(s) URL, or undefined when it is one. */
export function urlProblem(url: string): string | undefined {
  if (url.trim() !== url) return `${quote(url)} has spaces around it; remove them`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${quote(url)} is not a complete web address; it must start with https:// (or http://)`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return `${quote(url)} is a ${parsed.protocol.slice(0, -1)}: link; only http:// and https:// web addresses are allowed`;
  if (parsed.hostname === '')
    return `${quote(url)} has no site name after the ${parsed.protocol}//`;
  return undefined;
}

/**
 * Summits whose title names BRICS or the SCO. Word edges are spelled out because `\b` knows no
 * Arabic letters: "بريك" must not match inside "تبريك" (blessing), and Shanghai alone is a city
 * (CICA met there in 2014), so the Arabic SCO needs "منظمة", "قمة" or "للتعاون" beside it.
 */
const SUMMIT_FORUMS: readonly {
  forum: string;
  name: string;
  summit: string;
  en: RegExp;
  ar: RegExp;
}[] = [
  {
    forum: 'brics',
    name: 'BRICS',
    summit: 'a BRICS summit',
    en: /\b(?:BRICS?|Brics?)\b/,
    ar: /(?:^|[^\p{L}])[وبلف]?(?:ال)?بريكس?(?![\p{L}])/u,
  },
  {
    forum: 'sco',
    name: 'the SCO',
    summit: 'an SCO summit',
    en: /\bSCO\b|Shanghai Cooperation/i,
    ar: /(?:منظمة|قمة)\s+ش[اآ]?ن[غجق]هاي|ش[اآ]?ن[غجق]هاي\s+للتعاون/,
  },
];

/** A BRICS or SCO summit left out of its forum would vanish from that forum's filter. */
function checkSummitForums(
  path: string,
  event: EventParsed,
  refs: ReferenceSets,
  report: Report,
): void {
  if (event.type !== 'summit') return;
  for (const { forum, name, summit, en, ar } of SUMMIT_FORUMS) {
    // A data folder without the forum (a test corpus) has nothing to require.
    if (!refs.forumSet.has(forum) || event.forums.includes(forum)) continue;
    const [language, title] = en.test(event.title.en)
      ? ['English', event.title.en]
      : ar.test(event.title.ar)
        ? ['Arabic', event.title.ar]
        : [];
    if (title === undefined) continue;
    report(path, {
      field: ['forums'],
      anchor: 'value',
      message: `the ${language} title names ${name} (${quote(title.trim())}) but forums does not list "${forum}"; ${summit} must carry its forum, so add ${forum} to forums`,
    });
  }
}

/** "A president appears as president only within their term": the event must start in one. */
function checkTerms(path: string, event: EventParsed, refs: ReferenceSets, report: Report): void {
  const start = typeof event.date === 'string' ? event.date : event.date.start;
  // A bad date is reported by checkEventDate; there is nothing to compare it with.
  if (dateProblem(start) !== undefined) return;
  // A start given to the month or year fits a term when any of its days does.
  const first = firstDay(start);
  const last = lastDay(start);
  event.actors.forEach((id, i) => {
    const terms = refs.terms[id];
    if (terms === undefined || event.actors.indexOf(id) !== i) return;
    if (terms.some((t) => last >= t.first && (t.last === undefined || first <= t.last))) return;
    const on = precisionOf(start) === 'day' ? 'on' : 'in';
    report(path, {
      field: ['actors', i],
      anchor: 'value',
      message: `the event starts ${on} ${start}, outside every term of "${id}" in ${refs.actorsPath} (${terms.map((t) => t.text).join('; ')}); check the event's date and actors, or add the missing term to ${refs.actorsPath}`,
    });
  });
}
