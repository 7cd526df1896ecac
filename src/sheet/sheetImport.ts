/**
 * What importing a sheet would do to a data folder, decided before anything is written: which
 * files change, which are created, which events the sheet leaves out, and every error. The
 * events are checked by the compiler itself, on the data folder as it would be after the import,
 * and its errors are turned back into the sheet's row, column and field.
 */
import type { InputFile } from '../compiler/compile.ts';
import { classify, compile } from '../compiler/compile.ts';
import { decode, LIMITS } from '../compiler/bounds.ts';
import { parseYaml } from '../compiler/parseYaml.ts';
import { Id } from '../domain/schema.ts';
import type { Column, EventValue, Row } from './eventRow.ts';
import { COLUMNS, columnOf, rowToEvent } from './eventRow.ts';
import type { ReadRow } from './delimited.ts';
import { editEventYaml, newEventYaml } from './yamlEdit.ts';

export interface SheetEvent {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  event: EventValue;
}

export interface ImportPlan {
  ok: true;
  /** Files to write, new or changed, with their new text. */
  writes: { path: string; text: string; created: boolean }[];
  unchanged: number;
  /** Event files in the data folder that no row names: reported, never deleted. */
  missing: string[];
}
export type ImportResult = ImportPlan | { ok: false; errors: string[] };

const rowError = (row: number, column: string, field: string, message: string) =>
  `row ${row}, column ${column}${field === '' ? '' : ` (${field})`}: ${message}`;

/** The sheet's rows as events: the header names every column, each row must be readable. */
export function rowsToEvents(
  rows: readonly ReadRow[],
): { events: SheetEvent[] } | { errors: string[] } {
  const header = rows[0]?.fields.map((h) => h.trim());
  if (header === undefined)
    return { errors: ['the file is empty: it needs a header row naming the columns'] };
  const errors: string[] = [];
  const unknown = header.filter((h) => !(COLUMNS as readonly string[]).includes(h));
  const absent = COLUMNS.filter((c) => !header.includes(c));
  if (unknown.length > 0)
    errors.push(
      `row 1: unknown columns ${unknown.map((c) => JSON.stringify(c)).join(', ')}; the columns are ${COLUMNS.join(', ')}`,
    );
  if (absent.length > 0)
    errors.push(
      `row 1: missing columns ${absent.join(', ')}; a sheet from \`npm run data:export\` has them all`,
    );
  const dupes = header.filter((h, i) => header.indexOf(h) !== i);
  if (dupes.length > 0) errors.push(`row 1: the columns ${dupes.join(', ')} appear twice`);
  if (errors.length > 0) return { errors };
  const events: SheetEvent[] = [];
  rows.slice(1).forEach((r, i) => {
    const n = i + 2;
    if (r.fields.length > header.length && r.fields.slice(header.length).some((f) => f !== ''))
      errors.push(`row ${n}: ${r.fields.length} cells but ${header.length} columns`);
    const row = Object.fromEntries(
      COLUMNS.map((c) => [c, r.fields[header.indexOf(c)] ?? '']),
    ) as Row;
    const read = rowToEvent(row);
    if ('problems' in read)
      for (const p of read.problems) errors.push(rowError(n, p.column, '', p.message));
    else events.push({ row: n, event: read.event });
  });
  return errors.length > 0 ? { errors } : { events };
}

/** The data folder's event files by the id their name gives. */
function eventPaths(files: readonly InputFile[], dataDir: string): Map<string, string> {
  const layout = classify(
    files.filter((f) => f.refused === undefined).map((f) => f.path),
    dataDir,
  );
  return new Map(layout.events.map((e) => [e.fileId, e.path]));
}

function textOf(file: InputFile): string {
  const decoded = decode(file.path, file.text, LIMITS.eventFileBytes);
  return decoded.ok ? decoded.text : '';
}

/**
 * Plans the import of `events` into the data folder `files` (read with readDataDir). Errors
 * come from reading the rows or from the compiler; either way nothing is to be written.
 */
