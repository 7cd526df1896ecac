/**
 * `npm run data [-- --data DIR --out FILE --check --quiet]`: compiles data/ into the JSON the
 * app loads. Exit code 0 on success, 1 when the data has errors, 2 when the command is misused.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { displayPath, DataDirError } from './readDataDir.ts';
import { compileDir } from './compileDir.ts';
import { writeFileAtomic } from './writeAtomic.ts';
import { runCompile } from './run.ts';

const USAGE = 'usage: npm run data -- [--data DIR] [--out FILE] [--check] [--quiet] [--threads N]';

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
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    console.error(
      `--threads must be a whole number of at least 1, got "${values.threads}"\n${USAGE}`,
    );
    return 2;
  }
  const dataDir = displayPath(values.data);
  try {
    const outcome = await runCompile(
      { dataDir, outFile: displayPath(values.out), check: values.check },
      {
        compileData: (dir) => compileDir(dir, dir, { threads }),
        writeFile: writeFileAtomic,
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
    if (error instanceof DataDirError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
