/**
 * One event as one spreadsheet row and back: the columns, and the encodings of the cells that
 * hold lists (participants, forums, sources, related events). Nothing here validates an event;
 * the compiler does that. A cell that cannot even be read (a source line without `name: value`)
 * is a RowProblem naming its column.
 */

/** The columns, in order; the header row of every export. */
export const COLUMNS = [
  'id',
  'draft',
  'date_start',
  'date_end',
  'precision',
  'status',
  'type',
  'title_ar',
  'title_en',
  'summary_ar',
  'summary_en',
  'actors',
  'forums',
  'place_ar',
  'place_en',
  'sources',
  'related',
  'basis_ar',
  'basis_en',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Record<Column, string>;

/** An event as its YAML file holds it, reduced to the fields the columns carry. */
export type EventValue = Record<string, unknown>;

export interface RowProblem {
  column: Column;
  message: string;
}

/** The top-level keys the columns carry, in the order a new file lists them. */
export const EVENT_KEYS = [
  'id',
  'draft',
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
  'related',
] as const;

const SOURCE_FIELDS = [
  'outlet.ar',
  'outlet.en',
  'url',
  'published',
  'language',
  'note.ar',
  'note.en',
] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Scalars as the sheet shows them: a bare year read as a number is the text "2026". */
const cell = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

/** Both languages of a `{ ar, en }` value, '' where absent. */
function pair(v: unknown): [string, string] {
  return isRecord(v) ? [cell(v.ar), cell(v.en)] : ['', ''];
}

/**
 * `|` separates a source's fields and a line break its sources, so inside a value a backslash,
 * a bar and a line break are written `\\`, `\|` and `\n`.
 */
function escapeValue(v: string): string {
  return v
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('\r', '\\r')
    .replaceAll('\n', '\\n');
}

function unescapeValue(v: string): string {
  return v.replace(/\\(.)/gs, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/** `outlet.ar: … | outlet.en: … | url: … | published: … | language: …`, one line per source. */
export function formatSources(sources: unknown): string {
  if (!Array.isArray(sources)) return '';
  return sources
    .map((source: unknown) => {
      const s = isRecord(source) ? source : {};
      const [outletAr, outletEn] = pair(s.outlet);
      const [noteAr, noteEn] = pair(s.note);
      const values: Record<(typeof SOURCE_FIELDS)[number], string> = {
        'outlet.ar': outletAr,
        'outlet.en': outletEn,
        url: cell(s.url),
        published: cell(s.published),
        language: cell(s.language),
        'note.ar': noteAr,
        'note.en': noteEn,
      };
      return SOURCE_FIELDS.filter((f) => values[f] !== '')
        .map((f) => `${f}: ${escapeValue(values[f])}`)
        .join(' | ');
    })
    .join('\n');
}

/** Splits at every `|` not escaped by a backslash. */
function splitFields(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\' && i + 1 < line.length) {
      current += c + (line[i + 1] as string);
      i++;
    } else if (c === '|') {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

export function parseSources(text: string): { sources: EventValue[] } | { problem: string } {
  const sources: EventValue[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (const [n, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const values = new Map<string, string>();
    for (const part of splitFields(line)) {
      const m = /^\s*([a-z.]+):\s?([\s\S]*?)\s*$/.exec(part);
      const name = m?.[1];
      if (m === null || !(SOURCE_FIELDS as readonly string[]).includes(name as string))
        return {
          problem: `source line ${n + 1}: ${JSON.stringify(part.trim().slice(0, 40))} is not "name: value" with a name among ${SOURCE_FIELDS.join(', ')}`,
        };
      if (values.has(name as string))
        return { problem: `source line ${n + 1}: ${name as string} is given twice` };
      values.set(name as string, unescapeValue(m[2] as string));
    }
    const source: EventValue = {};
    const both = (key: string) => {
      const ar = values.get(`${key}.ar`);
      const en = values.get(`${key}.en`);
      if (ar === undefined && en === undefined) return;
      const v: EventValue = {};
      if (ar !== undefined) v.ar = ar;
      if (en !== undefined) v.en = en;
      source[key] = v;
    };
    both('outlet');
    for (const key of ['url', 'published', 'language'])
      if (values.has(key)) source[key] = values.get(key);
    both('note');
    sources.push(source);
  }
  return { sources };
}

/** `announces:2026-05-20-putin-visit; part-of:2024-10-22-kazan-summit` */
export function formatRelated(related: unknown): string {
  if (!Array.isArray(related)) return '';
  return related
    .map((r: unknown) => (isRecord(r) ? `${cell(r.relation)}:${cell(r.id)}` : ''))
    .join('; ');
}

export function parseRelated(text: string): { related: EventValue[] } | { problem: string } {
  const related: EventValue[] = [];
  for (const part of text.split(';')) {
    if (part.trim() === '') continue;
    const m = /^\s*([^:\s]+)\s*:\s*(\S+)\s*$/.exec(part);
    if (m === null)
      return {
        problem: `${JSON.stringify(part.trim().slice(0, 60))} is not "relation:event-id" (entries are separated by ";")`,
      };
    related.push({ id: m[2], relation: m[1] });
  }
  return { related };
}

const list = (v: unknown) => (Array.isArray(v) ? v.map(cell).join('; ') : '');
const splitList = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The row for an event file's value. */
export function eventToRow(event: EventValue): Row {
  const date = event.date;
  const [start, end] = isRecord(date) ? [cell(date.start), cell(date.end)] : [cell(date), ''];
  const [titleAr, titleEn] = pair(event.title);
  const [summaryAr, summaryEn] = pair(event.summary);
  const [placeAr, placeEn] = pair(event.place);
  const [basisAr, basisEn] = pair(event.basis);
  return {
    id: cell(event.id),
    draft: event.draft === true ? 'yes' : '',
    date_start: start,
    date_end: end,
    precision: cell(event.precision),
    status: cell(event.status),
    type: cell(event.type),
    title_ar: titleAr,
    title_en: titleEn,
    summary_ar: summaryAr,
    summary_en: summaryEn,
    actors: list(event.actors),
    forums: list(event.forums),
    place_ar: placeAr,
    place_en: placeEn,
    sources: formatSources(event.sources),
    related: formatRelated(event.related),
    basis_ar: basisAr,
    basis_en: basisEn,
  };
}

/** `{ ar, en }` from two cells; a language left empty is left out (a draft may lack one). */
function localized(ar: string, en: string): EventValue | undefined {
  if (ar === '' && en === '') return undefined;
  const v: EventValue = {};
  if (ar !== '') v.ar = ar;
  if (en !== '') v.en = en;
  return v;
}

/** The event a row describes, or what in it cannot be read. Empty cells leave a field out. */
export function rowToEvent(row: Row): { event: EventValue } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const event: EventValue = {};
  const put = (key: string, v: unknown) => {
    if (v !== undefined && v !== '') event[key] = v;
  };
  put('id', row.id);
  const draft = row.draft.trim().toLowerCase();
  if (draft === 'yes' || draft === 'true') event.draft = true;
  else if (draft !== '' && draft !== 'no' && draft !== 'false')
    problems.push({
      column: 'draft',
      message: `must be "yes" or empty, not ${JSON.stringify(row.draft)}`,
    });
  put('date', row.date_end === '' ? row.date_start : { start: row.date_start, end: row.date_end });
  put('precision', row.precision);
  put('status', row.status);
  put('type', row.type);
  put('title', localized(row.title_ar, row.title_en));
  put('summary', localized(row.summary_ar, row.summary_en));
  event.actors = splitList(row.actors);
  event.forums = splitList(row.forums);
  put('place', localized(row.place_ar, row.place_en));
  const sources = parseSources(row.sources);
  if ('problem' in sources) problems.push({ column: 'sources', message: sources.problem });
  else event.sources = sources.sources;
  put('basis', localized(row.basis_ar, row.basis_en));
  const related = parseRelated(row.related);
  if ('problem' in related) problems.push({ column: 'related', message: related.problem });
  else if (related.related.length > 0) event.related = related.related;
  return problems.length > 0 ? { problems } : { event };
}

/**
 * The same event whatever way its file spells it: the carried keys in a fixed order, years as
 * text, empty optional parts dropped. Two events are unchanged when their canonical JSON is equal.
 */
export function canonical(event: EventValue): EventValue {
  const row = rowToEvent(eventToRow(event));
  return 'event' in row ? row.event : {};
}

/** The column a compiler field path (`sources[1].url`, `title.en`) is in. */
export function columnOf(field: string): Column | undefined {
  const m = /^([a-z]+)(?:\.(ar|en)|\.(start|end))?/.exec(field);
  if (m === null) return undefined;
  const [, key, lang, end] = m;
  switch (key) {
    case 'date':
      return end === 'end' ? 'date_end' : 'date_start';
    case 'title':
    case 'summary':
    case 'place':
    case 'basis':
      return `${key}_${lang ?? 'ar'}` as Column;
    default:
      return (COLUMNS as readonly string[]).includes(key as string) ? (key as Column) : undefined;
  }
}