export function planImport(
  files: readonly InputFile[],
  dataDir: string,
  events: readonly SheetEvent[],
  options: { createOnly?: boolean } = {},
): ImportResult {
  const errors: string[] = [];
  const existing = eventPaths(files, dataDir);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const seen = new Map<string, number>();
  const writes: ImportPlan['writes'] = [];
  const rowOfPath = new Map<string, number>();
  let unchanged = 0;
  for (const { row, event } of events) {
    const id = event.id;
    const idCheck = Id.safeParse(id);
    if (typeof id !== 'string' || !idCheck.success) {
      const message = idCheck.success
        ? 'must not be empty'
        : (idCheck.error.issues[0]?.message ?? 'is not an id');
      errors.push(rowError(row, 'id', 'id', id === undefined ? 'must not be empty' : message));
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      errors.push(rowError(row, 'id', 'id', `${JSON.stringify(id)} is already on row ${earlier}`));
      continue;
    }
    seen.set(id, row);
    const path = existing.get(id);
    if (path !== undefined && options.createOnly === true) {
      errors.push(
        rowError(
          row,
          'id',
          'id',
          `${JSON.stringify(id)} is already an event (${path}); an import from TimelineJS only adds drafts, so rename its unique_id or headline, or edit the event itself`,
        ),
      );
      continue;
    }
    if (path !== undefined) {
      const file = byPath.get(path) as InputFile;
      const before = textOf(file);
      const after = editEventYaml(before, event);
      rowOfPath.set(path, row);
      if (after === before) unchanged++;
      else writes.push({ path, text: after, created: false });
      continue;
    }
    const start =
      typeof event.date === 'object' && event.date !== null
        ? (event.date as EventValue).start
        : event.date;
    const year = typeof start === 'string' ? /^(\d{4})/.exec(start)?.[1] : undefined;
    if (year === undefined) {
      errors.push(
        rowError(
          row,
          'date_start',
          'date',
          'a new event needs a date (YYYY, YYYY-MM or YYYY-MM-DD): its file goes in the folder of its year',
        ),
      );
      continue;
    }
    const newPath = `${dataDir}/events/${year}/${id}.yaml`;
    rowOfPath.set(newPath, row);
    writes.push({ path: newPath, text: newEventYaml(event), created: true });
  }
  if (errors.length > 0) return { ok: false, errors };

  // The compiler's verdict on the folder as it would be.
  const written = new Map(writes.map((w) => [w.path, w.text]));
  const after: InputFile[] = files.map((f) =>
    written.has(f.path) ? { path: f.path, text: written.get(f.path) as string } : f,
  );
  for (const w of writes) if (w.created) after.push({ path: w.path, text: w.text });
  const result = compile(after, { dataDir });
  if (!result.ok) {
    for (const d of result.errors) {
      const row = rowOfPath.get(d.path);
      if (row === undefined) {
        errors.push(
          `${d.path}:${d.line}:${d.col}${d.field === '' ? '' : ` ${d.field}`}: ${d.message}`,
        );
        continue;
      }
      const column: Column | 'id' = columnOf(d.field) ?? 'id';
      errors.push(rowError(row, column, d.field, d.message));
    }
    return { ok: false, errors };
  }
  const missing = [...existing]
    .filter(([id]) => !seen.has(id))
    .map(([, path]) => path)
    .sort();
  return { ok: true, writes, unchanged, missing };
}

/** Every event file's value, in path order (year, then id), for the export. */
export function eventValues(files: readonly InputFile[], dataDir: string): EventValue[] {
  const paths = [...eventPaths(files, dataDir).values()].sort();
  const byPath = new Map(files.map((f) => [f.path, f]));
  return paths.map((path) => {
    const parsed = parseYaml(textOf(byPath.get(path) as InputFile));
    return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null
      ? (parsed.value as EventValue)
      : {};
  });
}
