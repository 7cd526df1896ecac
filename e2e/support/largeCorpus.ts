// The seeded, generated corpus of the benchmark, compiled with the project's compiler: for specs
// that check behaviour at scale (e2e/large-corpus.spec.ts, e2e/offline.spec.ts).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/domain/schema.ts';

/**
 * The folder of a generated corpus of `events` events, generated once per generator version (it
 * is slow and its output never changes for a seed). Each Playwright worker passes an id of its
 * own: workers generate into folders of their own and move them into place, so two never write
 * into one folder (the one that loses the race uses the winner's).
 */
export function largeCorpus(events: number, worker: number): string {
  // Keyed by the generator's source, like the benchmark's cache: a generator that changed (a new
  // required field, say) must not be served its old output.
  const generator = createHash('sha256')
    .update(readFileSync('src/compiler/synth.ts'))
    .digest('hex')
    .slice(0, 8);
  const corpus = `.tmp/e2e-large/corpus-${events}-${generator}`;
  if (!existsSync(join(corpus, 'events'))) {
    const mine = `${corpus}.tmp-${worker}-${process.pid}`;
    rmSync(mine, { recursive: true, force: true });
    const args = ['--events', String(events), '--out', mine, '--seed', '1'];
    execFileSync('npx', ['tsx', 'src/compiler/synthCli.ts', ...args], { stdio: 'pipe' });
    try {
      renameSync(mine, corpus);
    } catch {
      rmSync(mine, { recursive: true, force: true });
    }
  }
  return corpus;
}

/**
 * Compiles a data folder into `out`/events.json and its chunks, every run: compiling is cheap and
 * must follow the current compiler's format.
 */
export function compileCorpus(data: string, out: string): Dataset {
  const file = `${out}/events.json`;
  execFileSync('npx', ['tsx', 'src/compiler/cli.ts', '--data', data, '--out', file, '--quiet'], {
    stdio: 'pipe',
  });
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}
