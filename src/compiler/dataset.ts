/**
 * Turns validated input into the Dataset the app loads: texts trimmed (YAML block scalars end in
 * a newline), keys in one fixed order, dates resolved to their first and last day, events sorted.
 */
import type {
  Actor,
  Affiliation,
  Dataset,
  EventDetails,
  EventType,
  Forum,
  Localized,
  Source,
  TimelineEvent,
} from '../domain/schema.ts';
import { FORMAT_VERSION } from '../domain/schema.ts';
import { firstDay, lastDay } from './dateMemo.ts';
import type { EventParsed } from './crossCheck.ts';

/** Everything in the Dataset but the events, the hash and the chunk list. */
export type CatalogueContent = Omit<Dataset, 'hash' | 'events' | 'details'>;

export interface CatalogueInput {
  affiliations: readonly Affiliation[];
  actors: readonly Actor[];
  forums: readonly Forum[];
  types: readonly EventType[];
}

const localized = (l: Localized): Localized => ({ ar: l.ar.trim(), en: l.en.trim() });
const optional = <T>(key: string, value: T | undefined): Record<string, T> =>
  value === undefined ? {} : { [key]: value };

export function buildCatalogue(input: CatalogueInput): CatalogueContent {
  return {
    format: FORMAT_VERSION,
    // Catalogues keep the curators' order (it is the legend's order); events are chronological.
    affiliations: input.affiliations.map((a) => ({
      id: a.id,
      name: localized(a.name),
      kind: a.kind,
    })),
    actors: input.actors.map((a) => ({
      id: a.id,
      name: localized(a.name),
      role: localized(a.role),
      affiliation: a.affiliation,
      aliases: a.aliases.map((s) => s.trim()),
    })),
    forums: input.forums.map((f) => ({
      id: f.id,
      name: localized(f.name),
      ...optional('short', f.short && localized(f.short)),
      aliases: f.aliases.map((s) => s.trim()),
      colour: f.colour.toLowerCase(),
    })),
    types: input.types.map((t) => ({
      id: t.id,
      name: localized(t.name),
      cameo: t.cameo,
      ...optional('description', t.description && localized(t.description)),
    })),
  };
}

/**
 * The details (summary, sources, basis) come last, so the index's slim event is a prefix of the
 * full one: the compiler cuts each event's bytes at `,"summary":` instead of serialising twice.
 */
export function toTimelineEvent(e: EventParsed): TimelineEvent & EventDetails {
  const start = typeof e.date === 'string' ? e.date : e.date.start;
  const end = typeof e.date === 'string' ? undefined : e.date.end;
  return {
    id: e.id,
    date: { precision: e.precision, start, ...optional('end', end) },
    from: firstDay(start),
    to: lastDay(end ?? start),
    status: e.status,
    type: e.type,
    title: localized(e.title),
    actors: [...e.actors],
    forums: [...e.forums],
    ...optional('place', e.place && localized(e.place)),
    summary: localized(e.summary),
    sources: e.sources.map((s): Source => ({
      outlet: localized(s.outlet),
      ...optional('url', s.url),
      published: s.published,
      language: s.language,
      ...optional('note', s.note && localized(s.note)),
    })),
    ...optional('basis', e.basis && localized(e.basis)),
  };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of Dataset.events: by first day, then last day, then id. */
export function chronological(
  a: { from: string; to: string; id: string },
  b: { from: string; to: string; id: string },
): number {
  return byString(a.from, b.from) || byString(a.to, b.to) || byString(a.id, b.id);
}
