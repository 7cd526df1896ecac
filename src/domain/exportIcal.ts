/**
 * The iCalendar export (RFC 5545): one all-day VEVENT per event. A date known only to the month
 * or year spans that whole month or year, as the timeline's bar does, and says so in its
 * description; a planned event is STATUS:TENTATIVE, a held one CONFIRMED.
 */
import { dayAfter, namesOf, type ExportEvent, type NameBook } from './exportEvent.ts';
import { LANGUAGES, type Lang } from './languages.ts';

/** RFC 5545 §3.1: content lines are folded so that none is longer than 75 octets. */
const LINE_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Folds one content line at 75 octets: each continuation starts with a space (which counts), and
 * a cut never falls inside a character's UTF-8 bytes (nor between a surrogate pair's halves).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** TEXT values (§3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const basicDate = (isoDay: string) => isoDay.replace(/-/g, '');

/** A UTC date-time in the basic form DTSTAMP takes: 20261205T221500Z. */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

export interface CalendarOptions {
  /** The language of SUMMARY and LOCATION; the description carries both languages. */
  lang: Lang;
  /** X-WR-CALNAME: what a calendar app calls the imported calendar. */
  name: string;
  /** The export's moment, for DTSTAMP. */
  stamp: Date;
  /** The host the UIDs are scoped by (event ids are unique only within Masar). */
  host: string;
  /** "Known to the month" and the like, in both languages, for approximate dates. */
  precisionNote: (precision: 'month' | 'year', lang: Lang) => string;
}

function description(item: ExportEvent, book: NameBook, options: CalendarOptions): string {
  const { event, details } = item;
  const { lang } = options;
  const other = LANGUAGES[lang].other;
  const precision = event.date.precision;
  const lines: string[] = [];
  for (const l of [lang, other]) {
    if (precision !== 'day') lines.push(options.precisionNote(precision, l));
    if (l === other) lines.push(event.title[l]);
    lines.push(details.summary[l]);
    const actors = namesOf(event.actors, book.actors).map((a) => a.name[l]);
    if (actors.length > 0) lines.push(actors.join(l === 'ar' ? '، ' : ', '));
    lines.push('');
  }
  for (const source of details.sources) {
    lines.push(source.url ? `${source.outlet.en}: ${source.url}` : source.outlet.en);
  }
  lines.push('', item.link);
  return lines.join('\n');
}

function vevent(item: ExportEvent, book: NameBook, options: CalendarOptions): string[] {
  const { event } = item;
  const forums = namesOf(event.forums, book.forums).map((f) => escapeText(f.name[options.lang]));
  const [type] = namesOf([event.type], book.types);
  const categories = [type ? escapeText(type.name[options.lang]) : '', ...forums].filter(Boolean);
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@${options.host}`,
    `DTSTAMP:${utcStamp(options.stamp)}`,
    `DTSTART;VALUE=DATE:${basicDate(event.from)}`,
    // All-day events end on the day after their last day (§3.6.1: DTEND is exclusive).
    `DTEND;VALUE=DATE:${basicDate(dayAfter(event.to))}`,
    `SUMMARY;LANGUAGE=${options.lang}:${escapeText(event.title[options.lang])}`,
    `DESCRIPTION:${escapeText(description(item, book, options))}`,
    ...(event.place
      ? [`LOCATION;LANGUAGE=${options.lang}:${escapeText(event.place[options.lang])}`]
      : []),
    ...(categories.length > 0 ? [`CATEGORIES:${categories.join(',')}`] : []),
    `STATUS:${event.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    `URL:${item.link}`,
    'END:VEVENT',
  ];
}

/** The whole calendar, every line folded and ended with CRLF. */
export function toICalendar(
  events: readonly ExportEvent[],
  book: NameBook,
  options: CalendarOptions,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Masar//Masar timeline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...events.flatMap((e) => vevent(e, book, options)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
