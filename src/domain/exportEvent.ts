/**
 * One event as an export holds it: the event with its details (summary, sources), its names
 * looked up, and its link. The CSV, iCalendar and JSON writers and the citations all start here.
 */
import { addDays } from './calendar.ts';
import type { Dataset, EventDate, EventDetails, Localized, TimelineEvent } from './schema.ts';

export interface ExportEvent {
  event: TimelineEvent;
  details: EventDetails;
  /** The address that opens this event in Masar. */
  link: string;
}

export interface Named {
  id: string;
  name: Localized;
}

/** The dataset's names by id, for the rows' participants, forums and type. */
export interface NameBook {
  actors: ReadonlyMap<string, Named>;
  forums: ReadonlyMap<string, Named>;
  types: ReadonlyMap<string, Named>;
}

export function nameBook(dataset: Dataset): NameBook {
  const byId = <T extends Named>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  return {
    actors: byId(dataset.actors),
    forums: byId(dataset.forums),
    types: byId(dataset.types),
  };
}

/** Each id with its name, or the id itself as a name when the dataset lacks it. */
export function namesOf(ids: readonly string[], book: ReadonlyMap<string, Named>): Named[] {
  return ids.map((id) => book.get(id) ?? { id, name: { ar: id, en: id } });
}

/**
 * The date in EDTF (ISO 8601-2), which keeps the precision in the value's length: `2026`,
 * `2026-02`, `2026-02-04`, and a range as `2026-02-04/2026-02-06`.
 */
export function edtf(date: EventDate): string {
  return date.end !== undefined && date.end !== date.start
    ? `${date.start}/${date.end}`
    : date.start;
}

/** The day after an inclusive last day: the exclusive end iCalendar's all-day events take. */
export const dayAfter = (isoDay: string): string => addDays(isoDay, 1);

/**
 * The event in the data format (data/README.md), keys in the curators' order: what the JSON
 * export holds, so a file can be read back as events.
 */
export function dataFormat({ event, details }: ExportEvent): Record<string, unknown> {
  const date =
    event.date.end !== undefined && event.date.end !== event.date.start
      ? { start: event.date.start, end: event.date.end }
      : event.date.start;
  return {
    id: event.id,
    date,
    precision: event.date.precision,
    status: event.status,
    type: event.type,
    title: event.title,
    summary: details.summary,
    actors: event.actors,
    forums: event.forums,
    ...(event.place ? { place: event.place } : {}),
    sources: details.sources,
    ...(details.basis ? { basis: details.basis } : {}),
  };
}
