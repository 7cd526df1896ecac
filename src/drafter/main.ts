/**
 * The drafter's command line, with its I/O passed in so tests run it in-process: parse options,
 * read the article (file or stdin) and data/, refuse non-articles, print the draft.
 * Exit codes: 0 draft printed; 1 not an article, unreadable input or data; 2 usage error.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { compile } from '../compiler/compile.ts';
import { formatDiagnostic } from '../compiler/diagnostic.ts';
import { displayPath, readDataDir } from '../compiler/readDataDir.ts';
import { writeFileAtomic } from '../compiler/writeAtomic.ts';
import type { Draft } from './draft.ts';
import { eventRecord, otherEventRecord } from './eventRecord.ts';
import { parseArgs } from 'node:util';
import { checkArticle, MAX_BYTES } from './articleCheck.ts';
import { validDay } from '../domain/calendar.ts';
import { draft } from './draft.ts';
import { DataError, loadGazetteer } from './loadGazetteer.ts';
import { renderJson } from './renderJson.ts';
import { otherDraftYaml, renderYaml } from './renderYaml.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The bytes piped in, at most limit of them; null when stdin is a terminal. */
  readStdin: (limit: number) => Promise<Uint8Array | null>;
}

export const USAGE = `Usage: npm run draft -- [options] [article.txt | -]

Reads an Arabic news article (a file, or stdin) and prints a draft event for data/events/,
each guess with its confidence and evidence.

Options:
  --published YYYY-MM-DD  the publication date, when the article carries none
  --data DIR              the data folder to learn from (default: data)
  --json                  machine output instead of YAML
  --write                 write it as a draft (draft: true) to DIR/events/<year>/<id>.yaml,
                          checked by the compiler first; never replaces an existing file
  -h, --help              this help
`;

export async function main(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        data: { type: 'string', default: 'data' },
        json: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.stderr(`draft: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    io.stderr(`draft: one article at a time (got ${positionals.length})\n\n${USAGE}`);
    return 2;
  }
  const published = values.published;
  if (published !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
    if (!m || validDay(Number(m[1]), Number(m[2]), Number(m[3])) === null) {
      io.stderr(`draft: --published must be a real date as YYYY-MM-DD, not "${published}"\n`);
      return 2;
    }
  }

  const path = positionals[0];
  let bytes: Uint8Array;
  let name: string;
  if (path === undefined || path === '-') {
    const piped = await io.readStdin(MAX_BYTES + 1);
    if (piped === null) {
      io.stderr(`draft: give an article file, or pipe the text in\n\n${USAGE}`);
      return 2;
    }
    bytes = piped;
    name = 'stdin';
  } else {
    name = basename(path);
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error('not a file');
      // Refuse huge files before reading them: a 5 MB paste is a mistake, not an article.
      bytes = info.size > MAX_BYTES ? new Uint8Array(MAX_BYTES + 1) : await readFile(path);
    } catch {
      io.stderr(`draft: ${path}: cannot read this file\n`);
      return 1;
    }
  }

  const checked = checkArticle(bytes);
  if (!checked.ok) {
    io.stderr(`draft: ${name}: ${checked.reason}\n`);
    return 1;
  }

  let gazetteer;
  try {
    gazetteer = await loadGazetteer(values.data);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    io.stderr(`draft: ${e.message}\n`);
    return 1;
  }

  const result = draft(checked.text, published === undefined ? {} : { published }, gazetteer);
  if (values.write) return writeDraft(result, name, values.data, io);
  io.stdout(values.json ? renderJson(result) : renderYaml(result, name));
  return 0;
}

/**
 * Writes a draft file into the data folder for each event of the article (the main one and each
 * other dated one), if the compiler accepts the folder with all of them: the same checks as
 * `npm run data`, so drafts that would break the build are printed, never written. All or none.
 */
function writeDraft(result: Draft, name: string, dataDir: string, io: Io): number {
  const record = eventRecord(result);
  const start = typeof record.date === 'object' ? record.date.start : record.date;
  const year = /^(\d{4})/.exec(String(start))?.[1];
  if (year === undefined) {
    io.stderr(
      `draft: ${name}: no event date found, so there is no year folder to write to; run without --write and save the file yourself\n`,
    );
    return 1;
  }
  const shown = displayPath(dataDir);
  const files = [
    { path: `${shown}/events/${year}/${record.id}.yaml`, text: renderYaml(result, name, true) },
  ];
  for (const other of result.otherDates) {
    const r = otherEventRecord(result, other);
    const y = /^(\d{4})/.exec(String(typeof r.date === 'object' ? r.date.start : r.date))?.[1];
    // An undated mention has no year folder; it stays listed in the main draft's comments.
    if (y === undefined) continue;
    const path = `${shown}/events/${y}/${r.id}.yaml`;
    if (files.some((f) => f.path === path)) continue;
    files.push({ path, text: otherDraftYaml(result, other, name) });
  }
  const taken = files.filter((f) => existsSync(f.path));
  if (taken.length > 0) {
    for (const f of taken)
      io.stderr(
        `draft: ${f.path} already exists; a draft never replaces a file (run without --write to see it)\n`,
      );
    return 1;
  }
  const compiled = compile([...readDataDir(dataDir, shown), ...files], { dataDir: shown });
  if (!compiled.ok) {
    const ours = new Set(files.map((f) => f.path));
    const own = compiled.errors.filter((e) => ours.has(e.path));
    for (const f of files) io.stdout(f.text);
    for (const e of own.length > 0 ? own : compiled.errors) io.stderr(`${formatDiagnostic(e)}\n`);
    io.stderr(
      `draft: not written: fix the drafts above and save them as ${files.map((f) => f.path).join(', ')}\n`,
    );
    return 1;
  }
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileAtomic(f.path, f.text);
    const needs = compiled.drafts.find((d) => d.path === f.path)?.needs ?? [];
    io.stdout(`wrote ${f.path} (draft${needs.length > 0 ? `; needs ${needs.join(', ')}` : ''})\n`);
  }
  return 0;
}
