/**
 * One compile of a data folder, as the CLI and the Vite plugin both do it: read, compile, write
 * atomically (or only check), and word the outcome. File access and the clock come in as
 * arguments so tests can run it against a temporary folder and a frozen clock.
 */
import { basename, dirname, join } from 'node:path';
import type { CompileResult, CompileSuccess } from './compile.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { CHUNK_FILE } from './serialise.ts';
import { TEMP_FILE } from './writeAtomic.ts';

export interface RunOptions {
  /** The data folder, as it should appear in messages (e.g. "data"). */
  dataDir: string;
  outFile: string;
  /** Validate only; write nothing. */
  check: boolean;
}

export interface RunDeps {
  /** Reads and compiles the folder (compileDir on disk, or compile() over files in tests). */
  compileData(dataDir: string): CompileResult | Promise<CompileResult>;
  /** Writes atomically; @returns false when the file already had this content */
  writeFile(path: string, content: Uint8Array): boolean;
  /** File names in a folder; [] when it does not exist. */
  listFiles(dir: string): string[];
  removeFile(path: string): void;
  /** A file's bytes, or null when it does not exist. */
  readFile(path: string): Uint8Array | null;
  /** Whether the file holds exactly these bytes (false when it does not exist). */
  holds(path: string, content: Uint8Array): boolean;
  /**
   * Takes the output folder's compile lock, waiting while another compile holds it.
   * @returns the function that releases it
   */
  lock(dir: string): Promise<() => void>;
  /** Whether the process with this id still runs (for temporary files of killed compiles). */
  isAlive(pid: number): boolean;
  /** Milliseconds from any fixed origin. */
  now(): number;
}

export type RunOutcome =
  /** wrote: whether the output file changed (false with --check or identical content) */
  { ok: true; summary: string; wrote: boolean } | { ok: false; errors: string[]; summary: string };

export async function runCompile(options: RunOptions, deps: RunDeps): Promise<RunOutcome> {
  if (options.check) return compileOnce(options, deps);
  // Held from reading the data to the clean-up, so compiles into one folder run one after the
  // other: the last to start publishes, and no clean-up meets another compile's new chunks.
  const release = await deps.lock(dirname(options.outFile));
  try {
    return await compileOnce(options, deps);
  } finally {
    release();
  }
}

async function compileOnce(options: RunOptions, deps: RunDeps): Promise<RunOutcome> {
  const started = deps.now();
  const result = await deps.compileData(options.dataDir);
  if (!result.ok) {
    const fileCount = new Set(result.errors.map((e) => e.path)).size;
    const count = `${plural(result.errors.length, 'error')} in ${plural(fileCount, 'file')}`;
    const kept = options.check ? '' : `; ${options.outFile} was left as it was`;
    return { ok: false, errors: result.errors.map(formatDiagnostic), summary: `${count}${kept}` };
  }
  const wrote = options.check ? false : write(options.outFile, result, deps);
  const { events, actors, forums } = result.counts;
  const counts = `${plural(events, 'event')}, ${plural(actors, 'actor')}, ${plural(forums, 'forum')}`;
  const chunks =
    result.chunks.length > 0 ? ` (+${plural(result.chunks.length, 'detail chunk')})` : '';
  const ms = Math.round(deps.now() - started);
  const summary = options.check
    ? `checked ${counts} in ${ms} ms: no errors`
    : `compiled ${counts} in ${ms} ms → ${options.outFile}${chunks}${wrote ? '' : ' (unchanged)'}`;
  return { ok: true, summary: summary + draftLines(result.drafts), wrote };
}

/** "2 drafts: …", one line each with what it still needs; nothing when there are none. */
function draftLines(drafts: CompileSuccess['drafts']): string {
  if (drafts.length === 0) return '';
  const lines = drafts.map(
    (d) =>
      `\n  ${d.path}: ${d.needs.length === 0 ? 'ready: remove "draft: true" to publish it' : `needs ${d.needs.join(', ')}`}`,
  );
  return `\n${plural(drafts.length, 'draft')}: left out of the JSON until finished${lines.join('')}`;
}

/**
 * Chunks first, then the index, then the clean-up: a reader that loads the index at any moment
 * finds every chunk it names (chunk names carry the hash, so new ones never overwrite old ones).
 * Runs under the folder's lock.
 * @returns whether anything the app reads changed
 */
function write(outFile: string, result: CompileResult & { ok: true }, deps: RunDeps): boolean {
  const dir = dirname(outFile);
  let wrote = false;
  for (const chunk of result.chunks)
    wrote = deps.writeFile(join(dir, chunk.name), chunk.bytes) || wrote;
  wrote = deps.writeFile(outFile, result.bytes) || wrote;
  cleanUp(outFile, result, deps);
  return wrote;
}

/**
 * Removes what no index needs: chunk files that neither the index just written nor the one now on
 * disk names (they differ only if something wrote it without the lock, and then its chunks must
 * stay), and the temporary files of writers that died mid-write, which `vite build` would
 * otherwise ship with the site.
 */
function cleanUp(outFile: string, result: CompileResult & { ok: true }, deps: RunDeps): void {
  const dir = dirname(outFile);
  const keep = new Set(result.chunks.map((c) => c.name));
  // Compared on disk, not read back whole: almost always it is the index just written.
  const onDisk = deps.holds(outFile, result.bytes) ? null : deps.readFile(outFile);
  if (onDisk !== null)
    // Any mention counts, not only details.files: keeping a file too many is harmless.
    for (const m of Buffer.from(onDisk.buffer, onDisk.byteOffset, onDisk.byteLength)
      .toString('utf8')
      .matchAll(CHUNK_NAME))
      keep.add(m[0]);
  const ours = basename(outFile);
  for (const name of deps.listFiles(dir)) {
    if (CHUNK_FILE.test(name)) {
      if (!keep.has(name)) deps.removeFile(join(dir, name));
      continue;
    }
    const temp = TEMP_FILE.exec(name);
    if (temp === null) continue;
    const [, target, pid] = temp as unknown as [string, string, string];
    const ourOutput = target === ours || CHUNK_FILE.test(target);
    if (ourOutput && !deps.isAlive(Number(pid))) deps.removeFile(join(dir, name));
  }
}

const CHUNK_NAME = /events-[0-9a-f]{16}-\d+\.json/g;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
