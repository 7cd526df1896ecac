/**
 * `npm run data:export` and `npm run data:import`, with their I/O passed in so tests run them
 * in-process against a temporary data folder.
 * Exit codes: 0 done; 1 the data or the sheet has errors (nothing written); 2 usage error.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from '../compiler/compile.ts';
import { formatDiagnostic } from '../compiler/diagnostic.ts';
import { DataDirError, displayPath, readDataDir } from '../compiler/readDataDir.ts';
import { writeFileAtomic } from '../compiler/writeAtomic.ts';
import { COLUMNS, eventToRow } from './eventRow.ts';
import { DelimitedError, delimiterFor, readDelimited, writeDelimited } from './delimited.ts';
import type { SheetEvent } from './sheetImport.ts';
import { eventValues, planImport, rowsToEvents } from './sheetImport.ts';
import { fromTimelineJs } from './timelineJs.ts';
import { GroupMapError, readGroupMap } from './groupMap.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const EXPORT_USAGE = `usage: npm run data:export -- (--csv FILE | --tsv FILE) [--data DIR]

Writes every event in the data folder as one row of a CSV or TSV file (UTF-8 with a byte-order
mark). The columns and their encodings are in data/README.md ("Spreadsheets").
`;

export const IMPORT_USAGE = `usage: npm run data:import -- [--data DIR] [--check] FILE
       npm run data:import -- --from timelinejs [--map MAP.yaml] [--data DIR] [--check] FILE

Reads a sheet made by data:export (.csv, or .tsv/.tab for tab-separated) back into the data
folder: known ids update their file, new ids get a new file; nothing is written unless every row
passes the compiler's checks. --from timelinejs reads a TimelineJS sheet saved as CSV, or its
JSON, and writes every event as a draft. --check reports what would change and writes nothing.
`;

function exportSheet(argv: string[], io: Io): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        csv: { type: 'string' },
        tsv: { type: 'string' },
        data: { type: 'string', default: 'data' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${EXPORT_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(EXPORT_USAGE);
    return 0;
  }
  const target = values.csv ?? values.tsv;
  if (target === undefined || (values.csv !== undefined && values.tsv !== undefined)) {
    io.stderr(`give one of --csv FILE or --tsv FILE\n${EXPORT_USAGE}`);
    return 2;
  }
  const dataDir = displayPath(values.data);
  const files = readDataDir(values.data, dataDir);
  // A sheet of data that does not compile could not be imported back as it is.
  const result = compile(files, { dataDir });
  if (!result.ok) {
    for (const d of result.errors) io.stderr(`${formatDiagnostic(d)}\n`);
    io.stderr(`nothing exported: fix the data first (npm run data:check)\n`);
    return 1;
  }
  const events = eventValues(files, dataDir);
  const rows = [[...COLUMNS], ...events.map((e) => COLUMNS.map((c) => eventToRow(e)[c]))];
  writeFileAtomic(target, writeDelimited(rows, values.tsv !== undefined ? '\t' : ','));
  io.stdout(`exported ${events.length} events to ${target}\n`);
  return 0;
}

function importSheet(argv: string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        from: { type: 'string' },
        map: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(IMPORT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`give one file to import\n${IMPORT_USAGE}`);
    return 2;
  }
  if (values.from !== undefined && values.from !== 'timelinejs') {
    io.stderr(`--from takes "timelinejs", not ${JSON.stringify(values.from)}\n${IMPORT_USAGE}`);
    return 2;
  }
  if (values.map !== undefined && values.from === undefined) {
    io.stderr(`--map only applies with --from timelinejs\n${IMPORT_USAGE}`);
    return 2;
  }
  const file = positionals[0] as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    io.stderr(`${file}: cannot read this file\n`);
    return 1;
  }
  const dataDir = displayPath(values.data);
  const files = readDataDir(values.data, dataDir);

  let events: SheetEvent[];
  const notes: string[] = [];
  try {
    if (values.from === 'timelinejs') {
      const map = values.map === undefined ? undefined : readGroupMap(values.map);
      const converted = fromTimelineJs(text, file, map);
      if ('errors' in converted) return fail(io, file, converted.errors);
      events = converted.events;
      notes.push(...converted.notes);
    } else {
      const read = rowsToEvents(readDelimited(text, delimiterFor(file)));
      if ('errors' in read) return fail(io, file, read.errors);
      events = read.events;
    }
  } catch (error) {
    if (error instanceof DelimitedError || error instanceof GroupMapError)
      return fail(io, file, [error.message]);
    throw error;
  }

  const plan = planImport(files, dataDir, events, { createOnly: values.from !== undefined });
  if (!plan.ok) return fail(io, file, plan.errors);
  for (const note of notes) io.stdout(`${note}\n`);
  if (!values.check)
    for (const w of plan.writes) {
      mkdirSync(dirname(w.path), { recursive: true });
      writeFileAtomic(w.path, w.text);
    }
  const verb = values.check ? 'would be' : '';
  const created = plan.writes.filter((w) => w.created);
  const updated = plan.writes.filter((w) => !w.created);
  for (const w of created) io.stdout(`${values.check ? 'would create' : 'created'} ${w.path}\n`);
  for (const w of updated) io.stdout(`${values.check ? 'would update' : 'updated'} ${w.path}\n`);
  // A sheet that leaves events out is a filtered or partial sheet, not a request to delete.
  if (plan.missing.length > 0 && values.from === undefined)
    io.stdout(
      `${plan.missing.length} event${plan.missing.length === 1 ? '' : 's'} in ${dataDir} not in the sheet, left as they are (delete a file by hand to remove an event):\n${plan.missing.map((p) => `  ${p}\n`).join('')}`,
    );
  io.stdout(
    `${file}: ${created.length} ${verb ? 'to create' : 'created'}, ${updated.length} ${verb ? 'to update' : 'updated'}, ${plan.unchanged} unchanged${values.check ? ' (--check: nothing written)' : ''}\n`,
  );
  return 0;
}

function fail(io: Io, file: string, errors: readonly string[]): number {
  for (const e of errors) io.stderr(`${file}: ${e}\n`);
  io.stderr(`${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written\n`);
  return 1;
}

export function main(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'export') return exportSheet(rest, io);
    if (command === 'import') return importSheet(rest, io);
  } catch (error) {
    if (error instanceof DataDirError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  io.stderr(`usage: tsx src/sheet/cli.ts (export | import) …\n`);
  return 2;
}
