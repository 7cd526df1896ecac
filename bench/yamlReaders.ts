/**
 * `npx tsx bench/yamlReaders.ts [events]`: how much faster the compiler's fast YAML reader
 * (src/compiler/fastYaml.ts) reads event files than js-yaml, the reader it stands in for. Both read
 * the same synthetic event files (src/compiler/synth.ts, seed 1) in one thread, after a warm-up
 * round; the figure is the median of 7 rounds. The compiler README quotes the result.
 */
import jsyaml from 'js-yaml';
import { fastParseYaml } from '../src/compiler/fastYaml.ts';
import { synthesise } from '../src/compiler/synth.ts';

const EVENTS = Number(process.argv[2] ?? 30_000);
const ROUNDS = 7;

const texts = synthesise({ events: EVENTS, seed: 1 })
  .filter((file) => file.path.startsWith('events/'))
  .map((file) => file.text);

const readers = {
  fastYaml: (text: string) => fastParseYaml(text)?.value,
  'js-yaml': (text: string) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }),
};

const outside = texts.filter((text) => fastParseYaml(text) === undefined).length;
if (outside > 0) console.log(`${outside} files are outside the fast reader's subset`);

/** Microseconds per file, median over the rounds. */
function measure(read: (text: string) => unknown): number {
  for (const text of texts) read(text);
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const text of texts) read(text);
    rounds.push(((performance.now() - start) * 1000) / texts.length);
  }
  return rounds.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? NaN;
}

const fast = measure(readers.fastYaml);
const reference = measure(readers['js-yaml']);
console.log(`${texts.length} event files, median of ${ROUNDS} rounds, Node ${process.version}`);
console.log(`fastYaml ${fast.toFixed(1)} µs a file, js-yaml ${reference.toFixed(1)} µs a file`);
console.log(`fastYaml takes ${((fast / reference) * 100).toFixed(0)} % of js-yaml's time`);
