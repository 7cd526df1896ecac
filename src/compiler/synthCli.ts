/**
 * `npm run data:synth -- --events N --out DIR [--seed S]`: writes a synthetic data folder for
 * benchmarks and scale tests. Refuses a folder that already has files, so a synthetic corpus
 * never mixes with (or overwrites) real data.
 */
import { parseArgs } from 'node:util';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { synthesise } from './synth.ts';

const USAGE = 'usage: npm run data:synth -- --events N --out DIR [--seed S]';

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        events: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const events = Number(values.events);
  const seed = Number(values.seed);
  if (values.out === undefined) {
    console.error(`--out is required: the folder to write the synthetic data to\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(events) || events < 0) {
    console.error(
      `--events must be a whole number (0 or more), got "${values.events ?? ''}"\n${USAGE}`,
    );
    return 2;
  }
  if (!Number.isInteger(seed)) {
    console.error(`--seed must be a whole number, got "${values.seed}"\n${USAGE}`);
    return 2;
  }
  if (readdirSafe(values.out).length > 0) {
    console.error(
      `${values.out} is not empty; give a new folder (synthetic data never mixes with other files)`,
    );
    return 1;
  }
  const outDir = values.out;
  const started = performance.now();
  const files = synthesise({ events, seed });
  const dirs = new Set(files.map((f) => dirname(join(outDir, f.path))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(outDir, file.path), file.text);
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${events} synthetic events (seed ${seed}) to ${values.out} in ${ms} ms`);
  return 0;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

process.exitCode = main(process.argv.slice(2));
