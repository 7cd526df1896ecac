/**
 * One compile of a data folder, as the CLI and the Vite plugin both do it: read, compile, write
 * atomically (or only check), and word the outcome. File access and the clock come in as
 * arguments so tests can run it against a temporary folder and a frozen clock.
 */
import { dirname, join } from 'node:path';
import type { CompileResult } from './compile.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { CHUNK_FILE } from './serialise.ts';

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
  /** Milliseconds from any fixed origin. */
  now(): number;
}

export type RunOutcome =
  /** wrote: whether the output file changed (false with --check or identical content) */
  { ok: true; summary: string; wrote: boolean } | { ok: false; errors: string[]; summary: string };

export async function runCompile(options: RunOptions, deps: RunDeps): Promise<RunOutcome> {
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
  return { ok: true, summary, wrote };
}

/**
 * Chunks first, then the index, then the old chunks: a reader that loads the index at any moment
 * finds every chunk it names (chunk names carry the hash, so new ones never overwrite old ones).
 * @returns whether anything the app reads changed
 */
function write(outFile: string, result: CompileResult & { ok: true }, deps: RunDeps): boolean {
  const dir = dirname(outFile);
  let wrote = false;
  for (const chunk of result.chunks)
    wrote = deps.writeFile(join(dir, chunk.name), chunk.bytes) || wrote;
  wrote = deps.writeFile(outFile, result.bytes) || wrote;
  const current = new Set(result.chunks.map((c) => c.name));
  for (const name of deps.listFiles(dir))
    if (CHUNK_FILE.test(name) && !current.has(name)) deps.removeFile(join(dir, name));
  return wrote;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
