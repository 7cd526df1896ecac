/**
 * The drafter's command line, with its I/O passed in so tests run it in-process: parse options,
 * read the article (file or stdin) and data/, refuse non-articles, print the draft.
 * Exit codes: 0 draft printed; 1 not an article, unreadable input or data; 2 usage error.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { checkArticle, MAX_BYTES } from './articleCheck.ts';
import { validDay } from '../domain/calendar.ts';
import { draft } from './draft.ts';
import { DataError, loadGazetteer } from './loadGazetteer.ts';
import { renderJson } from './renderJson.ts';
import { renderYaml } from './renderYaml.ts';

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
  io.stdout(values.json ? renderJson(result) : renderYaml(result, name));
  return 0;
}
