/**
 * The one schema of Masar's data: what curators write under data/ (the *Raw shapes, checked here),
 * and what the compiler emits for the app (the validated shapes). The app imports only types from
 * this file, so zod never reaches the browser bundle.
 *
 * Shape is checked here; what a schema cannot see (references between files, real calendar dates,
 * precision against value, end ≥ start, unique ids, ids matching file names, http(s) URLs) is
 * checked by src/compiler/crossCheck.ts.
 */
import { z } from 'zod';
import type { PartialDate, Precision } from './partialDate.ts';

import { FORMAT_VERSION } from './formatVersion.ts';
import { ID_PATTERN } from './ids.ts';
import { RELATIONS, STORED_RELATIONS } from './relations.ts';
import type { Relation, RelatedLink } from './relations.ts';

// Re-exported for the compiler; the app imports it from formatVersion.ts to keep zod out of its bundle.
export { FORMAT_VERSION };

/**
 * Upper bounds on what one record may hold, far above anything curated (the longest summary is
 * ~850 characters, the longest title ~110, no event lists more than 6 sources): they exist so a
 * pasted log or a generated file is refused with a message instead of swelling the app's JSON.
 * data/README.md ("Limits") lists them for curators.
 */
export const TEXT_LIMITS = {
  /** Ids: the longest in use has 52 characters. */
  id: 100,
  /** One-line texts: titles, names, roles, places, outlets, spellings. */
  line: 500,
  /** Paragraphs: summaries, notes, descriptions, the basis of a date. */
  paragraph: 5000,
  url: 2000,
  /** Items in a list inside one record (actors, forums, sources, aliases, terms). */
  items: 100,
  /** Records in one list file (actors.yaml, places.yaml, …). */
  records: 10_000,
} as const;

const count = (n: number) => n.toLocaleString('en-US');
const tooLong = (max: number) => ({
  message: `is longer than ${count(max)} characters, the limit for this field (see data/README.md, "Limits"); shorten it`,
});
const tooMany = (max: number, what: string) => ({
  message: `lists more than ${count(max)} ${what}, the limit (see data/README.md, "Limits")`,
});

const textOf = (max: number) =>
  z
    .string({ error: 'must be text' })
    .max(max, tooLong(max))
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' });
const text = textOf(TEXT_LIMITS.line);

export const Id = z
  .string({ error: 'must be an id (text)' })
  .regex(ID_PATTERN, {
    message: 'must be lowercase ASCII letters, digits and single hyphens, e.g. "wang-yi"',
  })
  .max(TEXT_LIMITS.id, tooLong(TEXT_LIMITS.id));

const localizedOf = (max: number) =>
  z.strictObject(
    { ar: textOf(max), en: textOf(max) },
    { error: 'must have both "ar" and "en" texts' },
  );
/** Text in both languages of the app; neither may be missing or blank. One line long at most. */
export const Localized = localizedOf(TEXT_LIMITS.line);
export type Localized = z.infer<typeof Localized>;
/** A paragraph in both languages: summaries, notes, descriptions. */
const LocalizedParagraph = localizedOf(TEXT_LIMITS.paragraph);

/** A list inside one record, bounded by TEXT_LIMITS.items. */
const list = <T extends z.ZodType>(item: T, error: string, what: string) =>
  z.array(item, { error }).max(TEXT_LIMITS.items, tooMany(TEXT_LIMITS.items, what));
/** A whole list file, bounded by TEXT_LIMITS.records. */
const records = <T extends z.ZodType>(item: T, error: string) =>
  z.array(item, { error }).max(TEXT_LIMITS.records, tooMany(TEXT_LIMITS.records, 'records'));

