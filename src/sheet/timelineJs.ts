/**
 * TimelineJS timelines as Masar drafts. Reads the TimelineJS Google-Sheet template saved as CSV
 * the way TimelineJS reads the sheet (its ConfigFactory: headers lowercased without spaces, the
 * numbers cleaned of spaces and commas, an end date only when End Year is filled, `Type` `title`
 * for the first title slide and `era` for eras, any other row an event), and TimelineJS JSON
 * (`title`, `events`, `eras`). Each event becomes a draft: a TimelineJS slide has one language
 * and no participants or sources, which a curator must add before it is published.
 */
import type { EventValue } from './eventRow.ts';
import { readDelimited } from './delimited.ts';
import type { SheetEvent } from './sheetImport.ts';
import type { GroupMap } from './groupMap.ts';
import { htmlToText } from './htmlText.ts';

interface SlideDate {
  year: string;
  month: string;
  day: string;
}

interface Slide {
  /** Where the slide is, for messages: "row 4" or "events[2]". */
  at: string;
  /** The spreadsheet row, or the JSON slide's position (1-based) for the event's place in order. */
  row: number;
  kind: 'event' | 'title' | 'era';
  start: SlideDate;
  end: SlideDate;
  headline: string;
  text: string;
  group: string;
  uniqueId: string;
  hasTime: boolean;
  hasMedia: boolean;
  /** How this format names each date part, for messages. */
  names: Record<'year' | 'month' | 'day' | 'endYear' | 'endMonth' | 'endDay', string>;
}

export interface Converted {
  events: SheetEvent[];
  /** What was not imported and why: the title slide, eras, unmapped groups, times, media. */
  notes: string[];
}

const CSV_NAMES = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  endYear: 'End Year',
  endMonth: 'End Month',
  endDay: 'End Day',
};
const JSON_NAMES = {
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  endYear: 'end_date.year',
  endMonth: 'end_date.month',
  endDay: 'end_date.day',
};

/** As TimelineJS's clean_integer: "2,026 " is 2026. */
const cleanInteger = (s: unknown) =>
  typeof s === 'number' ? String(s) : typeof s === 'string' ? s.replace(/[\s,]+/g, '') : '';
const str = (v: unknown) =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

function kindOf(type: string): Slide['kind'] {
  const t = type.trim().toLowerCase();
  return t === 'title' ? 'title' : t === 'era' ? 'era' : 'event';
}

function csvSlides(text: string): { slides: Slide[] } | { errors: string[] } {
  const rows = readDelimited(text, ',');
  const header = rows[0]?.fields.map((h) => h.toLowerCase().replace(/\s+/g, ''));
  if (header === undefined || !header.includes('year') || !header.includes('headline'))
    return {
      errors: [
        "row 1: not a TimelineJS sheet: its header needs at least Year and Headline (the template's columns: Year, Month, Day, Time, End Year, …, Headline, Text, …, Type, Group)",
      ],
    };
  const slides: Slide[] = [];
  rows.slice(1).forEach((r, i) => {
    const get = (name: string) => {
      const at = header.indexOf(name);
      return at < 0 ? '' : (r.fields[at] ?? '').trim();
    };
    if (r.fields.every((f) => f.trim() === '')) return;
    slides.push({
      at: `row ${i + 2}`,
      row: i + 2,
      kind: kindOf(get('type')),
      start: {
        year: cleanInteger(get('year')),
        month: cleanInteger(get('month')),
        day: cleanInteger(get('day')),
      },
      end: {
        year: cleanInteger(get('endyear')),
        month: cleanInteger(get('endmonth')),
        day: cleanInteger(get('endday')),
      },
      headline: get('headline'),
      text: get('text'),
      group: get('group'),
      uniqueId: '',
      hasTime: get('time') !== '' || get('endtime') !== '',
      hasMedia: get('media') !== '',
      names: CSV_NAMES,
    });
  });
  return { slides };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function jsonSlides(text: string): { slides: Slide[] } | { errors: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { errors: [`not JSON: ${(error as Error).message}`] };
  }
  if (!isRecord(value) || !Array.isArray(value.events))
    return { errors: ['not a TimelineJS timeline: it needs an "events" list'] };
  const slides: Slide[] = [];
  const slide = (v: unknown, at: string, row: number, kind: Slide['kind']) => {
    const s = isRecord(v) ? v : {};
    const date = (d: unknown): SlideDate => {
      const o = isRecord(d) ? d : {};
      return { year: cleanInteger(o.year), month: cleanInteger(o.month), day: cleanInteger(o.day) };
    };
    const t = isRecord(s.text) ? s.text : {};
    const time = (d: unknown) =>
      isRecord(d) &&
      ['hour', 'minute', 'second', 'millisecond'].some((k) => d[k] !== undefined && d[k] !== '');
    slides.push({
      at,
      row,
      kind,
      start: date(s.start_date),
      end: date(s.end_date),
      headline: str(t.headline),
      text: str(t.text),
      group: str(s.group),
      uniqueId: str(s.unique_id),
      hasTime: time(s.start_date) || time(s.end_date),
      hasMedia: isRecord(s.media) && str(s.media.url) !== '',
      names: JSON_NAMES,
    });
  };
  if (value.title !== undefined) slide(value.title, 'title', 0, 'title');
  value.events.forEach((e, i) => slide(e, `events[${i}]`, i + 1, 'event'));
  if (Array.isArray(value.eras)) value.eras.forEach((e, i) => slide(e, `eras[${i}]`, 0, 'era'));
  return { slides };
}

