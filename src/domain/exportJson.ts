/**
 * The JSON export: the events in the data format (data/README.md), with the names of the
 * participants and forums they cite, and what the file is (view, data version, day of export).
 */
import { dataFormat, namesOf, type ExportEvent, type NameBook } from './exportEvent.ts';

export interface JsonExportMeta {
  /** The view in words, both languages. */
  view: { ar: string; en: string };
  link: string;
  dataVersion: string;
  /** The moment of export, ISO 8601. */
  exported: string;
}

export function toJson(events: readonly ExportEvent[], book: NameBook, meta: JsonExportMeta) {
  const used = (pick: (e: ExportEvent) => string[]) => [...new Set(events.flatMap(pick))];
  const body = {
    masar: meta,
    actors: namesOf(
      used((e) => e.event.actors),
      book.actors,
    ).map(({ id, name }) => ({ id, name })),
    forums: namesOf(
      used((e) => e.event.forums),
      book.forums,
    ).map(({ id, name }) => ({ id, name })),
    events: events.map(dataFormat),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
