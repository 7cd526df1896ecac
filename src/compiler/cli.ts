/**
 * `npm run data [-- --data DIR --out FILE --check --quiet]`: compiles data/ into the JSON the
 * app loads. Exit code 0 on success, 1 when the data has errors, 2 when the command is misused.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { displayPath, readDataDir, DataDirError } from './readDataDir.ts';
import { writeFileAtomic } from './writeAtomic.ts';
import { runCompile } from './run.ts';

const USAGE = 'usage: npm run data -- [--data DIR] [--out FILE] [--check] [--quiet]';

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/data/events.json' },
        check: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
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
  const dataDir = displayPath(values.data);
  try {
    const outcome = runCompile(
      { dataDir, outFile: displayPath(values.out), check: values.check },
      {
        readFiles: (dir) => readDataDir(dir, dir),
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

process.exitCode = main(process.argv.slice(2));
