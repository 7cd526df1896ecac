/**
 * The CSV export (RFC 4180): one row per event, both languages side by side, lists inside a cell
 * joined with " | ". It starts with a UTF-8 byte-order mark, without which Excel reads the file
 * as the system's legacy code page and shows the Arabic as mojibake.
 */
import { edtf, namesOf, type ExportEvent, type NameBook } from './exportEvent.ts';

export const CSV_BOM = '\uFEFF';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'start',
  'end',
  'first_day',
  'last_day',
  'status',
  'type',
  'type_ar',
  'type_en',
  'title_ar',
  'title_en',
  'summary_ar',
  'summary_en',
  'place_ar',
  'place_en',
  'actor_ids',
  'actors_ar',
  'actors_en',
  'forum_ids',
  'forums_ar',
  'forums_en',
  'source_urls',
  'sources_ar',
  'sources_en',
  'link',
] as const;

const LIST = ' | ';
// A cell a spreadsheet would run as a formula (=, +, -, @, or a control character first) is
// prefixed with an apostrophe, the convention spreadsheets themselves use to mean "text".
const FORMULA = /^[=+\-@\t\r]/;

/** One cell, quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvCell(value: string): string {
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(item: ExportEvent, book: NameBook): string[] {
  const { event, details } = item;
  const actors = namesOf(event.actors, book.actors);
  const forums = namesOf(event.forums, book.forums);
  const [type] = namesOf([event.type], book.types);
  const names = (list: typeof actors, lang: 'ar' | 'en') =>
    list.map((n) => n.name[lang]).join(LIST);
  return [
    event.id,
    edtf(event.date),
    event.date.precision,
    event.date.start,
    event.date.end ?? '',
    event.from,
    event.to,
    event.status,
    event.type,
    type?.name.ar ?? '',
    type?.name.en ?? '',
    event.title.ar,
    event.title.en,
    details.summary.ar,
    details.summary.en,
    event.place?.ar ?? '',
    event.place?.en ?? '',
    event.actors.join(LIST),
    names(actors, 'ar'),
    names(actors, 'en'),
    event.forums.join(LIST),
    names(forums, 'ar'),
    names(forums, 'en'),
    details.sources.flatMap((s) => (s.url ? [s.url] : [])).join(LIST),
    details.sources.map((s) => s.outlet.ar).join(LIST),
    details.sources.map((s) => s.outlet.en).join(LIST),
    item.link,
  ];
}

/** The whole file: byte-order mark, header, one line per event, CRLF line ends. */
export function toCsv(events: readonly ExportEvent[], book: NameBook): string {
  const lines = [CSV_COLUMNS.join(','), ...events.map((e) => row(e, book).map(csvCell).join(','))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
