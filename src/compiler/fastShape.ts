/**
 * A fast check of the common case: a published event file whose shape is right. It answers only
 * when it is certain that zod's EventRaw accepts the parsed value, and then gives exactly the
 * value zod would give (keys in the schema's order, absent optional keys left out, a year written
 * as a number turned into text). Anything else, or anything it is unsure of, gives undefined, and
 * the caller runs zod, which also words every problem: so no message can change, only the time a
 * valid file takes. zod took ~10 µs a file warm and ~25 µs on a first pass over 10,000 files (a
 * third of an event's compile once its file was read); this takes ~2 µs warm, ~7 µs at first.
 *
 * fastShape.test.ts compares it with zod on the synthetic and shipped corpora and on thousands of
 * damaged values, and fails when EventRaw gains or loses a field, so the two cannot drift apart
 * unnoticed. If they ever disagree, delete this file: nothing else depends on it.
 */
import type { z } from 'zod';
import type { EventRaw } from '../domain/schema.ts';
import { TEXT_LIMITS } from '../domain/schema.ts';
import { ID_PATTERN } from '../domain/ids.ts';
import { RELATIONS } from '../domain/relations.ts';

type EventParsed = z.output<typeof EventRaw>;

/** Thrown (and caught below) when the value is anything but plainly valid: zod decides then. */
class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

/** EventRaw's keys, in its order: the order zod writes them in its output. */
export const EVENT_KEYS = [
  'id',
  'date',
  'precision',
  'status',
  'type',
  'title',
  'summary',
  'actors',
  'forums',
  'place',
  'sources',
  'basis',
  'draft',
  'related',
] as const;
const OPTIONAL_EVENT_KEYS = new Set(['place', 'basis', 'draft', 'related']);
/** SourceRaw's keys, in its order. */
export const SOURCE_KEYS = ['outlet', 'url', 'published', 'language', 'note'] as const;
const RELATION_NAMES: ReadonlySet<string> = new Set(RELATIONS);

/** The value zod's EventRaw gives for `raw`, or undefined when only zod can tell. */
export function fastEventShape(raw: unknown): EventParsed | undefined {
  try {
    return event(raw);
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

function event(raw: unknown): EventParsed {
  const o = record(raw);
  // Strict: a key EventRaw does not know is an error zod words (with a did-you-mean).
  let known = 0;
  for (const key of EVENT_KEYS) if (Object.hasOwn(o, key)) known++;
  if (Object.keys(o).length !== known) unsure();
  for (const key of EVENT_KEYS)
    if (!OPTIONAL_EVENT_KEYS.has(key) && !Object.hasOwn(o, key)) unsure();
  // Built in EVENT_KEYS order, optional keys only when present, as zod builds its output.
  const out: Record<string, unknown> = {
    id: id(o.id),
    date: date(o.date),
    precision: oneOf(o.precision, PRECISIONS),
    status: oneOf(o.status, STATUSES),
    type: id(o.type),
    title: localized(o.title, TEXT_LIMITS.line),
    summary: localized(o.summary, TEXT_LIMITS.paragraph),
    actors: list(o.actors, id),
    forums: list(o.forums, id),
  };
  if (Object.hasOwn(o, 'place')) out.place = localized(o.place, TEXT_LIMITS.line);
  const sources = list(o.sources, source);
  if (sources.length === 0) unsure();
  out.sources = sources;
  if (Object.hasOwn(o, 'basis')) out.basis = localized(o.basis, TEXT_LIMITS.paragraph);
  if (Object.hasOwn(o, 'draft')) out.draft = o.draft === false ? false : unsure();
  if (Object.hasOwn(o, 'related')) out.related = list(o.related, related);
  return out as EventParsed;
}

const PRECISIONS: ReadonlySet<string> = new Set(['year', 'month', 'day']);
const STATUSES: ReadonlySet<string> = new Set(['happened', 'planned']);

function record(v: unknown): Record<string, unknown> {
  // Only plain objects, as the YAML readers make them; zod decides about anything else.
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype)
    return unsure();
  return v as Record<string, unknown>;
}

/** Exactly these keys, each present. */
function exactly(o: Record<string, unknown>, keys: readonly string[]): void {
  if (Object.keys(o).length !== keys.length) unsure();
  for (const key of keys) if (!Object.hasOwn(o, key)) unsure();
}

function id(v: unknown): string {
  if (typeof v !== 'string' || v.length > TEXT_LIMITS.id || !ID_PATTERN.test(v)) return unsure();
  return v;
}

function text(v: unknown, max: number): string {
  if (typeof v !== 'string' || v.length > max || v.trim().length === 0) return unsure();
  return v;
}

function oneOf(v: unknown, allowed: ReadonlySet<string>): string {
  return typeof v === 'string' && allowed.has(v) ? v : unsure();
}

function localized(v: unknown, max: number): { ar: string; en: string } {
  const o = record(v);
  exactly(o, LANGUAGES);
  return { ar: text(o.ar, max), en: text(o.en, max) };
}
const LANGUAGES = ['ar', 'en'];

function list<T>(v: unknown, item: (v: unknown) => T): T[] {
  if (!Array.isArray(v) || v.length > TEXT_LIMITS.items) return unsure();
  const out: T[] = [];
  // Not map(): it would keep the holes of a sparse array, which zod reads as undefined items.
  for (let i = 0; i < v.length; i++) out.push(item(v[i]));
  return out;
}

/** PartialDateRaw: text as it is, a whole number (a bare year) as text. */
function partialDate(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  return unsure();
}

function date(v: unknown): string | { start: string; end: string } {
  if (typeof v !== 'object' || v === null) return partialDate(v);
  const o = record(v);
  exactly(o, RANGE_KEYS);
  return { start: partialDate(o.start), end: partialDate(o.end) };
}
const RANGE_KEYS = ['start', 'end'];

function source(v: unknown): EventParsed['sources'][number] {
  const o = record(v);
  let known = 0;
  for (const key of SOURCE_KEYS) if (Object.hasOwn(o, key)) known++;
  if (Object.keys(o).length !== known) unsure();
  if (!Object.hasOwn(o, 'outlet') || !Object.hasOwn(o, 'published')) unsure();
  if (!Object.hasOwn(o, 'language')) unsure();
  const out: Record<string, unknown> = { outlet: localized(o.outlet, TEXT_LIMITS.line) };
  if (Object.hasOwn(o, 'url')) {
    if (typeof o.url !== 'string' || o.url.length > TEXT_LIMITS.url) unsure();
    out.url = o.url;
  }
  out.published = partialDate(o.published);
  const language = o.language;
  if (typeof language !== 'string' || !LANGUAGE_CODE.test(language)) unsure();
  out.language = language;
  if (Object.hasOwn(o, 'note')) out.note = localized(o.note, TEXT_LIMITS.paragraph);
  return out as EventParsed['sources'][number];
}
const LANGUAGE_CODE = /^[a-z]{2}$/;

function related(v: unknown): NonNullable<EventParsed['related']>[number] {
  const o = record(v);
  exactly(o, RELATED_KEYS);
  const relation = oneOf(o.relation, RELATION_NAMES);
  return { id: id(o.id), relation } as NonNullable<EventParsed['related']>[number];
}
const RELATED_KEYS = ['id', 'relation'];
