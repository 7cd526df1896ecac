/**
 * `npm run data [-- --data DIR --out FILE --check --quiet --today YYYY-MM-DD]`: compiles data/ into the JSON the
 * app loads (and, above --inline-details-up-to events, its detail chunks beside it).
 * Exit code 0 on success, 1 when the data has errors or another compile kept the output folder
 * locked for --lock-wait seconds (default 60), 2 when the command is misused.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { displayPath, DataDirError } from './readDataDir.ts';
import { compileDir } from './compileDir.ts';
import {
  fileHolds,
  listFiles,
  readFileOrNull,
  removeFile,
  writeFileAtomic,
} from './writeAtomic.ts';
import { acquireCompileLock, CompileLockError, processIsAlive } from './compileLock.ts';
import { runCompile } from './run.ts';
import { utcToday } from './compile.ts';
import { dateProblem } from './dates.ts';

const USAGE =
  'usage: npm run data -- [--data DIR] [--out FILE] [--check] [--quiet] [--threads N]' +
  ' [--inline-details-up-to N] [--details-chunk N] [--lock-wait SECONDS] [--today YYYY-MM-DD]';

/** A whole number of at least `min`, or the message saying what was wrong. */
function wholeNumber(
  name: string,
  raw: string | undefined,
  min: number,
): number | string | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && raw.trim() !== ''
    ? n
    : `--${name} must be a whole number of at least ${min}, got "${raw}"`;
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/data/events.json' },
        check: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        threads: { type: 'string' },
        'inline-details-up-to': { type: 'string' },
        'details-chunk': { type: 'string' },
        'lock-wait': { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const threads = wholeNumber('threads', values.threads, 1);
  const inlineLimit = wholeNumber('inline-details-up-to', values['inline-details-up-to'], 0);
  const chunkSize = wholeNumber('details-chunk', values['details-chunk'], 1);
  const lockWait = wholeNumber('lock-wait', values['lock-wait'], 0);
  for (const value of [threads, inlineLimit, chunkSize, lockWait])
    if (typeof value === 'string') {
      console.error(`${value}\n${USAGE}`);
      return 2;
    }
  // The day "happened" events are compared with: today in UTC, or a fixed day for a reproducible check.
  const today = values.today ?? utcToday(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || dateProblem(today) !== undefined) {
    console.error(`--today must be a real day written YYYY-MM-DD, got "${today}"\n${USAGE}`);
    return 2;
  }
  const dataDir = displayPath(values.data);
  try {
    const outcome = await runCompile(
      { dataDir, outFile: displayPath(values.out), check: values.check },
      {
        compileData: (dir) =>
          compileDir(dir, dir, {
            threads: threads as number | undefined,
            detailsInlineLimit: inlineLimit as number | undefined,
            detailsChunkSize: chunkSize as number | undefined,
            today,
          }),
        writeFile: writeFileAtomic,
        listFiles,
        removeFile,
        readFile: readFileOrNull,
        holds: fileHolds,
        lock: (dir) =>
          acquireCompileLock(
            dir,
            lockWait === undefined ? {} : { waitMs: (lockWait as number) * 1000 },
          ),
        isAlive: processIsAlive,
        now: () => performance.now(),
      },
    );
    if (!outcome.ok) {
      for (const line of outcome.errors) console.error(line);
      console.error(outcome.summary);
      return 1;
    }
    if (!values.quiet) console.log(outcome.summary);
    return 0;
  } catch (error) {
    if (error instanceof DataDirError || error instanceof CompileLockError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