const PRECISIONS = ['year', 'month', 'day'] as const;
type Precision = (typeof PRECISIONS)[number];

/** A date from its parts, or what is wrong; precision is how many parts are filled. */
function partialDate(
  d: SlideDate,
  names: [string, string, string],
): { parts: string[]; precision: Precision } | { problem: string } {
  const [yearName, monthName, dayName] = names;
  if (!/^\d{1,4}$/.test(d.year))
    return {
      problem: `${yearName}: ${d.year === '' ? 'an event needs a year' : `${JSON.stringify(d.year)} is not a year Masar can show (0–9999)`}`,
    };
  if (d.month === '' && d.day !== '') return { problem: `${dayName}: a day needs a month` };
  if (d.month !== '' && !/^\d{1,2}$/.test(d.month))
    return { problem: `${monthName}: ${JSON.stringify(d.month)} is not a month number (1–12)` };
  if (d.day !== '' && !/^\d{1,2}$/.test(d.day))
    return { problem: `${dayName}: ${JSON.stringify(d.day)} is not a day number` };
  const parts = [
    d.year.padStart(4, '0'),
    ...[d.month, d.day].filter((p) => p !== '').map((p) => p.padStart(2, '0')),
  ];
  return { parts, precision: PRECISIONS[parts.length - 1] as Precision };
}

/** ASCII words of a headline or unique_id, for the id: Masar ids are lowercase ASCII. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

export function fromTimelineJs(
  text: string,
  file: string,
  map: GroupMap | undefined,
): Converted | { errors: string[] } {
  const read =
    /\.json$/i.test(file) || text.trimStart().startsWith('{') ? jsonSlides(text) : csvSlides(text);
  if ('errors' in read) return read;
  const errors: string[] = [];
  const notes: string[] = [];
  const events: SheetEvent[] = [];
  const ids = new Set<string>();
  const unmapped = new Map<string, string[]>();
  let titled = false;
  let timed = 0;
  let media = 0;
  for (const s of read.slides) {
    const label = s.headline === '' ? '(no headline)' : `«${htmlToText(s.headline)}»`;
    if (s.kind === 'title' && !titled) {
      titled = true;
      notes.push(
        `title slide (${s.at}): ${label} is the timeline's title, not an event; not imported`,
      );
      continue;
    }
    if (s.kind === 'title')
      notes.push(
        `${s.at}: a second title slide, imported as an event (TimelineJS shows it as one)`,
      );
    if (s.kind === 'era') {
      const span = [s.start.year, s.end.year].filter((y) => y !== '').join('–');
      notes.push(
        `era (${s.at}): ${label}${span === '' ? '' : ` ${span}`}; Masar has no eras, not imported`,
      );
      continue;
    }
    const n = s.names;
    const start = partialDate(s.start, [n.year, n.month, n.day]);
    if ('problem' in start) {
      errors.push(`${s.at}, ${start.problem}`);
      continue;
    }
    let date: unknown = start.parts.join('-');
    let precision = start.precision;
    if (s.end.year !== '') {
      const end = partialDate(s.end, [n.endYear, n.endMonth, n.endDay]);
      if ('problem' in end) {
        errors.push(`${s.at}, ${end.problem}`);
        continue;
      }
      // Both ends of a Masar range have one precision: the coarser of the two.
      const keep = Math.min(start.parts.length, end.parts.length);
      if (start.parts.length !== end.parts.length)
        notes.push(
          `${s.at}: start and end are given to different precision; both kept to the ${PRECISIONS[keep - 1]}`,
        );
      precision = PRECISIONS[keep - 1] as Precision;
      const from = start.parts.slice(0, keep).join('-');
      const to = end.parts.slice(0, keep).join('-');
      date = from === to ? from : { start: from, end: to };
    }
    const headline = htmlToText(s.headline);
    const summary = htmlToText(s.text);
    const lang = ARABIC.test(headline + summary) ? 'ar' : 'en';
    const first = typeof date === 'string' ? date : (date as { start: string }).start;
    let id = `${first}-${slug(s.uniqueId) || slug(headline) || `timelinejs-${s.row}`}`
      .slice(0, 100)
      .replace(/-+$/, '');
    for (let k = 2; ids.has(id); k++) id = `${id.replace(/-\d+$/, '')}-${k}`;
    ids.add(id);
    const event: EventValue = { id, draft: true, date, precision };
    const meaning = s.group === '' ? undefined : map?.get(s.group);
    if (s.group !== '' && meaning === undefined)
      unmapped.set(s.group, [...(unmapped.get(s.group) ?? []), s.at]);
    if (meaning?.type !== undefined) event.type = meaning.type;
    if (headline !== '') event.title = { [lang]: headline };
    if (summary !== '') event.summary = { [lang]: summary };
    event.actors = [];
    event.forums = meaning?.forums ?? [];
    event.sources = [];
    if (s.hasTime) timed++;
    if (s.hasMedia) media++;
    events.push({ row: s.row, event });
  }
  for (const [group, where] of unmapped)
    notes.push(
      `Group ${JSON.stringify(group)} (${where.join(', ')}) is not in ${map === undefined ? 'a mapping (pass --map FILE)' : 'the mapping'}: those drafts have no type or forum from it`,
    );
  if (timed > 0)
    notes.push(
      `${timed} slide${timed === 1 ? ' has' : 's have'} a time of day; Masar keeps dates only`,
    );
  if (media > 0)
    notes.push(
      `${media} slide${media === 1 ? ' has' : 's have'} media; Masar shows none, so it was not imported (a news link belongs in sources)`,
    );
  return errors.length > 0 ? { errors } : { events, notes };
}
