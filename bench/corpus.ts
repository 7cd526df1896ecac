/**
 * The corpora: the shipped data/ folder and seeded synthetic ones, each compiled with the
 * project's compiler CLI (timed) into node_modules/.cache/masar-bench/json/<name>/events.json
 * (with, for large corpora, its detail chunk files beside it: a folder per corpus, because the
 * compiler removes chunk files it did not write from the folder it writes to).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset, DetailsChunk } from '../src/domain/schema.ts';
import { gzipSync } from 'node:zlib';
import { runCommand } from './processes.ts';

/**
 * Generated corpora, compiled JSON and builds. Under node_modules/.cache because every tool
 * (git, ESLint, Prettier, tsc, Vitest) already ignores it: 100,000 YAML files and a built bundle
 * inside bench/ would otherwise be linted and formatted.
 */
export const WORK_DIR = 'node_modules/.cache/masar-bench';
/** Run TypeScript entry points the way npm run data does, without npm's own start-up time. */
const TSX = ['--import', 'tsx'];

export interface Corpus {
  /** "shipped" or the number of synthetic events, e.g. "10000". */
  name: string;
  dataDir: string;
  /** The compiled index; detail chunks, if any, are the other files in its folder. */
  jsonFile: string;
}

export interface CompileSample {
  /** Wall clock of the whole CLI run (Node start-up, tsx, read, compile, write), ms. */
  wallMs: number | null;
  /** What the compiler itself reports ("compiled … in N ms": read, compile, write), ms. */
  reportedMs: number | null;
  error?: string;
}

/**
 * A synthetic data folder for `events` events, generated once per seed and generator version
 * (a hash of the generator's source), then reused: generating 100,000 events takes a while.
 */
export async function synthCorpus(
  events: number,
  seed: number,
  options: { fresh: boolean; timeoutMs: number },
): Promise<Corpus> {
  const version = createHash('sha1')
    .update(readFileSync('src/compiler/synth.ts'))
    .update(readFileSync('src/compiler/synthCli.ts'))
    .digest('hex')
    .slice(0, 8);
  const name = String(events);
  const dataDir = join(WORK_DIR, 'corpora', `synth-${events}-seed${seed}-${version}`);
  const jsonFile = join(WORK_DIR, 'json', name, 'events.json');
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  if (!existsSync(dataDir)) {
    // Generate beside it and rename, so an interrupted run never leaves a half corpus to reuse.
    const partial = `${dataDir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(join(WORK_DIR, 'corpora'), { recursive: true });
    console.log(`generating ${events} synthetic events (seed ${seed})…`);
    const args = [...TSX, 'src/compiler/synthCli.ts'];
    args.push('--events', String(events), '--out', partial, '--seed', String(seed));
    const result = await runCommand(process.execPath, args, { timeoutMs: options.timeoutMs });
    if (result.timedOut || result.code !== 0) {
      rmSync(partial, { recursive: true, force: true });
      const why = result.timedOut ? `timed out after ${options.timeoutMs / 1000} s` : result.stderr;
      throw new Error(`npm run data:synth failed for ${events} events: ${why}`);
    }
    renameSync(partial, dataDir);
  }
  return { name, dataDir, jsonFile };
}

export function shippedCorpus(): Corpus {
  return {
    name: 'shipped',
    dataDir: 'data',
    jsonFile: join(WORK_DIR, 'json', 'shipped', 'events.json'),
  };
}

/** One compile with the project's CLI into the corpus's JSON file. */
export async function compileOnce(corpus: Corpus, timeoutMs: number): Promise<CompileSample> {
  // Start from an empty folder, so every run writes everything (the CLI skips unchanged files).
  rmSync(dirname(corpus.jsonFile), { recursive: true, force: true });
  mkdirSync(dirname(corpus.jsonFile), { recursive: true });
  const args = [...TSX, 'src/compiler/cli.ts', '--data', corpus.dataDir, '--out', corpus.jsonFile];
  const result = await runCommand(process.execPath, args, { timeoutMs });
  if (result.timedOut) {
    return { wallMs: null, reportedMs: null, error: `timeout after ${timeoutMs / 1000} s` };
  }
  if (result.code !== 0) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n');
    return { wallMs: null, reportedMs: null, error: `the compiler failed: ${tail}` };
  }
  const reported = /\bin ([\d,]+) ms\b/.exec(result.stdout);
  return {
    wallMs: result.ms,
    reportedMs: reported?.[1] ? Number(reported[1].replace(/,/g, '')) : null,
  };
}

export interface JsonSize {
  /** The index file the app fetches first. */
  raw: number;
  /** gzip at zlib's default level (6), what a server compressing on the fly sends. */
  gzip: number;
  /** All detail chunk files together (0 when the details are inline). */
  detailsRaw: number;
  detailsGzip: number;
  detailsFiles: number;
}

export function jsonSize(file: string): JsonSize {
  const dir = dirname(file);
  const chunks = readdirSync(dir).filter((f) => join(dir, f) !== file && f.endsWith('.json'));
  let detailsRaw = 0;
  let detailsGzip = 0;
  for (const chunk of chunks) {
    const bytes = readFileSync(join(dir, chunk));
    detailsRaw += bytes.length;
    detailsGzip += gzipSync(bytes).length;
  }
  return {
    raw: statSync(file).size,
    gzip: gzipSync(readFileSync(file)).length,
    detailsRaw,
    detailsGzip,
    detailsFiles: chunks.length,
  };
}

/**
 * The compiled dataset with every event's details merged back in from its chunk files, as the
 * app has it once its background loading is done: what the expected search counts are made from.
 */
export function readCompiled(file: string): Dataset {
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  const layout = dataset.details;
  if (!layout) return dataset;
  layout.files.forEach((name, k) => {
    const chunk = JSON.parse(readFileSync(join(dirname(file), name), 'utf8')) as DetailsChunk;
    chunk.events.forEach((details, i) => {
      const event = dataset.events[k * layout.chunkSize + i];
      if (event) Object.assign(event, details);
    });
  });
  return dataset;
}