// YAML reads a bare year (2026) as a number; curators should not have to quote it.
export const PartialDateRaw = z
  .union([z.string(), z.number().int()], {
    error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .transform((v) => String(v));

export const PrecisionSchema = z.enum(['year', 'month', 'day'], {
  error: 'must be one of: year, month, day',
});

export const AffiliationSchema = z.strictObject({
  id: Id,
  name: Localized,
  kind: z.enum(['country', 'organisation'], { error: 'must be "country" or "organisation"' }),
});
export type Affiliation = z.infer<typeof AffiliationSchema>;

const aliases = list(text, 'must be a list of spellings', 'spellings');

/** One office an actor held: every event naming the actor must start within one of them. */
export const TermSchema = z.strictObject({
  from: PartialDateRaw,
  /** Absent while the term goes on. */
  to: PartialDateRaw.optional(),
  role: Localized,
});
export type Term = z.infer<typeof TermSchema>;

export const ActorSchema = z.strictObject({
  id: Id,
  name: Localized,
  /** What the app shows: the role (or roles) that explain the actor's events. */
  role: Localized,
  affiliation: Id,
  /** Every other spelling we know, Arabic and Latin; used by search and by the drafting tool. */
  aliases,
  /** Every office that explains the actor's events; only the compiler reads them. */
  terms: list(TermSchema, 'must be a list of terms (from, to, role)', 'terms').min(1, {
    message: 'must list at least one term (from, to, role)',
  }),
});
/** An actor as curated in data/actors.yaml. */
export type ActorRaw = z.infer<typeof ActorSchema>;
/** An actor as the app loads it: terms only serve the compiler's checks, so they stay behind. */
export type Actor = Omit<ActorRaw, 'terms'>;

export const ForumSchema = z.strictObject({
  id: Id,
  name: Localized,
  /** A short label for chips and the legend (BRICS, SCO); defaults to the name. */
  short: Localized.optional(),
  aliases,
  colour: z.string({ error: 'must be a colour like "#1f6feb"' }).regex(/^#[0-9a-fA-F]{6}$/, {
    message: 'must be a colour like "#1f6feb"',
  }),
});
export type Forum = z.infer<typeof ForumSchema>;

export const EventTypeSchema = z.strictObject({
  id: Id,
  name: Localized,
  /** CAMEO code where one fits (041 telephone, 042/043 visits, 044 third place, 057 agreement). */
  cameo: z
    .string({ error: 'must be a CAMEO code in quotes, e.g. "041", or null' })
    .regex(/^\d{2,4}$/, { message: 'must be a CAMEO code of 2–4 digits, e.g. "041"' })
    .nullable(),
  description: LocalizedParagraph.optional(),
});
export type EventType = z.infer<typeof EventTypeSchema>;

export const SourceRaw = z.strictObject({
  outlet: Localized,
  url: z
    .string({ error: 'must be a web address (https://…)' })
    .max(TEXT_LIMITS.url, tooLong(TEXT_LIMITS.url))
    .optional(),
  published: PartialDateRaw,
  /** ISO 639-1 language of the article. */
  language: z.string({ error: 'must be a language code' }).regex(/^[a-z]{2}$/, {
    message: 'must be a two-letter language code such as "ar" or "en"',
  }),
  note: LocalizedParagraph.optional(),
});
export type SourceRaw = z.input<typeof SourceRaw>;

/**
 * One event this one leads from or to. Both directions' names are accepted here so that writing
 * the derived one (`announces`) gets a message saying where to write it instead (crossCheck.ts).
 */
export const RelatedRaw = z.strictObject({
  id: Id,
  relation: z.enum(RELATIONS as unknown as [Relation, ...Relation[]], {
    error: `must be one of: ${STORED_RELATIONS.join(', ')}`,
  }),
});

export const DateRangeRaw = z.strictObject({ start: PartialDateRaw, end: PartialDateRaw });

export const EventRaw = z.strictObject({
  id: Id,
  /** A partial date (2026, 2026-02, 2026-02-04) or a range {start, end} of the same precision. */
  date: z.union([PartialDateRaw, DateRangeRaw], {
    error: 'must be a date (YYYY, YYYY-MM or YYYY-MM-DD) or a range {start, end}',
  }),
  precision: PrecisionSchema,
  status: z.enum(['happened', 'planned'], { error: 'must be "happened" or "planned"' }),
  type: Id,
  title: Localized,
  summary: LocalizedParagraph,
  actors: list(Id, 'must be a list of actor ids', 'actors'),
  forums: list(Id, 'must be a list of forum ids', 'forums'),
  place: Localized.optional(),
  sources: list(SourceRaw, 'must be a list of sources', 'sources').min(1, {
    message: 'must list at least one source',
  }),
  /** How the date was established when the articles alone do not fix it. */
  basis: LocalizedParagraph.optional(),
  /** `draft: false` is allowed so that publishing a draft can be a one-word edit. */
  draft: z.literal(false, { error: 'must be true (a draft) or false' }).optional(),
  /** Events this one leads from, each relation written once (see src/domain/relations.ts). */
  related: list(
    RelatedRaw,
    'must be a list of related events ({ id, relation })',
    'related events',
  ).optional(),
});
export type EventRaw = z.input<typeof EventRaw>;

/** `{ ar, en }` where a draft may have only one language yet (an import, a first pass). */
const partialLocalizedOf = (max: number) =>
  z
    .strictObject({ ar: textOf(max).optional(), en: textOf(max).optional() })
    .refine((v) => v.ar !== undefined || v.en !== undefined, {
      message: 'needs an "ar" or an "en" text (or leave the field out)',
    });

/**
 * An event still being written (`draft: true`): checked as far as it goes, never published. It
 * may lack a language, a type, a status, participants and sources; what it has must be right.
 */
export const DraftRaw = EventRaw.extend({
  draft: z.literal(true),
  type: Id.optional(),
  status: EventRaw.shape.status.optional(),
  title: partialLocalizedOf(TEXT_LIMITS.line).optional(),
  summary: partialLocalizedOf(TEXT_LIMITS.paragraph).optional(),
  actors: EventRaw.shape.actors.optional(),
  forums: EventRaw.shape.forums.optional(),
  place: partialLocalizedOf(TEXT_LIMITS.line).optional(),
  sources: list(SourceRaw, 'must be a list of sources', 'sources').optional(),
});

export const AffiliationsFile = records(AffiliationSchema, 'must be a list of affiliations');
export const ActorsFile = records(ActorSchema, 'must be a list of actors');
export const ForumsFile = records(ForumSchema, 'must be a list of forums');
export const EventTypesFile = records(EventTypeSchema, 'must be a list of event types');

// ---- The compiled JSON: what the app loads -------------------------------------------------

export interface Source {
  outlet: Localized;
  url?: string;
  published: PartialDate;
  language: string;
  note?: Localized;
}

export interface EventDate {
  precision: Precision;
  start: PartialDate;
  /** Only for ranges; same precision as start and never before it. */
  end?: PartialDate;
}

/**
 * The heavy part of an event, kept out of the index file for large corpora: loaded from a
 * DetailsChunk (see Dataset.details) when the event is opened.
 */
export interface EventDetails {
  summary: Localized;
  sources: Source[];
  basis?: Localized;
  /** Related events both ways (the stored relations and those derived from other events). */
  related?: RelatedLink[];
}

export interface TimelineEvent {
  id: string;
  date: EventDate;
  /** First and last calendar day covered (YYYY-MM-DD, inclusive), derived by the compiler. */
  from: string;
  to: string;
  status: 'happened' | 'planned';
  type: string;
  title: Localized;
  actors: string[];
  forums: string[];
  place?: Localized;
  /**
   * The EventDetails fields: always present in inline mode; in chunked mode (Dataset.details set)
   * absent until the event's chunk is loaded and merged in.
   */
  summary?: Localized;
  sources?: Source[];
  basis?: Localized;
  related?: RelatedLink[];
}

export interface Dataset {
  format: typeof FORMAT_VERSION;
  /** Hash of the whole content, chunks included: changes exactly when the content does. */
  hash: string;
  /**
   * Not in the file: the day (YYYY-MM-DD) the server says the events JSON was last written (its
   * Last-Modified), set by the app's loader: the date of the data version the footer and the
   * citations show.
   */
  modified?: string;
  affiliations: Affiliation[];
  actors: Actor[];
  forums: Forum[];
  types: EventType[];
  /**
   * Only for large corpora (chunked mode): the events' details are in `files` (relative to this
   * file's folder), chunk k holding events k*chunkSize … (k+1)*chunkSize−1 of `events`.
   */
  details?: { chunkSize: number; files: string[] };
  /** Chronological by from, then to, then id. */
  events: TimelineEvent[];
}

/** One detail file of chunked mode: the details of events first … first+events.length−1. */
export interface DetailsChunk {
  format: 2;
  /** The Dataset's hash: a chunk belongs to exactly one version of the index. */
  hash: string;
  first: number;
  events: EventDetails[];
}

/** The gazetteer (data/places.yaml): places the drafting tool recognises in datelines and text. */
export const PlaceSchema = z.strictObject({
  id: Id,
  name: Localized,
  /** Affiliation id of the country the place is in. */
  country: Id,
  aliases,
});
export type Place = z.infer<typeof PlaceSchema>;
export const PlacesFile = records(PlaceSchema, 'must be a list of places');
